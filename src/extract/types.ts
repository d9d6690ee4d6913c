/** What the extension knows of an article page. Dates are ISO 8601 in Vietnam time (`…+07:00`). */
export interface ArticleMeta {
  /** Canonical URL: `link rel=canonical`, else `og:url`, else the page's address; tracking parameters removed. */
  url: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** Host name without `www.`, e.g. `baovecongly.vn`. */
  site: string;
  published: string | null;
  /** BCP 47 primary language (`vi`), or null when the page does not say. */
  lang: string | null;
  excerpt: string | null;
  wordCount: number;
}

/** Why no article was found. */
export type NoArticleReason =
  | 'not-readerable' // isProbablyReaderable said no: a front page, a list, a form
  | 'no-content' // Readability found nothing to keep
  | 'not-in-page' // Readability's result could not be matched to the live page
  | 'too-large' // more elements than can be parsed without freezing the page
  | 'failed'; // an unexpected error (details are never page text)

export type ExtractResult =
  | {
      ok: true;
      meta: ArticleMeta;
      /** The live elements that hold the article (sapo and body), in document order. */
      containers: Element[];
      /** Parts inside the containers that are not the article (related news, comments, tags, ads): never read. */
      leftOut: Element[];
    }
  | { ok: false; reason: NoArticleReason };
