// npx tsx bench/anchoring.ts: re-anchoring 1,000 highlights in a ~1 MB reader text (src/highlight/selectors.ts).
import { performance } from 'node:perf_hooks';
import { anchorSelectors, describeRange, readerNormalize } from '../src/highlight/selectors';
import type { Anchor, Selector } from '../src/highlight/selectors';
import { fixtureParagraphs, random, vary } from './anchoring-corpus';

const TARGET_SIZE = 1_000_000;
const HIGHLIGHTS = 1_000;
const RUNS = 7;
/** A fuzzy match may begin or end a few units off the edited quote's edges. */
const TOLERANCE = 3;

const next = random(20240917);
const paragraphs = fixtureParagraphs();
const vocabulary = [...new Set(paragraphs.join(' ').split(/[\s,.;:!?"()]+/).filter((w) => w.length > 1))];
const parts: string[] = [];
for (let size = 0; size < TARGET_SIZE; ) {
  const p = vary(paragraphs[Math.floor(next() * paragraphs.length)]!, next, vocabulary);
  parts.push(p);
  size += p.length + 1;
}
const text = readerNormalize(parts.join(' '));

interface Highlight {
  selectors: Selector[];
  exact: string;
  start: number;
  end: number;
}

const isSpace = (i: number) => text.charCodeAt(i) === 32;
const highlights: Highlight[] = [];
while (highlights.length < HIGHLIGHTS) {
  let start = Math.floor(next() * (text.length - 400));
  while (start > 0 && !isSpace(start - 1)) start--;
  let end = start + 20 + Math.floor(next() * 281);
  while (end < text.length && !isSpace(end) && end - start < 300) end++;
  const { quote, position } = describeRange(text, start, end);
  highlights.push({ selectors: [quote, position], exact: quote.exact, start: position.start, end: position.end });
}

interface Edit {
  at: number;
  removed: number;
  inserted: string;
}

/** The text with `edits` applied, and where an old offset is now. */
function applyEdits(source: string, edits: Edit[]): { text: string; map: (offset: number) => number } {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const e of sorted) {
    out += source.slice(from, e.at) + e.inserted;
    from = e.at + e.removed;
  }
  out += source.slice(from);
  const map = (offset: number) => {
    let shift = 0;
    for (const e of sorted) if (e.at + e.removed <= offset) shift += e.inserted.length - e.removed;
    return offset + shift;
  };
  return { text: out, map };
}

// Situation 2: a new paragraph near the start.
const insertAt = text.indexOf(' ', 1500) + 1;
const newParagraph = `${vary(paragraphs[0]!, next, vocabulary)} `;
const inserted = applyEdits(text, [{ at: insertAt, removed: 0, inserted: newParagraph }]);

// Situation 3: one word inside 5% of the quotes replaced by another.
const WORDS = ['thành phố', 'dự án', 'người dân', 'tỉnh', 'huyện', 'công trình', 'học sinh', 'giao thông'];
const edits: Edit[] = [];
const edited = new Set<number>();
while (edited.size < HIGHLIGHTS / 20) {
  const i = Math.floor(next() * HIGHLIGHTS);
  if (edited.has(i)) continue;
  const h = highlights[i]!;
  // A word strictly inside the quote: after its first space, before its last.
  const first = text.indexOf(' ', h.start) + 1;
  const at = text.indexOf(' ', first + Math.floor(next() * Math.max(1, (h.end - first) / 2))) + 1;
  const wordEnd = text.indexOf(' ', at);
  if (first <= 0 || at <= first || wordEnd < 0 || wordEnd >= text.lastIndexOf(' ', h.end - 1)) continue;
  if (edits.some((e) => Math.abs(e.at - at) < 400)) continue;
  edits.push({ at, removed: wordEnd - at, inserted: WORDS[Math.floor(next() * WORDS.length)]! });
  edited.add(i);
}
const fuzzy = applyEdits(text, edits);

// Situation 4 (not timed for the target): 5% of the highlighted passages deleted; they must come back orphaned.
const deletions: Edit[] = [];
const deleted = new Set<number>();
while (deleted.size < HIGHLIGHTS / 20) {
  const i = Math.floor(next() * HIGHLIGHTS);
  const h = highlights[i]!;
  if (deleted.has(i) || deletions.some((e) => e.at < h.end + 400 && h.start < e.at + e.removed + 400)) continue;
  deletions.push({ at: h.start, removed: h.end - h.start, inserted: '' });
  deleted.add(i);
}
const cut = applyEdits(text, deletions);

interface Outcome {
  found: number;
  orphaned: number;
  wrong: number;
  byMethod: Record<Anchor['method'], number>;
}

function anchorAll(page: string, map: (offset: number) => number, gone: ReadonlySet<number>): Outcome {
  const outcome: Outcome = { found: 0, orphaned: 0, wrong: 0, byMethod: { position: 0, quote: 0, fuzzy: 0 } };
  for (const [i, h] of highlights.entries()) {
    const anchor = anchorSelectors(page, h.selectors);
    if (gone.has(i)) {
      // Its passage is gone: found anywhere is a wrong place (not counting a word-for-word copy of the quote).
      if (anchor) {
        outcome.found++;
        outcome.byMethod[anchor.method]++;
        if (readerNormalize(page.slice(anchor.start, anchor.end)) !== h.exact) outcome.wrong++;
      } else outcome.orphaned++;
      continue;
    }
    if (!anchor) {
      outcome.orphaned++;
      continue;
    }
    outcome.found++;
    outcome.byMethod[anchor.method]++;
    if (Math.abs(anchor.start - map(h.start)) > TOLERANCE || Math.abs(anchor.end - map(h.end)) > TOLERANCE) {
      // The very words of the expected place, found elsewhere, count as right.
      const same = page.slice(anchor.start, anchor.end) === page.slice(map(h.start), map(h.end));
      if (!same) outcome.wrong++;
    }
  }
  return outcome;
}

function measure(name: string, page: string, map: (offset: number) => number, gone: ReadonlySet<number> = new Set()) {
  const times: number[] = [];
  let outcome: Outcome | null = null;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    outcome = anchorAll(page, map, gone);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const o = outcome!;
  const methods = Object.entries(o.byMethod)
    .map(([m, n]) => `${m} ${n}`)
    .join(', ');
  console.log(
    `${name.padEnd(34)} median ${times[RUNS >> 1]!.toFixed(1).padStart(7)} ms ` +
      ` (min ${times[0]!.toFixed(1)}, max ${times[RUNS - 1]!.toFixed(1)})` +
      `  found ${o.found} (${methods}), orphaned ${o.orphaned}, wrong place ${o.wrong}`,
  );
}

console.log(
  `reader text ${text.length} UTF-16 units from ${paragraphs.length} sample paragraphs; ${HIGHLIGHTS} highlights`,
);
measure('unchanged', text, (o) => o);
measure('paragraph inserted near the start', inserted.text, inserted.map);
measure(`5% of quotes edited by a word (${edits.length})`, fuzzy.text, fuzzy.map);
measure(`5% of passages deleted (${deletions.length})`, cut.text, cut.map, deleted);
