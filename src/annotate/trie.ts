/**
 * A character trie over normalised keys. Matching walks it from each word start, so the cost of a pass is
 * proportional to the text's length times the longest term, whatever the number of terms.
 */

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Values of the terms that end here. */
  values: number[] | null;
}

const newNode = (): TrieNode => ({ next: new Map(), values: null });

/** Characters that are written several ways but read as one: every space as ' ', every dash as '-'. */
export function foldChar(code: number): number {
  if (code === 0xa0 || code === 0x2007 || code === 0x202f || code === 0x09) return 0x20;
  if (code === 0x2013 || code === 0x2014 || code === 0x2012 || code === 0x2212) return 0x2d;
  return code;
}

export class Trie {
  private readonly root = newNode();
  size = 0;

  /** Adds `key` (already normalised) with a value; a key may carry several values. */
  add(key: string, value: number): void {
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const code = foldChar(key.charCodeAt(i));
      let child = node.next.get(code);
      if (!child) {
        child = newNode();
        node.next.set(code, child);
      }
      node = child;
    }
    if (!node.values) {
      node.values = [];
      this.size++;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** Whether any term starts with the character at `start` (the quick test that nearly always fails). */
  startsAt(text: string, start: number): boolean {
    return this.root.next.has(foldChar(text.charCodeAt(start)));
  }

  /**
   * Every term that starts at `start` in `text`, shortest first, as `[end, values]`, where `end` is exclusive.
   * `accept(end)` says whether a term may end there (a word boundary).
   */
  matchesAt(text: string, start: number, accept: (end: number) => boolean): Array<[number, number[]]> {
    const out: Array<[number, number[]]> = [];
    let node: TrieNode | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(foldChar(text.charCodeAt(i)));
      if (!node) break;
      if (node.values && accept(i + 1)) out.push([i + 1, node.values]);
    }
    return out;
  }
}
