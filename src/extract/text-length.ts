const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

/** Length of visible text, in non-space UTF-16 units, of an element. */
export type TextLength = (el: Element) => number;

/** A measure of the text a reader sees under an element (script and style excluded), summed over its text nodes. */
export type ElementMeasure = (el: Element) => number;

/**
 * `measure` of the visible text under each element, summed from its text nodes and remembered per element. `known`
 * answers first where it can (values computed elsewhere, off the page's main thread).
 */
export function elementMeasure(measure: (text: string) => number, known?: (el: Element) => number | undefined): ElementMeasure {
  const memo = new WeakMap<Element, number>();
  const of = (el: Element): number => {
    const cached = memo.get(el) ?? known?.(el);
    if (cached !== undefined) return cached;
    let n = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) n += measure(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !SKIP_TEXT.has((child as Element).tagName)) n += of(child as Element);
    }
    memo.set(el, n);
    return n;
  };
  return of;
}

/** The measure of each element of `elements` (in that order), each subtree walked once. */
export function measureAll(measure: ElementMeasure, elements: ArrayLike<Element>): number[] {
  const out = new Array<number>(elements.length);
  // Last to first: children come after their parents in document order, so they are remembered first.
  for (let i = elements.length - 1; i >= 0; i--) out[i] = measure(elements[i]!);
  return out;
}

/** Non-space characters a reader can see under an element, remembered per element. */
export function textLengths(known?: (el: Element) => number | undefined): TextLength {
  return elementMeasure(nonSpaceLength, known);
}

/** The visible text length of each element of `elements` (in that order). */
export function allTextLengths(elements: ArrayLike<Element>): number[] {
  return measureAll(textLengths(), elements);
}

/** Share of `el`'s visible text that sits in links: near 1 for menus, breadcrumbs, tag and related-news lists. */
export function linkDensity(el: Element, length: TextLength): number {
  const total = length(el);
  if (total === 0) return 0;
  let inLinks = 0;
  for (const a of el.querySelectorAll('a')) inLinks += length(a);
  // Links inside links are counted twice: never more than the whole.
  return Math.min(1, inLinks / total);
}
