import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DictionaryEntry } from '../../../src/dictionary/model';
import { ChuGiaiDb, highlightsOf } from '../../../src/store/db';
import {
  deleteEntry,
  ImportConflictError,
  importDictionary,
  keepDefinition,
  listDictionary,
  restoreEntry,
  saveEntry,
} from '../../../src/store/dictionary';

let factory: IDBFactory;
let db: ChuGiaiDb;
let ids = 0;
const defaults = (now: number) => ({ now, newId: () => `id${++ids}`, origin: 'manual' as const });

beforeEach(() => {
  factory = new IDBFactory();
  db = new ChuGiaiDb('test', { indexedDB: factory, IDBKeyRange });
  ids = 0;
});
afterEach(() => db.close());

describe('schema version 3 (the reader’s dictionary)', () => {
  it('upgrades a version 2 database with articles and highlights, keeping them, and adds an empty dictionary', async () => {
    db.close();
    // Written with the released version 2 schema, exactly as it shipped.
    const v2 = new Dexie('legacy', { indexedDB: factory, IDBKeyRange });
    v2.version(1).stores({ articles: '&url, site, lastSeen, published' });
    v2.version(2).stores({
      articles: '&url, site, lastSeen, published, highlightsUpdated',
      highlights: '&id, articleUrl, updated, [articleUrl+created]',
    });
    const url = 'https://baovecongly.vn/bai-1.html';
    const article = { url, site: 'baovecongly.vn', title: 'Hải Phòng', byline: null, siteName: null, published: null, lang: 'vi', wordCount: 10, firstSeen: 1, lastSeen: 2, highlightCount: 1, highlightsUpdated: 3 };
    const highlight = {
      id: 'h1',
      articleUrl: url,
      selectors: [{ type: 'TextQuoteSelector', exact: 'Hải Phòng', prefix: '', suffix: '' }],
      color: 'yellow',
      note: 'ghi chú',
      created: 3,
      updated: 3,
    };
    await v2.table('articles').put(article);
    await v2.table('highlights').put(highlight);
    v2.close();

    const v3 = new ChuGiaiDb('legacy', { indexedDB: factory, IDBKeyRange });
    expect(await v3.articles.get(url)).toEqual(article);
    expect(await highlightsOf(v3, url)).toEqual([highlight]);
    expect(await listDictionary(v3)).toEqual([]);
    expect(v3.verno).toBe(3);
    const saved = await saveEntry(v3, { form: 'HSKH', expansion: 'hồ sơ khoa học' }, defaults(10));
    expect(saved.ok).toBe(true);
    expect((await listDictionary(v3)).map((e) => e.form)).toEqual(['HSKH']);
    v3.close();
  });
});

describe('dictionary helpers', () => {
  it('saves, edits (keeping created and origin), deletes and restores an entry', async () => {
    const first = await saveEntry(db, { form: 'UBND', expansion: 'ủy ban' }, defaults(100));
    const entry = first.ok && 'value' in first ? first.value : null;
    expect(entry).toMatchObject({ id: 'id1', form: 'UBND', created: 100, updated: 100, origin: 'manual' });
    const edited = await saveEntry(db, { ...entry!, expansion: 'Ủy ban nhân dân', created: 999, origin: 'import' }, defaults(200));
    expect(edited).toMatchObject({ ok: true, value: { id: 'id1', expansion: 'Ủy ban nhân dân', created: 100, updated: 200, origin: 'manual' } });
    const deleted = await deleteEntry(db, 'id1');
    expect(await listDictionary(db)).toEqual([]);
    await restoreEntry(db, deleted!);
    expect((await listDictionary(db)).map((e) => e.expansion)).toEqual(['Ủy ban nhân dân']);
    expect(await deleteEntry(db, 'missing')).toBeNull();
  });

  it('refuses to undo a delete when the written form was added again meanwhile: never two entries for one form', async () => {
    await saveEntry(db, { form: 'HSKH', expansion: 'hồ sơ khoa học', otherForms: 'HS-KH' }, defaults(1));
    const deleted = await deleteEntry(db, 'id1');
    // Kept again from an article tab after the delete.
    await keepDefinition(db, { form: 'HS-KH', expansion: 'Hồ sơ khoa học' }, { now: 2, newId: () => 'k1' });
    expect(await restoreEntry(db, deleted!)).toMatchObject({ ok: false, clash: { id: 'k1', form: 'HS-KH' } });
    expect(await listDictionary(db)).toMatchObject([{ id: 'k1', form: 'HS-KH', origin: 'article' }]);
    // With nothing in the way, undo brings it back as it was.
    await deleteEntry(db, 'k1');
    expect(await restoreEntry(db, deleted!)).toEqual({ ok: true });
    expect(await listDictionary(db)).toEqual([deleted]);
  });

  it('refuses a second entry with the same written form (tone placement aside), and an invalid one, writing nothing', async () => {
    await saveEntry(db, { kind: 'place', form: 'Hòa Bình', expansion: 'x' }, defaults(1));
    const clash = await saveEntry(db, { kind: 'place', form: 'Hoà Bình', expansion: 'y' }, defaults(2));
    expect(clash).toMatchObject({ ok: false, clash: { form: 'Hòa Bình' } });
    const invalid = await saveEntry(db, { kind: 'place', form: 'hà Nội', expansion: '' }, defaults(3));
    expect(invalid).toMatchObject({ ok: false, issues: [{ field: 'form', code: 'place-capital' }, { field: 'expansion', code: 'required' }] });
    expect(await db.dictionary.count()).toBe(1);
  });

  it('keeps an article’s definition once, updating the expansion when kept again', async () => {
    const kept = await keepDefinition(db, { form: 'HSKH', expansion: 'Hồ sơ khoa học' }, { now: 5, newId: () => 'k1' });
    expect(kept).toMatchObject({ ok: true, value: { id: 'k1', kind: 'abbr', form: 'HSKH', origin: 'article' } });
    await keepDefinition(db, { form: 'HSKH', expansion: 'Hồ sơ khoa học (bản sửa)' }, { now: 6, newId: () => 'k2' });
    expect(await listDictionary(db)).toMatchObject([{ id: 'k1', expansion: 'Hồ sơ khoa học (bản sửa)', updated: 6 }]);
    expect((await keepDefinition(db, { form: '(', expansion: 'x' }, { now: 7, newId: () => 'k3' })).ok).toBe(false);
  });

  it('imports in one transaction, and writes nothing when a row clashes with what was stored since the preview', async () => {
    const entry = (id: string, form: string): DictionaryEntry => ({
      id, kind: 'abbr', form, otherForms: [], expansion: form.toLowerCase(), english: '', note: '', created: 1, updated: 1, origin: 'import',
    });
    const merge = await importDictionary(db, [{ row: 2, entry: entry('a', 'AA') }, { row: 3, entry: entry('b', 'BB') }]);
    expect([merge.added, merge.replaced]).toEqual([2, 0]);
    // Stored meanwhile: "CC" under id c; the file has id a with form CC.
    await saveEntry(db, { id: 'c', form: 'CC', expansion: 'cc' }, defaults(2));
    await expect(importDictionary(db, [{ row: 2, entry: entry('d', 'DD') }, { row: 3, entry: entry('a', 'CC') }])).rejects.toBeInstanceOf(ImportConflictError);
    expect((await listDictionary(db)).map((e) => e.form).sort()).toEqual(['AA', 'BB', 'CC']);
  });
});
