/** The extension's one database. Lives in the extension's origin only (background worker, extension pages). */
import Dexie, { type EntityTable } from 'dexie';
import type { ArticleMeta } from '../extract/types';

export const DB_NAME = 'chu-giai';

/** An article the reader has opened. Times are epoch milliseconds. */
export interface ArticleRecord extends Omit<ArticleMeta, 'excerpt'> {
  firstSeen: number;
  lastSeen: number;
}

export class ChuGiaiDb extends Dexie {
  articles!: EntityTable<ArticleRecord, 'url'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Released versions are never edited: add a new version with an upgrade instead.
    this.version(1).stores({ articles: '&url, site, lastSeen, published' });
  }
}

/** Records a visit: creates the article or refreshes its metadata, keeping when it was first seen. */
export async function recordArticleSeen(db: ChuGiaiDb, meta: ArticleMeta, now: number): Promise<ArticleRecord> {
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.get(meta.url);
    const { excerpt: _excerpt, ...fields } = meta;
    const record: ArticleRecord = { ...fields, firstSeen: existing?.firstSeen ?? now, lastSeen: now };
    await db.articles.put(record);
    return record;
  });
}
