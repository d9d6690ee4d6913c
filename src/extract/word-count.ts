const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** Counts words as a reader would: runs of letters or digits ("KT-XH" and "ĐT.390" count as one each). */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.normalize('NFC').matchAll(WORD)) n++;
  return n;
}

const NOT_READ = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Words under one element; an element's words are its own text's plus its children's. */
export type WordCount = (el: Element) => number;

/**
 * Words a reader sees under an element (script and style excluded), remembered per element. `known` answers first
 * where it can (counts made off the page's main thread). A word split by an element boundary counts twice: rare.
 */
export function wordCounts(known?: (el: Element) => number | undefined): WordCount {
  const memo = new WeakMap<Element, number>();
  const count = (el: Element): number => {
    const cached = memo.get(el) ?? known?.(el);
    if (cached !== undefined) return cached;
    let n = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) n += countWords(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !NOT_READ.has((child as Element).tagName)) n += count(child as Element);
    }
    memo.set(el, n);
    return n;
  };
  return count;
}

/** The word count of each element of `elements` (in document order), each text node counted once. */
export function allWordCounts(elements: ArrayLike<Element>): number[] {
  const count = wordCounts();
  const out = new Array<number>(elements.length);
  for (let i = elements.length - 1; i >= 0; i--) out[i] = count(elements[i]!);
  return out;
}
