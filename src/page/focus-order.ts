/** Keyboard order around our UI: what Tab reaches after an element of the page. */

const TABBABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), iframe, [contenteditable=""], [contenteditable="true"], [tabindex]';

function isTabbable(el: HTMLElement): boolean {
  if (el.tabIndex < 0 || el.closest('[data-cg-ui], [hidden], [inert]')) return false;
  return el.getClientRects().length > 0;
}

/**
 * The first element after `from` in document order that Tab would reach (positive `tabindex` aside: news pages do
 * not use it). @return `null` when there is none
 */
export function nextTabbable(doc: Document, from: Element): HTMLElement | null {
  for (const el of doc.querySelectorAll<HTMLElement>(TABBABLE)) {
    if (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && !from.contains(el) && isTabbable(el)) return el;
  }
  return null;
}

/** The buttons that focus can reach in our UI, in order. */
export const buttonsIn = (root: ParentNode) => [...root.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
