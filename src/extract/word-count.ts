import { type ElementMeasure, elementMeasure, measureAll } from './text-length';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** Counts words as a reader would: runs of letters or digits ("KT-XH" and "ĐT.390" count as one each). */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.normalize('NFC').matchAll(WORD)) n++;
  return n;
}

/** Words under one element; an element's words are its own text's plus its children's. */
export type WordCount = ElementMeasure;

/**
 * Words a reader sees under an element (script and style excluded), remembered per element. `known` answers first
 * where it can (counts made off the page's main thread). A word split by an element boundary counts twice: rare.
 */
export function wordCounts(known?: (el: Element) => number | undefined): WordCount {
  return elementMeasure(countWords, known);
}

/** The word count of each element of `elements` (in document order), each text node counted once. */
export function allWordCounts(elements: ArrayLike<Element>): number[] {
  return measureAll(wordCounts(), elements);
}
