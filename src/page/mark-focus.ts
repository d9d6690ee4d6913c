/** Keeping the reader's place when the marks are made anew: the mark they were on, found again by its text. */

const MARKS = '[data-cg-article] [data-cg-kind]';

/** Which mark `el` is: its text and how many marks with that text come before it. `null` when it is not a mark. */
export interface MarkPlace {
  text: string;
  nth: number;
}

export function markPlace(doc: Document, el: Element | null): MarkPlace | null {
  if (!el?.matches(MARKS)) return null;
  const text = el.textContent ?? '';
  const same = [...doc.querySelectorAll(MARKS)].filter((m) => m.textContent === text);
  return { text, nth: same.indexOf(el) };
}

/** The mark at that place now, if marked again. */
export function markAt(doc: Document, place: MarkPlace): HTMLElement | null {
  const same = [...doc.querySelectorAll<HTMLElement>(MARKS)].filter((m) => m.textContent === place.text);
  return same[place.nth] ?? null;
}
