// npm run bench: how long Chú Giải holds a news page's main thread, and how soon the article is found.
// Peer: the same page in the same Chromium build without the extension. Medians of RUNS loads each.
import { launchPlain, launchWithExtension } from '../scripts/lib/browser.mjs';
import { startFixtureServer } from '../scripts/lib/fixture-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SETTLE_MS = 2500;
const PAGES = ['bvcl-hai-phong-hai-duong-quang-ninh', 'tuoitre-giao-thong-dbscl-can-tho-hau-giang', 'bad-5mb'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};

/** Installed before the page's own scripts: records long tasks and when the article mark appears. */
function observe() {
  const w = /** @type {any} */ (window);
  w.__cg = { tasks: [], load: 0, marked: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__cg.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('load', () => {
    w.__cg.load = performance.now();
  });
  new MutationObserver(() => {
    if (!w.__cg.marked && document.querySelector('[data-cg-article]')) w.__cg.marked = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-cg-article'] });
}

async function measure(context, url) {
  const page = await context.newPage();
  await page.addInitScript(observe);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const r = await page.evaluate(() => /** @type {any} */ (window).__cg);
  await page.close();
  const after = r.tasks.filter((t) => t.start >= r.load);
  return {
    longest: after.reduce((m, t) => Math.max(m, t.duration), 0),
    blocking: after.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    found: r.marked ? r.marked - r.load : NaN,
  };
}

const server = await startFixtureServer();
const withExt = await launchWithExtension({ port: server.port, hosts: server.hosts });
const plain = await launchPlain({ port: server.port, hosts: server.hosts });
const plainContext = await plain.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });

try {
  console.log(`Main thread after load, median of ${RUNS} loads (long task = over 50 ms; peer: no extension)\n`);
  console.log('page                                         | longest task ms (ext / peer) | blocking ms (ext / peer) | article found after load ms');
  for (const slug of PAGES) {
    const sample = server.pages.find((p) => p.slug === slug);
    const ext = [];
    const peer = [];
    for (let i = 0; i < RUNS; i++) {
      ext.push(await measure(withExt.context, sample.url));
      peer.push(await measure(plainContext, sample.url));
    }
    const m = (runs, key) => median(runs.map((r) => r[key])).toFixed(0);
    console.log(
      `${slug.padEnd(44)} | ${`${m(ext, 'longest')} / ${m(peer, 'longest')}`.padEnd(28)} | ${`${m(ext, 'blocking')} / ${m(peer, 'blocking')}`.padEnd(24)} | ${m(ext, 'found')}`,
    );
  }
} finally {
  await withExt.close();
  await plain.close();
  await server.close();
}
