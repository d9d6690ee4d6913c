/** The extension's one database. Lives in the extension's origin only (background worker, extension pages). */
import Dexie, { type EntityTable } from 'dexie';
import type { DictionaryEntry } from '../dictionary/model';
import type { ArticleMeta } from '../extract/types';
import type { HighlightRecord } from '../highlight/model';

export type { HighlightColor, HighlightRecord } from '../highlight/model';
export { HIGHLIGHT_COLORS } from '../highlight/model';

export const DB_NAME = 'chu-giai';

/** An article the reader has opened. Times are epoch milliseconds. */
export interface ArticleRecord extends Omit<ArticleMeta, 'excerpt'> {
  firstSeen: number;
  lastSeen: number;
  /** Since version 2: how many highlights the article has, and when the last one changed (0: never). */
  highlightCount: number;
  highlightsUpdated: number;
}

export class ChuGiaiDb extends Dexie {
  articles!: EntityTable<ArticleRecord, 'url'>;
  highlights!: EntityTable<HighlightRecord, 'id'>;
  /** Since version 3: the reader's own dictionary. */
  dictionary!: EntityTable<DictionaryEntry, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Released versions are never edited: add a new version with an upgrade instead.
    this.version(1).stores({ articles: '&url, site, lastSeen, published' });
    this.version(2)
      .stores({
        articles: '&url, site, lastSeen, published, highlightsUpdated',
        highlights: '&id, articleUrl, updated, [articleUrl+created]',
      })
      .upgrade((tx) =>
        tx
          .table('articles')
          .toCollection()
          .modify((article: Partial<ArticleRecord>) => {
            article.highlightCount ??= 0;
            article.highlightsUpdated ??= 0;
          }),
      );
    // A new table only: the data of version 2 stays as it is.
    this.version(3).stores({ dictionary: '&id, kind, form, updated' });
  }
}

/** Records a visit: creates the article or refreshes its metadata, keeping when it was first seen and its highlights. */
export async function recordArticleSeen(db: ChuGiaiDb, meta: ArticleMeta, now: number): Promise<ArticleRecord> {
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.get(meta.url);
    const { excerpt: _excerpt, ...fields } = meta;
    const record: ArticleRecord = {
      highlightCount: 0,
      highlightsUpdated: 0,
      ...existing,
      ...fields,
      firstSeen: existing?.firstSeen ?? now,
      lastSeen: now,
    };
    await db.articles.put(record);
    return record;
  });
}

async function recount(db: ChuGiaiDb, articleUrl: string, now: number): Promise<void> {
  const count = await db.highlights.where('articleUrl').equals(articleUrl).count();
  await db.articles.update(articleUrl, { highlightCount: count, highlightsUpdated: now });
}

/** Saves a new highlight (or replaces one with the same id) and keeps its article's count. */
export async function putHighlight(db: ChuGiaiDb, highlight: HighlightRecord, now: number): Promise<HighlightRecord> {
  return db.transaction('rw', db.articles, db.highlights, async () => {
    if (!(await db.articles.get(highlight.articleUrl))) throw new Error('unknown article');
    await db.highlights.put(highlight);
    await recount(db, highlight.articleUrl, now);
    return highlight;
  });
}

/** Changes a highlight's colour or note. @return the updated highlight, or `null` if it no longer exists. */
export async function updateHighlight(
  db: ChuGiaiDb,
  id: string,
  changes: Partial<Pick<HighlightRecord, 'color' | 'note'>>,
  now: number,
): Promise<HighlightRecord | null> {
  return db.transaction('rw', db.articles, db.highlights, async () => {
    const existing = await db.highlights.get(id);
    if (!existing) return null;
    const updated: HighlightRecord = { ...existing, ...changes, updated: now };
    await db.highlights.put(updated);
    await db.articles.update(existing.articleUrl, { highlightsUpdated: now });
    return updated;
  });
}

/** Deletes a highlight. @return what was deleted (to undo with `putHighlight`), or `null` if it did not exist. */
export async function deleteHighlight(db: ChuGiaiDb, id: string, now: number): Promise<HighlightRecord | null> {
  return db.transaction('rw', db.articles, db.highlights, async () => {
    const existing = await db.highlights.get(id);
    if (!existing) return null;
    await db.highlights.delete(id);
    await recount(db, existing.articleUrl, now);
    return existing;
  });
}

/** The highlights of an article, oldest first. */
export function highlightsOf(db: ChuGiaiDb, articleUrl: string): Promise<HighlightRecord[]> {
  return db.highlights.where('[articleUrl+created]').between([articleUrl, Dexie.minKey], [articleUrl, Dexie.maxKey]).toArray();
}

/** Deletes an article with all its highlights. @return what was deleted (to undo with `restoreArticle`) */
export async function deleteArticle(
  db: ChuGiaiDb,
  url: string,
): Promise<{ article: ArticleRecord; highlights: HighlightRecord[] } | null> {
  return db.transaction('rw', db.articles, db.highlights, async () => {
    const article = await db.articles.get(url);
    if (!article) return null;
    const highlights = await db.highlights.where('articleUrl').equals(url).toArray();
    await db.highlights.bulkDelete(highlights.map((h) => h.id));
    await db.articles.delete(url);
    return { article, highlights };
  });
}

export async function restoreArticle(db: ChuGiaiDb, saved: { article: ArticleRecord; highlights: HighlightRecord[] }) {
  await db.transaction('rw', db.articles, db.highlights, async () => {
    await db.articles.put(saved.article);
    await db.highlights.bulkPut(saved.highlights);
  });
}

/**
 * Writes imported articles and highlights in one transaction: all or nothing. Articles already known keep their
 * record (and visits); highlights already stored (same id, or same article and selectors) are not doubled.
 * @param duplicateKey the identity of a highlight's place in its article
 * @return how many highlights were added and how many were already there
 */
export async function importLibrary(
  db: ChuGiaiDb,
  articles: readonly ArticleRecord[],
  highlights: readonly HighlightRecord[],
  duplicateKey: (h: HighlightRecord) => string,
  now: number,
): Promise<{ added: number; duplicates: number; articlesAdded: number }> {
  return db.transaction('rw', db.articles, db.highlights, async () => {
    let articlesAdded = 0;
    for (const article of articles) {
      if (!(await db.articles.get(article.url))) {
        await db.articles.put(article);
        articlesAdded++;
      }
    }
    const urls = [...new Set(highlights.map((h) => h.articleUrl))];
    const existing = await db.highlights.where('articleUrl').anyOf(urls).toArray();
    const seen = new Set(existing.map(duplicateKey));
    const ids = new Set(existing.map((h) => h.id));
    const fresh = highlights.filter((h) => {
      const key = duplicateKey(h);
      if (seen.has(key) || ids.has(h.id)) return false;
      seen.add(key);
      ids.add(h.id);
      return true;
    });
    await db.highlights.bulkPut(fresh);
    for (const url of urls) {
      const count = await db.highlights.where('articleUrl').equals(url).count();
      await db.articles.update(url, { highlightCount: count, highlightsUpdated: now });
    }
    return { added: fresh.length, duplicates: highlights.length - fresh.length, articlesAdded };
  });
}
