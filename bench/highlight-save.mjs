// Saving one highlight in the real extension: from the click on the toolbar to the worker's confirmation (the
// highlight stops being drawn as pending). Peer, same run: one IndexedDB put of a record of the same size from an
// extension page, which is the floor of any confirmed write.
import { launchWithExtension, tabIdOf } from '../scripts/lib/browser.mjs';
import { startFixtureServer } from '../scripts/lib/fixture-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};

const server = await startFixtureServer();
const browser = await launchWithExtension({ port: server.port, hosts: server.hosts });
try {
  const seed = server.pages.find((p) => p.slug.startsWith('bvcl-'));
  const page = await browser.context.newPage();
  await page.goto(seed.url);
  await page.waitForSelector('[data-cg-kind]', { state: 'attached', timeout: 20_000 });
  const paragraphs = await page.$$eval('[data-cg-article] p', (ps) => ps.length);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate((index) => {
      // Select a different passage each time (24 characters of a paragraph), as a reader would.
      const ps = [...document.querySelectorAll('[data-cg-article] p')].filter((p) => (p.textContent ?? '').length > 60);
      const p = ps[index % ps.length];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && node.data.trim().length < 24) node = walker.nextNode();
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, Math.min(node.data.length, 24));
      p.scrollIntoView({ block: 'center' });
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      const before = new Set([...document.querySelectorAll('[data-cg-highlight]')].map((e) => e.getAttribute('data-cg-highlight')));
      const w = window;
      w.__save = null;
      // The click on the toolbar reaches the document as a click on its shadow host.
      document.addEventListener('click', () => {
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          const fresh = [...document.querySelectorAll('[data-cg-highlight]')].find((e) => !before.has(e.getAttribute('data-cg-highlight')));
          if (fresh && !fresh.hasAttribute('data-cg-pending')) {
            observer.disconnect();
            w.__save = performance.now() - t0;
          }
        });
        observer.observe(document, { subtree: true, attributes: true, childList: true, attributeFilter: ['data-cg-pending'] });
      }, { capture: true, once: true });
    }, i);
    await page.locator('[data-cg-action="highlight"]').click();
    await page.waitForFunction(() => window.__save !== null);
    times.push(await page.evaluate(() => window.__save));
  }
  const extPage = await browser.context.newPage();
  await extPage.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${await tabIdOf(browser.worker, page)}`);
  const peer = await extPage.evaluate(async (runs) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('bench-peer', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('h', { keyPath: 'id' });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out = [];
    for (let i = 0; i < runs; i++) {
      const record = { id: crypto.randomUUID(), articleUrl: location.href, selectors: [{ type: 'TextQuoteSelector', exact: 'x'.repeat(24), prefix: 'p'.repeat(32), suffix: 's'.repeat(32) }], color: 'yellow', note: '', created: Date.now(), updated: Date.now() };
      const t0 = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction('h', 'readwrite');
        tx.objectStore('h').put(record);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      out.push(performance.now() - t0);
    }
    db.close();
    indexedDB.deleteDatabase('bench-peer');
    return out;
  }, RUNS);
  console.log(`\nSaving one highlight, median of ${RUNS} (seed article, ${paragraphs} paragraphs)`);
  console.log(`  click on the toolbar -> confirmed by the worker: ${median(times).toFixed(1)} ms (target < 20 ms)`);
  console.log(`  peer, one IndexedDB put from an extension page: ${median(peer).toFixed(1)} ms`);
  console.log(`  ratio: ${(median(times) / median(peer)).toFixed(1)}x the bare write`);
} finally {
  await browser.close();
  await server.close();
}
