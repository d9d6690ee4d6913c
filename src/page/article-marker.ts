/**
 * Marks the live article container(s) with `data-cg-article` and the parts inside them that are not the article
 * with `data-cg-left-out` (never read: see `SKIPPED`); every mark can be taken back exactly.
 */
export const ARTICLE_ATTR = 'data-cg-article';
export const LEFT_OUT_ATTR = 'data-cg-left-out';

export interface ArticleMarks {
  containers: readonly Element[];
  /** Leaves out more parts (ones the site added later). */
  leaveOut(parts: readonly Element[]): void;
  /** Removes the marks this object added (and only those). */
  undo(): void;
}

export function markArticle(containers: readonly Element[], leftOut: readonly Element[] = []): ArticleMarks {
  const added: Array<[Element, string]> = [];
  const mark = (elements: readonly Element[], attr: string) => {
    for (const el of elements) {
      if (el.hasAttribute(attr)) continue;
      el.setAttribute(attr, '');
      added.push([el, attr]);
    }
  };
  mark(containers, ARTICLE_ATTR);
  mark(leftOut, LEFT_OUT_ATTR);
  return {
    containers,
    leaveOut: (parts) => mark(parts, LEFT_OUT_ATTR),
    undo: () => {
      for (const [el, attr] of added.splice(0)) el.removeAttribute(attr);
    },
  };
}
