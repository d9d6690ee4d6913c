const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** Counts words as a reader would: runs of letters or digits ("KT-XH" and "ĐT.390" count as one each). */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.normalize('NFC').matchAll(WORD)) n++;
  return n;
}
