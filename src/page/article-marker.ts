/** Marks the live article container(s) with `data-cg-article`; every mark can be taken back exactly. */
export const ARTICLE_ATTR = 'data-cg-article';

export interface ArticleMarks {
  containers: readonly Element[];
  /** Removes the marks this call added (and only those). */
  undo(): void;
}

export function markArticle(containers: readonly Element[]): ArticleMarks {
  const added = containers.filter((el) => !el.hasAttribute(ARTICLE_ATTR));
  for (const el of added) el.setAttribute(ARTICLE_ATTR, '');
  return {
    containers,
    undo: () => {
      for (const el of added) el.removeAttribute(ARTICLE_ATTR);
    },
  };
}
