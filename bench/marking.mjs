// npm run bench: how fast Chú Giải marks an article, in the real Chromium, against two peers given the same terms.
//   floor      a TreeWalker that only reads every text node
//   ours       matching pass (collectBlocks + annotateBlocks) and page-changing pass (MarkLayer.wrap), apart
//   mark.js    `mark()` with the term list, in batches of 500 (it chains keywords and overflows the stack past ~700)
//   mark.js    `markRegExp()` with one combined, longest-first, Unicode-aware regular expression
// Pages: the seed article and a generated 1 MB article, each in a fresh browser context. Medians of BENCH_RUNS runs
// (default 7) after one warm-up, garbage collected before each run; slow methods get fewer runs (at least 3), and
// mark.js with the term list stops after BENCH_MARKJS_CAP_MS (default 30 s) on the 1 MB article (a lower bound).
// Times are the synchronous work; the style and layout the marks then cost the page are shown on a row of their own.
// Targets are only reported, never enforced.
// Optional: BENCH_PROFILE=1 writes a CPU profile of ours (both passes) on the 1 MB article and prints where the time goes.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchPlain } from '../scripts/lib/browser.mjs';
import { loadPages, startFixtureServer } from '../scripts/lib/fixture-server.mjs';
import { buildBench } from './build-bench.mjs';
import { random } from './random.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
/** Time budget per method and page for the timed runs, in ms (a slow peer gets fewer runs, never fewer than 3). */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 25_000);
const PROFILE = process.env.BENCH_PROFILE === '1';
/** mark.js with the term list makes one pass per term: on the 1 MB article it stops after this long (a lower bound). */
const MARKJS_CAP_MS = Number(process.env.BENCH_MARKJS_CAP_MS ?? 30_000);
const SEED = 'bvcl-hai-phong-hai-duong-quang-ninh';
/** Pages whose article body feeds the generated 1 MB article. */
const SOURCES = [
  'bvcl-hai-phong-hai-duong-quang-ninh',
  'tuoitre-giao-thong-dbscl-can-tho-hau-giang',
  'vnexpress-chinh-quyen-phuong-xa-hai-phong-quang-ninh',
  'dantri-kham-suc-khoe-hoc-sinh-ha-noi',
];
const BIG_BYTES = 1024 * 1024;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};


/** The body paragraphs of a sample page (inline markup kept: links and bold type split text nodes as on real sites). */
function paragraphsOf(html) {
  return [...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)]
    .map((m) => m[1].trim())
    .filter((p) => p.replace(/<[^>]+>/g, '').length > 80);
}

/** About 1 MB of article: 1 to 3 sample paragraphs (1.8 on average) per paragraph, shuffled, with a subheading now and then. */
function bigArticleHtml(pages) {
  const pool = SOURCES.flatMap((slug) => paragraphsOf(pages.find((p) => p.slug === slug).html()));
  const rand = random(20250701);
  const pick = () => pool[Math.floor(rand() * pool.length)];
  const parts = [];
  let size = 0;
  for (let i = 0; size < BIG_BYTES; i++) {
    const n = 1 + Math.floor(rand() * 2.6);
    const p =
      i % 40 === 39
        ? `<h2>${pick().replace(/<[^>]+>/g, '').split(/[,.;]/)[0]}</h2>\n`
        : `<p>${Array.from({ length: n }, pick).join(' ')}</p>\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return {
    paragraphs: parts.length,
    sourceParagraphs: pool.length,
    html: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài 1 MB - Báo Bảo vệ Công lý</title></head>
<body><header><nav><a href="/">Trang chủ</a></nav></header><main><h1>Bài 1 MB</h1>
<div id="article">
${parts.join('')}</div></main><footer>POWERED BY ONECMS</footer></body></html>`,
  };
}

const fmt = (ms) =>
  Number.isFinite(ms) ? (ms < 0.1 ? ms.toFixed(4) : ms < 10 ? ms.toFixed(2) : ms < 1000 ? ms.toFixed(1) : ms.toFixed(0)) : '—';
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Runs `fn` once to warm up, then RUNS times (fewer when slow, at least 3); returns every run's result. A run that
 * stopped at its cap (mark.js terms on a long article) is not repeated: it is the only, lower-bound, result.
 */
async function runs(label, fn) {
  const warm = await fn();
  if (warm.termsDone !== undefined && warm.termsDone < warm.terms) {
    process.stderr.write(`  ${label}: stopped at the cap after ${warm.termsDone} of ${warm.terms} terms (1 run)\n`);
    return [warm];
  }
  const ms = warm.ms ?? warm.totalMs;
  const n = ms * RUNS > BUDGET_MS ? Math.max(3, Math.floor(BUDGET_MS / Math.max(ms, 1))) : RUNS;
  const out = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  const times = [warm, ...out].map((r) => fmt(r.ms ?? r.totalMs)).join(' ');
  process.stderr.write(`  ${label}: ${n} runs (ms, warm-up first: ${times})\n`);
  return out;
}

async function benchPage(page, name, selector, published) {
  const info = await page.evaluate((sel) => window.__cgBench.describe(sel), selector);
  process.stderr.write(`${name}: ${info.blocks} blocks, ${info.nodes} text nodes, ${info.chars} characters\n`);
  const floorRepeat = Math.max(1, Math.round(5_000_000 / Math.max(info.chars, 1)));
  const floor = await runs('floor', () => page.evaluate(([s, r]) => window.__cgBench.floor(s, r), [selector, floorRepeat]));
  const charsRepeat = Math.max(1, Math.round(2_000_000 / Math.max(info.chars, 1)));
  const scan = await runs('text scan', () => page.evaluate(([s, r]) => window.__cgBench.floorChars(s, r), [selector, charsRepeat]));
  const ours = await runs('ours', () => page.evaluate(([s, p]) => window.__cgBench.ours(s, p), [selector, published]));
  const regexp = await runs('mark.js RegExp', () => page.evaluate((s) => window.__cgBench.markjsRegExp(s), selector));
  const terms = await runs('mark.js terms', () =>
    page.evaluate(([s, cap]) => window.__cgBench.markjsTerms(s, 500, cap), [selector, MARKJS_CAP_MS]),
  );
  const m = (rs, key = 'ms') => median(rs.map((r) => r[key]));
  return {
    name,
    info,
    n: { floor: floor.length, ours: ours.length, terms: terms.length, regexp: regexp.length },
    floor: m(floor),
    scan: m(scan),
    collect: m(ours, 'collectMs'),
    annotate: m(ours, 'annotateMs'),
    matching: m(ours, 'matchingMs'),
    wrap: m(ours, 'wrapMs'),
    total: m(ours, 'totalMs'),
    layout: { ours: m(ours, 'layoutMs'), terms: m(terms, 'layoutMs'), regexp: m(regexp, 'layoutMs') },
    terms: m(terms),
    termsPartial: terms[0].termsDone < terms[0].terms ? `${terms[0].termsDone}/${terms[0].terms}` : null,
    regexp: m(regexp),
    counts: { ours: ours[0].count, oursSpecs: ours[0].specs, terms: terms[0].count, termsInDom: terms[0].inDom, regexp: regexp[0].count },
  };
}

/** Functions whose time is shown inclusive (with what they call), when the profile has them. */
const INCLUSIVE = [
  'collectBlocks',
  'annotateBlocks',
  'findArticleMentions',
  'normalizeWithMap',
  'findDefinitions',
  'scanBlock',
  'excludedSpans',
  'mentionAt',
  'candidatesAt',
  'matchesAt',
  'resolvePlace',
  'typeWordBefore',
  'isInPersonName',
  'describePlace',
  'describeAbbreviation',
  'toRequests',
  'wrap',
  'splitNode',
];

/**
 * A sampled CPU profile of ours (both passes) on a page, BENCH_PROFILE_RUNS times; the restoring between runs
 * (`undo`, `settle`) is left out. Top functions by self time, and the inclusive time of the main ones.
 */
async function profile(page, selector, published, file) {
  const runsN = Number(process.env.BENCH_PROFILE_RUNS ?? 5);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < runsN; i++) await page.evaluate(([s, p]) => window.__cgBench.ours(s, p), [selector, published]);
  const { profile: prof } = await cdp.send('Profiler.stop');
  await cdp.detach();
  writeFileSync(file, JSON.stringify(prof));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stackOf = (id) => {
    const names = [];
    for (let at = id; at !== undefined; at = parent.get(at)) names.push(byId.get(at).callFrame.functionName);
    return names;
  };
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const us = prof.timeDeltas[i + 1] ?? 0; // a sample's time is the gap to the next one
    const stack = stackOf(id);
    if (!stack.includes('ours') || stack.includes('undo') || stack.includes('settle')) return;
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'}${f.url ? ` ${f.url.split('/').pop()}:${f.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + us);
    for (const name of new Set(stack)) if (INCLUSIVE.includes(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    total += us;
  });
  return {
    runs: runsN,
    total: total / 1000 / runsN,
    top: [...self].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, us]) => [k, us / 1000 / runsN]),
    inclusive: INCLUSIVE.filter((n) => inclusive.has(n)).map((n) => [n, inclusive.get(n) / 1000 / runsN]),
  };
}

function sizes() {
  const file = (path) => {
    const abs = join(ROOT, path);
    try {
      statSync(abs);
    } catch {
      return { path, raw: NaN, gz: NaN };
    }
    const data = readFileSync(abs);
    return { path, raw: data.length, gz: gzipSync(data, { level: 9 }).length };
  };
  return [
    file('.output/chrome-mv3/content-scripts/content.js'),
    file('.output/chrome-mv3/background.js'),
    file('.output/chrome-mv3/data/gazetteer.json'),
    file('src/annotate/data/abbreviations.json'),
  ];
}

// ---------------------------------------------------------------------------------------------------------------

const started = Date.now();
const bundle = await buildBench();
const pages = loadPages();
const big = bigArticleHtml(pages);
const BIG_URL = 'https://baovecongly.vn/bai-1mb-danh-gia-hieu-nang.html';
const server = await startFixtureServer([...pages, { slug: 'bench-1mb', url: BIG_URL, html: () => big.html, expected: null }]);
const browser = await launchPlain({ port: server.port, hosts: server.hosts, args: ['--js-flags=--expose-gc'] });

const gazetteerText = readFileSync(join(ROOT, 'public/data/gazetteer.json'), 'utf8');
const abbreviations = JSON.parse(readFileSync(join(ROOT, 'src/annotate/data/abbreviations.json'), 'utf8')).entries;

/** Each page in a context of its own (its own renderer): one page's leftovers (regexp code, garbage) never meet the other's. */
async function open(url) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('crash', () => process.stderr.write(`page crashed: ${url}\n`));
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ path: bundle });
  const setup = await page.evaluate(([g, a]) => window.__cgBench.setup(g, a), [gazetteerText, abbreviations]);
  return { page, setup };
}

const seed = pages.find((p) => p.slug === SEED);
const published = seed.expected?.published ?? null;
const results = [];
let setup;
let prof = null;
let sanity = null;
try {
  const s = await open(seed.url);
  setup = s.setup;
  const { ours, theirs } = await s.page.evaluate(([sel, p]) => window.__cgBench.markedTexts(sel, p), ['article.article-detail', published]);
  sanity = { ours, theirs };
  results.push(await benchPage(s.page, 'seed article', 'article.article-detail', published));
  await s.page.context().close();
  const b = await open(BIG_URL);
  results.push(await benchPage(b.page, '1 MB article', '#article', published));
  if (PROFILE) prof = await profile(b.page, '#article', published, join(ROOT, 'bench/.out/ours-1mb.cpuprofile'));
  await b.page.context().close();
} finally {
  await browser.close();
  await server.close();
}

// ---- Report.
console.log(`\nMarking, in the page, median ms of BENCH_RUNS=${RUNS} runs after one warm-up (runs per cell in brackets when fewer)\n`);
console.log(
  `Lexicon: ${setup.places} places (${setup.placeForms} capitalised names and aliases), ${setup.abbreviations} abbreviations (${setup.abbreviationForms} forms); ` +
    `trie keys ${setup.trieKeys}.`,
);
console.log(
  `Built in the page: JSON.parse ${fmt(setup.parseMs)} ms, expandGazetteer ${fmt(setup.expandMs)} ms, buildLexicon ${fmt(setup.buildMs)} ms ` +
    `(total ${fmt(setup.parseMs + setup.expandMs + setup.buildMs)} ms).`,
);
console.log(
  `Peers' term list: ${setup.terms} distinct terms (${setup.baseTerms} as the data writes them, plus the other tone style of each name); ` +
    `combined RegExp ${kb(setup.regexpSourceChars)} of source, compiled in ${fmt(setup.regexpMs)} ms.`,
);
console.log(`1 MB article: ${big.paragraphs} paragraphs from ${big.sourceParagraphs} sample paragraphs.\n`);

const rows = [
  ['text: characters / text nodes / blocks', (r) => `${r.info.chars} / ${r.info.nodes} / ${r.info.blocks}`],
  ['floor (TreeWalker reads every text node)', (r) => fmt(r.floor)],
  ['  for scale: … and every character', (r) => fmt(r.scan)],
  ['ours matching (collect + annotate)', (r) => `${fmt(r.matching)} (${fmt(r.collect)} + ${fmt(r.annotate)})`],
  ['ours page-changing (MarkLayer.wrap)', (r) => fmt(r.wrap)],
  ['ours total', (r) => fmt(r.total)],
  [
    'mark.js terms, batches of 500',
    (r) => (r.termsPartial ? `> ${fmt(r.terms)} [1 run, stopped after ${r.termsPartial} terms]` : fmt(r.terms) + (r.n.terms < RUNS ? ` [${r.n.terms}]` : '')),
  ],
  ['mark.js markRegExp, combined', (r) => fmt(r.regexp) + (r.n.regexp < RUNS ? ` [${r.n.regexp}]` : '')],
  [
    'then style + layout: ours / terms / RegExp',
    (r) => `${fmt(r.layout.ours)} / ${fmt(r.layout.terms)} / ${fmt(r.layout.regexp)}`,
  ],
  [
    'marks: ours / mark.js terms / RegExp',
    (r) => `${r.counts.ours} / ${r.counts.termsInDom}${r.termsPartial ? ' (partial)' : ''} / ${r.counts.regexp}`,
  ],
  ['combined RegExp ÷ ours total', (r) => `${(r.regexp / r.total).toFixed(1)}×`],
  ['mark.js terms ÷ ours total', (r) => `${r.termsPartial ? '> ' : ''}${(r.terms / r.total).toFixed(0)}×`],
  ['ours matching ÷ floor', (r) => `${(r.matching / r.floor).toFixed(0)}×`],
  ['ours matching ÷ text scan', (r) => `${(r.matching / r.scan).toFixed(0)}×`],
];
const w0 = Math.max(...rows.map(([l]) => l.length));
const cols = results.map((r) => Math.max(r.name.length, ...rows.map(([, f]) => f(r).length)));
console.log(`${''.padEnd(w0)} | ${results.map((r, i) => r.name.padStart(cols[i])).join(' | ')}`);
console.log(`${'-'.repeat(w0)}-|-${cols.map((c) => '-'.repeat(c)).join('-|-')}`);
for (const [label, f] of rows) console.log(`${label.padEnd(w0)} | ${results.map((r, i) => f(r).padStart(cols[i])).join(' | ')}`);

const [seedR, bigR] = results;
const target = (ok) => (ok ? 'met' : 'NOT met');
console.log('\nTargets');
console.log(`  combined RegExp ≥ 3× ours total at 1 MB:  ${(bigR.regexp / bigR.total).toFixed(1)}×  ${target(bigR.regexp / bigR.total >= 3)}`);
console.log(`  ours matching ≤ 4× the floor at 1 MB:     ${(bigR.matching / bigR.floor).toFixed(0)}×  ${target(bigR.matching / bigR.floor <= 4)}`);
console.log(`  ours matching ≤ 4× the floor, seed:       ${(seedR.matching / seedR.floor).toFixed(0)}×  ${target(seedR.matching / seedR.floor <= 4)}`);
console.log(`  ours matching < 10 ms on the seed:        ${fmt(seedR.matching)} ms  ${target(seedR.matching < 10)}`);

if (sanity) {
  const count = (xs) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map());
  const a = count(sanity.ours);
  const b = count(sanity.theirs);
  const onlyTheirs = [...b].filter(([t, n]) => n > (a.get(t) ?? 0)).map(([t, n]) => `${t}×${n - (a.get(t) ?? 0)}`);
  const onlyOurs = [...a].filter(([t, n]) => n > (b.get(t) ?? 0)).map(([t, n]) => `${t}×${n - (b.get(t) ?? 0)}`);
  console.log(`\nSeed, what differs (sanity): the RegExp marks also ${onlyTheirs.slice(0, 12).join(', ') || 'nothing'}${onlyTheirs.length > 12 ? ', …' : ''}`);
  console.log(`  ours marks also ${onlyOurs.slice(0, 12).join(', ') || 'nothing'}${onlyOurs.length > 12 ? ', …' : ''}`);
}

console.log('\nSizes (gzip -9)');
for (const s of sizes()) console.log(`  ${s.path.padEnd(48)} ${kb(s.raw).padStart(10)}  gz ${kb(s.gz).padStart(9)}`);

if (prof) {
  console.log(`\nCPU profile of ours on the 1 MB article (ms per run, mean of ${prof.runs} runs, restoring left out; ${fmt(prof.total)} ms sampled per run;`);
  console.log('bench/.out/ours-1mb.cpuprofile opens in Chrome DevTools). Inclusive (with callees; V8 inlines, so small helpers may not appear):');
  for (const [k, ms] of prof.inclusive) console.log(`  ${fmt(ms).padStart(8)} ms  ${((100 * ms) / prof.total).toFixed(1).padStart(5)}%  ${k}`);
  console.log('Top self time:');
  for (const [k, ms] of prof.top) console.log(`  ${fmt(ms).padStart(8)} ms  ${((100 * ms) / prof.total).toFixed(1).padStart(5)}%  ${k}`);
}
console.log(`\n(marking bench: ${((Date.now() - started) / 1000).toFixed(0)} s)`);
