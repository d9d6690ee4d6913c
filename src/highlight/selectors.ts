/**
 * W3C Web Annotation selectors for a highlight, and anchoring them again in the article's reader text on a later visit,
 * when the page may have been edited. Pure: strings in, offsets out. All offsets are UTF-16 units in the reader text
 * (see `readerNormalize`, and `readArticleText` in ./reader-text.ts, which makes it from the page).
 */
import search from 'approx-string-match';
import { canonicalTone } from '../vietnamese/normalize';

/** The highlighted text with the text just before and after it, as the reader text had them. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where the highlight was: UTF-16 offsets in the reader text, `end` exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** Where the selectors anchor now. */
export interface Anchor {
  /** UTF-16 offsets in the reader text given to `anchorSelectors`, `end` exclusive. */
  start: number;
  end: number;
  /** 'position': the old place still holds the quote; 'quote': found verbatim elsewhere; 'fuzzy': found with edits. */
  method: 'position' | 'quote' | 'fuzzy';
  /** Match quality from 0 to 1 (1: same text, same context). */
  score: number;
}

const WHITE_SPACE = /\s+/g;

/**
 * Text as highlights compare it: NFC, the tone of "oa", "oe", "uy" in one place ("hòa" and "hoà" are one word), every
 * run of white space (including no-break spaces and newlines) as one space. Both the reader text and the selectors
 * pass through it, so a page that moved a tone mark, went NFD or re-wrapped its lines still matches.
 */
export function readerNormalize(s: string): string {
  return canonicalTone(s).replace(WHITE_SPACE, ' ');
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isSpaceCode = (code: number) => code === 32;

/**
 * Selectors for `text.slice(start, end)`, with up to `context` UTF-16 units of prefix and suffix (default 32).
 * `text` is the reader text (already `readerNormalize`d). Spaces at either end of the range are left out; the returned
 * position says what was kept, and `exact` is '' when the range held only white space.
 * @throws RangeError when `start`/`end` are not offsets with `0 <= start <= end <= text.length`.
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
  context = 32,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`describeRange: bad range ${start}..${end} of ${text.length}`);
  }
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let prefixStart = Math.max(0, start - context);
  // Never cut a surrogate pair in two: a lone half would not survive storage as text.
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(text.length, end + context);
  if (suffixEnd < text.length && isLowSurrogate(text.charCodeAt(suffixEnd))) suffixEnd++;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Below this many UTF-16 units a quote is short: found only verbatim, and only where its context agrees. */
const SHORT_QUOTE = 10;
/** From this length a verbatim quote is distinctive enough to be accepted whatever its context now is. */
const LONG_QUOTE = 32;
/** Share of a quote's length that may differ in a fuzzy match, and the most errors ever allowed. */
const ERROR_RATE = 0.2;
const MAX_ERRORS = 32;
/** Similarity (0..1) of a prefix or suffix to the text beside a match that counts as agreeing, or roughly so. */
const AGREES = 0.85;
const ROUGHLY_AGREES = 0.7;
/** Share of an edited quote that must be unchanged for one agreeing side to suffice. */
const NEARLY_INTACT = 0.95;
/** Lowest overall score a fuzzy or context-checked match may have. */
const MIN_SCORE = 0.75;
/** A candidate this good ends the search: the slower searches after it are skipped. */
const CONFIDENT = 0.9;
/** How far around the old position the text is searched first (UTF-16 units, plus the quote's length). */
const WINDOW = 4096;
/** Context longer than this (possible in imported selectors) is cut: it would only slow scoring down. */
const MAX_CONTEXT = 64;

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

interface Target {
  exact: string;
  prefix: string;
  suffix: string;
  /** Old start offset, or -1 when unknown. */
  hint: number;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
  prefix: number;
  suffix: number;
  score: number;
}

let row = new Uint16Array(0);

/**
 * Edit distance between `pattern` and the best-fitting stretch of `text` that touches the anchored end: the end of
 * `text` for a prefix (`fromEnd`), its start for a suffix. The other end of the stretch is free.
 */
function anchoredDistance(pattern: string, text: string, fromEnd: boolean): number {
  const m = pattern.length;
  const n = text.length;
  if (row.length < m + 1) row = new Uint16Array(m + 1);
  // Columns walk the text away from the anchored end; row[i] is the cost of the pattern's first i units (counted
  // from the anchored side) against the text read so far.
  for (let i = 0; i <= m; i++) row[i] = i;
  let best = m;
  for (let j = 1; j <= n; j++) {
    const t = fromEnd ? text.charCodeAt(n - j) : text.charCodeAt(j - 1);
    let diagonal = row[0]!;
    row[0] = j;
    for (let i = 1; i <= m; i++) {
      const p = fromEnd ? pattern.charCodeAt(m - i) : pattern.charCodeAt(i - 1);
      const above = row[i]!;
      const cost = Math.min(diagonal + (p === t ? 0 : 1), above + 1, row[i - 1]! + 1);
      diagonal = above;
      row[i] = cost;
    }
    // The whole pattern aligned against the first j units from the anchor; j is free.
    if (row[m]! < best) best = row[m]!;
  }
  return best;
}

/** How well the text before `start` agrees with the old prefix, 0..1. */
function prefixSimilarity(text: string, start: number, prefix: string): number {
  if (!prefix) return start === 0 ? 1 : 0.5;
  if (start >= prefix.length && text.startsWith(prefix, start - prefix.length)) return 1;
  const slack = (prefix.length >> 2) + 2;
  const window = text.slice(Math.max(0, start - prefix.length - slack), start);
  return Math.max(0, 1 - anchoredDistance(prefix, window, true) / prefix.length);
}

/** How well the text after `end` agrees with the old suffix, 0..1. */
function suffixSimilarity(text: string, end: number, suffix: string): number {
  if (!suffix) return end === text.length ? 1 : 0.5;
  if (text.startsWith(suffix, end)) return 1;
  const slack = (suffix.length >> 2) + 2;
  const window = text.slice(end, end + suffix.length + slack);
  return Math.max(0, 1 - anchoredDistance(suffix, window, false) / suffix.length);
}

function score(text: string, target: Target, start: number, end: number, errors: number): Candidate {
  const prefix = prefixSimilarity(text, start, target.prefix);
  const suffix = suffixSimilarity(text, end, target.suffix);
  const position = target.hint < 0 ? 1 : 1 - Math.abs(start - target.hint) / Math.max(1, text.length);
  const quote = 1 - errors / target.exact.length;
  const raw = QUOTE_WEIGHT * quote + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix + POSITION_WEIGHT * position;
  return { start, end, errors, prefix, suffix, score: raw / TOTAL_WEIGHT };
}

/**
 * A wrong place must never be highlighted, so the less the quote itself proves, the more its context must agree: a
 * short quote only verbatim with one side agreeing; a medium one verbatim with one side roughly agreeing; an edited one only
 * with both sides agreeing, or one side when the quote is nearly intact (its neighbourhood was rewritten).
 */
function isAcceptable(c: Candidate, quoteLength: number): boolean {
  const agreement = Math.max(c.prefix, c.suffix);
  if (c.errors === 0) {
    if (quoteLength < SHORT_QUOTE) return agreement >= AGREES;
    return quoteLength >= LONG_QUOTE || agreement >= ROUGHLY_AGREES;
  }
  if (quoteLength < SHORT_QUOTE || c.score < MIN_SCORE) return false;
  const quote = 1 - c.errors / quoteLength;
  return Math.min(c.prefix, c.suffix) >= AGREES || (quote >= NEARLY_INTACT && agreement >= AGREES);
}

const better = (a: Candidate | null, b: Candidate | null) => (!a ? b : !b || a.score >= b.score ? a : b);

/** The best acceptable verbatim occurrence of the quote in `text.slice(from, to)`. */
function bestExact(text: string, target: Target, from: number, to: number): Candidate | null {
  const { exact } = target;
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  let best: Candidate | null = null;
  for (let i = slice.indexOf(exact); i !== -1; i = slice.indexOf(exact, i + 1)) {
    const c = score(text, target, from + i, from + i + exact.length, 0);
    if (isAcceptable(c, exact.length)) best = better(best, c);
  }
  return best;
}

/** How much of the context is looked for verbatim when moving a fuzzy match's edge. */
const SNAP_CONTEXT = 12;

/**
 * A fuzzy match may drop or take in a few units at an edge where the quote was edited ("báo [điện→người dân] tử":
 * the match begins at "dân"). When the old prefix's last units occur verbatim within `slack` of the start, the start
 * moves to just after them; `snapEnd` does the same with the suffix.
 */
function snapStart(text: string, start: number, prefix: string, slack: number): number {
  const tail = prefix.slice(-SNAP_CONTEXT);
  if (tail.length < SNAP_CONTEXT || text.startsWith(tail, start - tail.length)) return start;
  let best = start;
  for (let at = Math.max(0, start - slack - tail.length); at <= start + slack - tail.length; at++) {
    const after = at + tail.length;
    if (text.startsWith(tail, at) && (best === start || Math.abs(after - start) < Math.abs(best - start))) best = after;
  }
  return best;
}

function snapEnd(text: string, end: number, suffix: string, slack: number): number {
  const head = suffix.slice(0, SNAP_CONTEXT);
  if (head.length < SNAP_CONTEXT || text.startsWith(head, end)) return end;
  let best = end;
  for (let at = Math.max(0, end - slack); at <= end + slack; at++) {
    if (text.startsWith(head, at) && (best === end || Math.abs(at - end) < Math.abs(best - end))) best = at;
  }
  return best;
}

const maxErrorsFor = (length: number) => Math.min(MAX_ERRORS, Math.floor(length * ERROR_RATE));

/** The best acceptable approximate match of the quote in `text.slice(from, to)`. */
function bestFuzzy(text: string, target: Target, from: number, to: number): Candidate | null {
  const { exact } = target;
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  let best: Candidate | null = null;
  for (const m of search(slice, exact, maxErrorsFor(exact.length))) {
    // Edges may be off by up to the errors, and by a whole replaced word at most.
    const slack = m.errors + SNAP_CONTEXT;
    const start = snapStart(text, from + m.start, target.prefix, slack);
    const end = Math.max(start + 1, snapEnd(text, from + m.end, target.suffix, slack));
    const c = score(text, target, start, end, m.errors);
    if (isAcceptable(c, exact.length)) best = better(best, c);
  }
  return best;
}

/**
 * `search` only reports the fewest-error matches, so a near copy of the quote elsewhere (fewer edits, other context)
 * hides the edited place itself. Searching for prefix, quote and suffix together finds the place whose context agrees;
 * the quote is then looked for within it.
 */
function bestInContext(text: string, target: Target, from: number, to: number): Candidate | null {
  const { exact, prefix, suffix } = target;
  if (!prefix && !suffix) return null;
  const pattern = prefix + exact + suffix;
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  let best: Candidate | null = null;
  for (const m of search(slice, pattern, maxErrorsFor(pattern.length))) {
    const f = Math.max(0, from + m.start + prefix.length - m.errors);
    const t = Math.min(text.length, from + m.end - suffix.length + m.errors);
    best = better(best, bestFuzzy(text, target, f, t));
  }
  return best;
}

/** Whether the old position still holds the quote, verbatim. */
const holdsQuote = (text: string, { start, end }: TextPositionSelector, exact: string) =>
  start >= 0 && end - start === exact.length && text.startsWith(exact, start);

function targetOf(selectors: readonly Selector[]): { quote: Target | null; position: TextPositionSelector | null } {
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (const s of selectors) {
    switch (s.type) {
      case 'TextQuoteSelector':
        quote ??= s;
        break;
      case 'TextPositionSelector':
        position ??= s;
        break;
      default: {
        const unknown: never = s;
        void unknown;
      }
    }
  }
  if (!quote) return { quote: null, position };
  return {
    quote: {
      exact: readerNormalize(quote.exact),
      prefix: readerNormalize(quote.prefix).slice(-MAX_CONTEXT),
      suffix: readerNormalize(quote.suffix).slice(0, MAX_CONTEXT),
      hint: position ? position.start : -1,
    },
    position,
  };
}

/**
 * Where a highlight's selectors point in the reader text now.
 *
 * `text` must be reader text (`readerNormalize`d, as `readArticleText` makes it); the selectors' strings are normalised
 * here. In order: the old position, if it still holds the quote; the quote verbatim (near the old position first),
 * the occurrence whose prefix, suffix and distance to the old position agree best; then the quote with edits (up to a
 * fifth of its length, at most 32), weighed on quote, prefix, suffix and position. Short quotes (under 10 units) are
 * only found verbatim and where their prefix or suffix still agrees; fuzzy matches need agreeing context too.
 * Selectors without a quote are trusted at their position if it lies inside the text.
 *
 * @return `null` when no place is good enough (the highlight is an orphan): the passage was deleted or rewritten, or a
 *   short quote lost its context. A wrong place is never returned knowingly.
 */
export function anchorSelectors(text: string, selectors: readonly Selector[]): Anchor | null {
  const { quote, position } = targetOf(selectors);
  if (!quote) {
    if (!position || position.start < 0 || position.end > text.length || position.start >= position.end) return null;
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }
  const length = quote.exact.length;
  if (length === 0) return null;

  if (position && holdsQuote(text, position, quote.exact)) {
    const c = score(text, quote, position.start, position.end, 0);
    if (length >= LONG_QUOTE || isAcceptable(c, length)) {
      return { start: c.start, end: c.end, method: 'position', score: c.score };
    }
  }

  const wholeText = (from: number, to: number) => from === 0 && to === text.length;
  const from = quote.hint < 0 ? 0 : Math.max(0, quote.hint - WINDOW);
  const to = quote.hint < 0 ? text.length : Math.min(text.length, quote.hint + length + WINDOW);

  let best = bestExact(text, quote, from, to);
  if (!(best && best.score >= CONFIDENT) && !wholeText(from, to)) {
    best = better(best, bestExact(text, quote, 0, text.length));
  }
  if (best && best.score >= CONFIDENT) return { start: best.start, end: best.end, method: 'quote', score: best.score };

  if (length >= SHORT_QUOTE && maxErrorsFor(length) >= 1) {
    const spans = wholeText(from, to) ? [[from, to] as const] : [[from, to] as const, [0, text.length] as const];
    for (const [f, t] of spans) {
      best = better(best, bestFuzzy(text, quote, f, t));
      if (best && best.score >= CONFIDENT) break;
      best = better(best, bestInContext(text, quote, f, t));
      if (best && best.score >= CONFIDENT) break;
    }
  }
  if (!best) return null;
  return { start: best.start, end: best.end, method: best.errors === 0 ? 'quote' : 'fuzzy', score: best.score };
}
