/**
 * The article's text as a reader sees it, with the way back to the page: offsets in this text (the ones selectors
 * store) become DOM Ranges, and a Selection's Range becomes offsets.
 */
import { SKIPPED } from '../page/text-blocks';
import { canonicalTone, normalizeWithMap, originalOffset } from '../vietnamese/normalize';

export interface ReaderText {
  /** Text nodes under the roots in document order: NFC, tones in one place, each run of white space one space. */
  text: string;
  /**
   * A Range over the page's own characters for reader offsets `start..end` (UTF-16 units, `end` exclusive). `null` when
   * the offsets are outside the text or cover nothing on the page. Valid while the DOM under the roots is unchanged.
   */
  toRange(start: number, end: number): Range | null;
  /**
   * Reader offsets of the part of `range` inside the roots (clamped to them). `null` when the range holds no text of
   * the roots (outside them, collapsed, or only in skipped parts).
   */
  fromRange(range: Range): { start: number; end: number } | null;
}

/** Our own marks wrap page text: they are read although `SKIPPED` keeps other features out of them. */
const OWN_MARKS = '[data-cg-kind], [data-cg-highlight]';

/** Elements whose start and end a reader sees as a break between words. */
const BREAKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

const isSkipped = (el: Element) => el.matches(SKIPPED) && !el.matches(OWN_MARKS);
const isSkippedRoot = (el: Element) => {
  for (let e: Element | null = el; e; e = e.parentElement) if (isSkipped(e)) return true;
  return false;
};
/** The white space of JavaScript's `\s` (as `readerNormalize` folds it), by UTF-16 unit. */
const isSpaceCode = (c: number) =>
  c < 128
    ? c === 32 || (c >= 9 && c <= 13)
    : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
      c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Unit `i` of the reader text comes from no node: it is the space a block boundary makes. */
const NO_NODE = 0xffffffff;

/** Roots in document order, without those inside another root. */
function orderedRoots(roots: readonly Element[]): Element[] {
  const unique = [...new Set(roots)].filter((r) => !roots.some((o) => o !== r && o.contains(r)));
  return unique.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

/** Reads the article's text under `roots` (in document order), skipping `SKIPPED` parts but not our own marks. */
export function readArticleText(roots: readonly Element[]): ReaderText {
  const nodes: Text[] = [];
  /** For each node, the reader offsets of the units it gave (`nodeStart[k]..nodeEnd[k]`). */
  const nodeStart: number[] = [];
  const nodeEnd: number[] = [];
  const units: string[] = [];
  const unitNode: number[] = [];
  const unitStart: number[] = [];
  const unitEnd: number[] = [];

  const push = (ch: string, node: number, start: number, end: number) => {
    units.push(ch);
    unitNode.push(node);
    unitStart.push(start);
    unitEnd.push(end);
  };
  // A run of white space is written as one space where it begins; none at the start, and a last one is dropped below.
  const canSpace = () => units.length > 0 && units[units.length - 1] !== ' ';
  const brk = () => {
    if (canSpace()) push(' ', NO_NODE, 0, 0);
  };
  const readText = (node: Text) => {
    const k = nodes.length;
    nodes.push(node);
    nodeStart.push(units.length);
    const mapped = normalizeWithMap(node.data);
    const { text } = mapped;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!isSpaceCode(code)) push(text[i]!, k, originalOffset(mapped, i), originalOffset(mapped, i + 1));
      else if (canSpace()) push(' ', k, originalOffset(mapped, i), originalOffset(mapped, i + 1));
    }
    nodeEnd.push(units.length);
  };
  const walk = (el: Element) => {
    const isBreak = BREAKS.has(el.tagName.toUpperCase());
    if (isBreak) brk();
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) readText(child as Text);
      else if (child.nodeType === 1 && !isSkipped(child as Element)) walk(child as Element);
    }
    if (isBreak) brk();
  };
  for (const root of orderedRoots(roots)) {
    if (isSkippedRoot(root)) continue;
    brk();
    walk(root);
  }
  if (units[units.length - 1] === ' ') {
    units.pop();
    for (let k = 0; k < nodes.length; k++) {
      nodeStart[k] = Math.min(nodeStart[k]!, units.length);
      nodeEnd[k] = Math.min(nodeEnd[k]!, units.length);
    }
  }

  let text = units.join('');
  // Per node, a tone split from its vowel by an element ("hò<b>a</b>") could not move; moving it here keeps every
  // unit in place (the text is NFC already unless a node began with a lone combining mark).
  const folded = canonicalTone(text);
  if (folded.length === text.length) text = folded;
  const ownerOfUnit = Uint32Array.from(unitNode);
  const starts = Uint32Array.from(unitStart);
  const ends = Uint32Array.from(unitEnd);
  const indexOfNode = new Map(nodes.map((n, k) => [n, k]));

  const toRange = (start: number, end: number): Range | null => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
      return null;
    }
    // A block-boundary space has no character: start at the next unit, end after the previous one.
    let first = start;
    while (first < end && ownerOfUnit[first] === NO_NODE) first++;
    let last = end - 1;
    while (last >= first && ownerOfUnit[last] === NO_NODE) last--;
    if (first > last) return null;
    const range = nodes[0]!.ownerDocument.createRange();
    range.setStart(nodes[ownerOfUnit[first]!]!, starts[first]!);
    range.setEnd(nodes[ownerOfUnit[last]!]!, ends[last]!);
    return range;
  };

  /** First unit of node `k` that starts at or after `offset` in it (reader offset; its end when none). */
  const unitAtOrAfter = (k: number, offset: number) => {
    let lo = nodeStart[k]!;
    let hi = nodeEnd[k]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Reader offset just after the last unit of node `k` that ends at or before `offset` in it. */
  const unitsBefore = (k: number, offset: number) => {
    let lo = nodeStart[k]!;
    let hi = nodeEnd[k]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Index of the first read node at or after the boundary point (`nodes.length` when none). */
  const firstNodeAfter = (probe: Range, container: Node, offset: number) => {
    probe.setStart(container, offset);
    probe.collapse(true);
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (probe.comparePoint(nodes[mid]!, 0) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  /** Reader offsets of a boundary point, taken as a range's start (`asStart`) or end. */
  const offsetOf = (probe: Range, container: Node, offset: number, asStart: boolean) => {
    const k = indexOfNode.get(container as Text);
    if (k !== undefined) return asStart ? unitAtOrAfter(k, offset) : unitsBefore(k, offset);
    const next = firstNodeAfter(probe, container, offset);
    if (asStart) return next < nodes.length ? nodeStart[next]! : text.length;
    return next > 0 ? nodeEnd[next - 1]! : 0;
  };

  const fromRange = (range: Range): { start: number; end: number } | null => {
    if (nodes.length === 0 || text.length === 0 || range.collapsed) return null;
    const probe = nodes[0]!.ownerDocument.createRange();
    let start: number;
    let end: number;
    try {
      start = offsetOf(probe, range.startContainer, range.startOffset, true);
      end = offsetOf(probe, range.endContainer, range.endOffset, false);
    } catch {
      // A range in another document or a detached tree cannot be compared with the article: it is outside.
      return null;
    }
    return start < end ? { start, end } : null;
  };

  return { text, toRange, fromRange };
}
