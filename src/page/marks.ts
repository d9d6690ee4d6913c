/**
 * Wraps mentions of a block in `<span data-cg-kind data-cg-key>` marks, and takes them all back exactly: each split
 * text node is the original node with its data restored, so the page's own references to its nodes stay valid.
 */
import { DomJournal } from './dom-journal';
import type { TextBlock } from './text-blocks';

export const MARK_ATTR = 'data-cg-kind';

export interface MarkRequest {
  start: number;
  end: number;
  kind: 'place' | 'abbr';
  key: string;
  /** Read by screen readers in addition to the mark's text. */
  description: string;
}

type Ranged = MarkRequest & { index: number; from: number; to: number };

export class MarkLayer {
  readonly marks: HTMLElement[] = [];

  /** @param journal shared with the highlights when both are on the page; changes are taken back through it */
  constructor(private readonly journal: DomJournal = new DomJournal()) {}

  /**
   * Wraps the requested ranges of a block. A range that runs across two text nodes (a name split by a link or bold
   * type) is left unmarked: a mark must be one element whose text is exactly the matched text.
   * @return for each request, the mark made for it, or null
   */
  wrap(block: TextBlock, requests: readonly MarkRequest[]): Array<HTMLElement | null> {
    const byNode = new Map<Text, Ranged[]>();
    requests.forEach((r, index) => {
      const entry = block.nodes.find(({ node, start }) => r.start >= start && r.end <= start + node.data.length);
      // A node changed since the block was read (a highlight was drawn meanwhile): its offsets no longer hold.
      if (!entry || !entry.node.isConnected || entry.node.data !== entry.data) return;
      const list = byNode.get(entry.node) ?? [];
      list.push({ ...r, index, from: r.start - entry.start, to: r.end - entry.start });
      byNode.set(entry.node, list);
    });
    const made: Array<HTMLElement | null> = requests.map(() => null);
    for (const [node, list] of byNode) {
      for (const [index, mark] of this.splitNode(node, list.sort((a, b) => a.from - b.from))) made[index] = mark;
    }
    return made;
  }

  private splitNode(node: Text, ranges: Ranged[]): Array<[number, HTMLElement]> {
    const data = node.data;
    const doc = node.ownerDocument;
    const added: Node[] = [];
    const made: Array<[number, HTMLElement]> = [];
    let cursor = 0;
    const parts: Node[] = [];
    // Inside a link or another control the mark is not a separate tab stop.
    const focusable = !node.parentElement?.closest('a, [tabindex], label');
    for (const r of ranges) {
      if (r.from < cursor) continue; // overlapping requests: keep the first
      if (r.from > cursor) parts.push(doc.createTextNode(data.slice(cursor, r.from)));
      const mark = doc.createElement('span');
      mark.setAttribute(MARK_ATTR, r.kind);
      mark.setAttribute('data-cg-key', r.key);
      if (focusable) mark.tabIndex = 0;
      mark.setAttribute('aria-description', r.description);
      mark.textContent = data.slice(r.from, r.to);
      parts.push(mark);
      made.push([r.index, mark]);
      cursor = r.to;
    }
    if (cursor < data.length) parts.push(doc.createTextNode(data.slice(cursor)));
    // The original node keeps the first part (a text part, or empty text before the first mark).
    const head = parts[0];
    if (head && head.nodeType === 3) {
      node.data = (head as Text).data;
      parts.shift();
    } else {
      node.data = '';
    }
    let after: Node = node;
    for (const part of parts) {
      after.parentNode!.insertBefore(part, after.nextSibling);
      added.push(part);
      after = part;
    }
    this.journal.record(() => {
      for (const n of added) n.parentNode?.removeChild(n);
      node.data = data;
    });
    this.marks.push(...made.map(([, mark]) => mark));
    return made;
  }

  /** Restores every node changed through this layer's journal (and so, when shared, the highlights' too). */
  undo(): void {
    this.journal.undoAll();
    this.marks.length = 0;
  }

  /** Forgets the marks without touching the page (after the shared journal was taken back elsewhere). */
  forget(): void {
    this.marks.length = 0;
  }
}
