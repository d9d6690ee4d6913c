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

/**
 * Non-space characters a reader can see under an element (script and style text excluded), remembered per element.
 * `known` answers first where it can (lengths computed elsewhere, off the page's main thread).
 */
export function textLengths(known?: (el: Element) => number | undefined): TextLength {
  const memo = new WeakMap<Element, number>();
  const length = (el: Element): number => {
    const cached = memo.get(el) ?? known?.(el);
    if (cached !== undefined) return cached;
    let n = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) n += nonSpaceLength(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !SKIP_TEXT.has((child as Element).tagName)) n += length(child as Element);
    }
    memo.set(el, n);
    return n;
  };
  return length;
}

/** The visible text length of each element of `elements` (in that order), each subtree walked once. */
export function allTextLengths(elements: ArrayLike<Element>): number[] {
  const length = textLengths();
  const out = new Array<number>(elements.length);
  // Last to first: children come after their parents in document order, so they are remembered first.
  for (let i = elements.length - 1; i >= 0; i--) out[i] = length(elements[i]!);
  return out;
}
