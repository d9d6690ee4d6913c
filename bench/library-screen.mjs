// The notes library's first screen with 10,000 highlights (500 articles) in the database: time from navigation to
// the first highlights on screen, median of 5 reloads. Peer, same run: the same page with an empty database.
import { existsSync } from 'node:fs';
import { launchWithExtension } from '../scripts/lib/browser.mjs';
import { startFixtureServer } from '../scripts/lib/fixture-server.mjs';

const FILE = 'bench/.out/library-10k.json';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};
if (!existsSync(FILE)) throw new Error(`${FILE} is missing: run bench/library.ts first`);

const server = await startFixtureServer();
const browser = await launchWithExtension({ port: server.port, hosts: server.hosts });
try {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    window.__firstItem = 0;
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-cg-highlight-item], .lib > p:not(.lib__status)')) {
        window.__firstItem = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const url = `chrome-extension://${browser.extensionId}/notes.html`;
  const firstScreen = async () => {
    const out = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(url);
      await page.waitForFunction(() => window.__firstItem > 0, undefined, { timeout: 30_000 });
      out.push(await page.evaluate(() => window.__firstItem));
    }
    return median(out);
  };
  const empty = await firstScreen();
  await page.setInputFiles('[data-cg-field="import"]', FILE);
  await page.click('[data-cg-action="import-confirm"]');
  await page.waitForFunction(() => document.querySelector('[data-cg-field="status"]')?.textContent?.startsWith('Đã nhập'), undefined, {
    timeout: 60_000,
  });
  const full = await firstScreen();
  const items = await page.locator('[data-cg-highlight-item]').count();
  console.log(`\nNotes library first screen, median of ${RUNS} loads (target < 300 ms with 10,000 highlights)`);
  console.log(`  10,000 highlights: ${full.toFixed(0)} ms to the first highlights (${items} shown, the rest paged)`);
  console.log(`  peer, empty library: ${empty.toFixed(0)} ms; ratio ${(full / empty).toFixed(1)}x`);
} finally {
  await browser.close();
  await server.close();
}
