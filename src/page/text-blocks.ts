/** The article's text as blocks (paragraphs, list items, captions), each with the text nodes it is made of. */

/** Where nothing is ever marked: code, forms, editable regions, embedded documents, our own marks. */
export const SKIPPED = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  '[contenteditable]:not([contenteditable="false"])',
  '[data-cg-kind]',
  '[data-cg-ui]',
  // Related news, comments, tags, ads inside the article's container (see article-marker.ts).
  '[data-cg-left-out]',
  // The headline is the article's name, not its body; subheadings inside the body are read.
  'h1',
].join(', ');

const BLOCK_TAGS = new Set([
  'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'TD', 'TH', 'BLOCKQUOTE', 'DD', 'DT', 'DIV',
  'SECTION', 'ARTICLE', 'CAPTION', 'FIGURE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'TABLE', 'UL', 'OL', 'BODY',
]);

export interface TextBlock {
  element: Element;
  text: string;
  /** The block's text nodes, each with the offset of its first character in `text` and its data when read. */
  nodes: Array<{ node: Text; start: number; data: string }>;
}

function blockOf(node: Node, root: Element): Element {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
  return el ?? root;
}

/** Text nodes under `roots` in document order, grouped by their block, skipping where nothing may be marked. */
export function collectBlocks(roots: readonly Element[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const root of roots) {
    if (root.closest(SKIPPED)) continue;
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode: (node) =>
        node.nodeType === 1
          ? (node as Element).matches(SKIPPED)
            ? 2 /* FILTER_REJECT: skips the subtree */
            : 3 /* FILTER_SKIP */
          : 1 /* FILTER_ACCEPT */,
    });
    let current: TextBlock | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      if (!text.data) continue;
      const element = blockOf(text, root);
      if (!current || current.element !== element) {
        current = { element, text: '', nodes: [] };
        blocks.push(current);
      }
      current.nodes.push({ node: text, start: current.text.length, data: text.data });
      current.text += text.data;
    }
  }
  return blocks.filter((b) => /\S/.test(b.text));
}
