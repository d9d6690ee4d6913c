import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../src/extract/types';
import Dexie from 'dexie';
import {
  ChuGiaiDb,
  deleteHighlight,
  highlightsOf,
  type HighlightRecord,
  putHighlight,
  recordArticleSeen,
  updateHighlight,
} from '../../../src/store/db';

const meta: ArticleMeta = {
  url: 'https://baovecongly.vn/bai-1.html',
  title: 'Hải Phòng, Hải Dương và Quảng Ninh ký hợp tác cùng phát triển',
  byline: 'Vũ Ba',
  siteName: 'Báo Bảo vệ Công lý',
  site: 'baovecongly.vn',
  published: '2022-03-15T10:10:00+07:00',
  lang: 'vi',
  excerpt: 'BVCL - Với chủ đề…',
  wordCount: 1073,
};

let db: ChuGiaiDb;
let factory: IDBFactory;
beforeEach(() => {
  factory = new IDBFactory();
  db = new ChuGiaiDb('test', { indexedDB: factory, IDBKeyRange });
});
afterEach(() => db.close());

describe('recordArticleSeen', () => {
  it('stores a new article with first and last seen set to now', async () => {
    await recordArticleSeen(db, meta, 1000);
    const stored = await db.articles.get(meta.url);
    expect(stored).toMatchObject({ title: meta.title, published: meta.published, firstSeen: 1000, lastSeen: 1000 });
  });

  it('keeps the first visit and refreshes the rest on a later visit', async () => {
    await recordArticleSeen(db, meta, 1000);
    await recordArticleSeen(db, { ...meta, title: 'Tiêu đề đã sửa', wordCount: 1100 }, 5000);
    const stored = await db.articles.get(meta.url);
    expect(stored).toMatchObject({ title: 'Tiêu đề đã sửa', wordCount: 1100, firstSeen: 1000, lastSeen: 5000 });
    expect(await db.articles.count()).toBe(1);
  });

  it('does not keep the excerpt (the page text stays on the page)', async () => {
    await recordArticleSeen(db, meta, 1000);
    expect(await db.articles.get(meta.url)).not.toHaveProperty('excerpt');
  });
});

const highlight = (id: string, created: number, url = meta.url): HighlightRecord => ({
  id,
  articleUrl: url,
  selectors: [
    { type: 'TextQuoteSelector', exact: 'phát triển KT-XH', prefix: 'thúc đẩy ', suffix: ' nhanh' },
    { type: 'TextPositionSelector', start: 100, end: 116 },
  ],
  color: 'yellow',
  note: '',
  created,
  updated: created,
});

describe('schema version 2 (highlights)', () => {
  it('upgrades a version 1 database without losing its articles', async () => {
    db.close();
    // Write with the released version 1 schema, exactly as it shipped.
    const v1 = new Dexie('legacy', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores({ articles: '&url, site, lastSeen, published' });
    const { excerpt: _e, ...fields } = meta;
    await v1.table('articles').bulkPut([
      { ...fields, firstSeen: 1, lastSeen: 2 },
      { ...fields, url: 'https://vnexpress.net/b.html', site: 'vnexpress.net', firstSeen: 3, lastSeen: 4 },
    ]);
    v1.close();
    const v2 = new ChuGiaiDb('legacy', { indexedDB: factory, IDBKeyRange });
    const articles = await v2.articles.orderBy('lastSeen').toArray();
    expect(articles.map((a) => [a.url, a.firstSeen, a.highlightCount, a.highlightsUpdated])).toEqual([
      [meta.url, 1, 0, 0],
      ['https://vnexpress.net/b.html', 3, 0, 0],
    ]);
    await putHighlight(v2, highlight('h1', 10), 10);
    expect((await v2.articles.get(meta.url))?.highlightCount).toBe(1);
    v2.close();
  });

  it('keeps an article’s highlight count through later visits', async () => {
    await recordArticleSeen(db, meta, 1000);
    await putHighlight(db, highlight('h1', 1100), 1100);
    await recordArticleSeen(db, meta, 2000);
    expect(await db.articles.get(meta.url)).toMatchObject({ highlightCount: 1, highlightsUpdated: 1100, lastSeen: 2000 });
  });

  it('lists an article’s highlights oldest first, edits, deletes and restores one', async () => {
    await recordArticleSeen(db, meta, 1000);
    await putHighlight(db, highlight('b', 1200), 1200);
    await putHighlight(db, highlight('a', 1100), 1100);
    expect((await highlightsOf(db, meta.url)).map((h) => h.id)).toEqual(['a', 'b']);
    expect(await updateHighlight(db, 'a', { note: 'Ghi chú\ndòng hai', color: 'green' }, 1300)).toMatchObject({
      note: 'Ghi chú\ndòng hai',
      color: 'green',
      updated: 1300,
      created: 1100,
    });
    const deleted = await deleteHighlight(db, 'a', 1400);
    expect((await highlightsOf(db, meta.url)).map((h) => h.id)).toEqual(['b']);
    await putHighlight(db, deleted!, 1500);
    expect((await highlightsOf(db, meta.url)).map((h) => [h.id, h.note])).toEqual([
      ['a', 'Ghi chú\ndòng hai'],
      ['b', ''],
    ]);
    expect(await updateHighlight(db, 'missing', { note: 'x' }, 1)).toBeNull();
  });

  it('refuses a highlight for an article it has never seen, and writes nothing', async () => {
    await expect(putHighlight(db, highlight('x', 1, 'https://nowhere.vn/a'), 1)).rejects.toThrow('unknown article');
    expect(await db.highlights.count()).toBe(0);
  });
});
