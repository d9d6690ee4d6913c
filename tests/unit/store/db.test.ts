import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../src/extract/types';
import { ChuGiaiDb, recordArticleSeen } from '../../../src/store/db';

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
beforeEach(() => {
  db = new ChuGiaiDb('test', { indexedDB: new IDBFactory(), IDBKeyRange });
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
