/**
 * Renders highlights as `<span data-cg-highlight="<id>">` around the text nodes of their range, and takes them back
 * exactly (last rendered, first removed): the split text nodes are the page's own nodes with their data restored.
 * A Range is only valid for the DOM it was made on: render one highlight, then make the next one's Range.
 */
import { DomJournal } from './dom-journal';
import { SKIPPED } from './text-blocks';

export const HIGHLIGHT_ATTR = 'data-cg-highlight';

export interface RenderedHighlight {
  id: string;
  elements: HTMLElement[];
}

const BLOCK_PARENTS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BODY', 'UL', 'OL', 'TABLE', 'TBODY', 'TR', 'FIGURE']);

/** Text nodes we may wrap: our own marks are page text too; forms, code, scripts are not. */
function isWrappable(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  const skipped = parent.closest(SKIPPED);
  return !skipped || skipped.matches('[data-cg-kind]');
}

function textNodesIn(range: Range): Array<{ node: Text; from: number; to: number }> {
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const out: Array<{ node: Text; from: number; to: number }> = [];
  const push = (node: Text) => {
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    // White space between blocks (indentation of the markup) is not worth a span; a space between words is.
    const blank = !/\S/.test(node.data.slice(from, to));
    if (to > from && isWrappable(node) && !(blank && (/\n/.test(node.data) || BLOCK_PARENTS.has(node.parentElement!.tagName)))) {
      out.push({ node, from, to });
    }
  };
  if (root.nodeType === 3) {
    push(root as Text);
    return out;
  }
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) push(n as Text);
  }
  return out;
}

export class HighlightLayer {
  private readonly rendered: Array<{ id: string; elements: HTMLElement[] }> = [];

  /** @param journal shared with the marks when both are on the page; changes are taken back through it */
  constructor(private readonly journal: DomJournal = new DomJournal()) {}

  /** Wraps every text node part of `range`. @return the elements made, in document order */
  render(id: string, range: Range, decorate: (el: HTMLElement, index: number) => void): HTMLElement[] {
    const parts = textNodesIn(range);
    const elements: HTMLElement[] = [];
    for (const { node, from, to } of parts) {
      const data = node.data;
      const added: Node[] = [];
      const target = from > 0 ? node.splitText(from) : node;
      if (target !== node) added.push(target);
      if (to - from < target.data.length) added.push(target.splitText(to - from));
      const span = node.ownerDocument.createElement('span');
      span.setAttribute(HIGHLIGHT_ATTR, id);
      target.parentNode!.insertBefore(span, target);
      span.appendChild(target);
      added.push(span);
      this.journal.record(() => {
        // The original node itself may be the one inside the wrapper: put it back where the wrapper stands.
        if (node.parentNode === span) span.parentNode?.insertBefore(node, span);
        for (const n of added) n.parentNode?.removeChild(n);
        node.data = data;
      });
      elements.push(span);
    }
    elements.forEach(decorate);
    this.rendered.push({ id, elements });
    return elements;
  }

  elementsOf(id: string): HTMLElement[] {
    return this.rendered.find((r) => r.id === id)?.elements ?? [];
  }

  get ids(): string[] {
    return this.rendered.map((r) => r.id);
  }

  /** Removes every change made through this layer's journal (and so, when shared, the marks too). */
  clear(): void {
    this.journal.undoAll();
    this.rendered.length = 0;
  }

  /** Forgets the highlights drawn without touching the page (after the shared journal was taken back elsewhere). */
  forget(): void {
    this.rendered.length = 0;
  }
}
