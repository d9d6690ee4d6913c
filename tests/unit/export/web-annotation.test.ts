import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/export/import';
import { toWebAnnotation } from '../../../src/export/web-annotation';
import { asStored, HANOI, HANOI_HIGHLIGHTS, HOSTILE, HOSTILE_HIGHLIGHTS, ITEMS, NOW } from './fixtures';

describe('toWebAnnotation', () => {
  const collection = toWebAnnotation(ITEMS, { now: NOW });

  it('is a W3C AnnotationCollection with one embedded page', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(4);
    expect(collection.label).toBe('Chú Giải: 2 bài, 4 đoạn đánh dấu');
    expect(toWebAnnotation(ITEMS.slice(0, 1), { now: NOW, locale: 'en' }).label).toBe('Chú Giải: 1 article, 2 highlights');
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.items).toHaveLength(4);
  });

  it('writes a highlight as a highlighting annotation with its colour as a tag', () => {
    expect(collection.first.items[0]).toEqual({
      id: 'urn:uuid:0b5e7c1a-3f2d-4e8b-9a61-2c4d5e6f7a80',
      type: 'Annotation',
      motivation: 'highlighting',
      created: '2025-11-05T02:01:00.123Z',
      modified: '2025-11-05T02:01:00.123Z',
      body: [{ type: 'TextualBody', value: 'yellow', format: 'text/plain', purpose: 'tagging' }],
      target: { source: HANOI.url, selector: HANOI_HIGHLIGHTS[0]?.selectors },
    });
  });

  it('writes a note as a commenting body', () => {
    const annotation = collection.first.items[1];
    expect(annotation?.motivation).toBe('commenting');
    expect(annotation?.body[0]).toEqual({
      type: 'TextualBody',
      value: 'Hỏi thêm ông Hoà về kết quả khám.\nSo sánh với năm ngoái: sức khoẻ tâm thần?',
      format: 'text/plain',
      purpose: 'commenting',
    });
  });

  it('carries the article records for a complete restore', () => {
    expect(collection.chuGiai).toEqual({ version: 1, articles: [HANOI, HOSTILE] });
  });
});

describe('JSON round trip', () => {
  it('restores the same articles and highlights: ids, colours, notes, selectors and times', () => {
    const json = JSON.stringify(toWebAnnotation(ITEMS, { now: NOW }), null, 2);
    const result = parseImport(json, { now: new Date('2030-01-01T00:00:00Z') });
    expect(result).toEqual({
      ok: true,
      value: { articles: [HANOI, HOSTILE], highlights: [...HANOI_HIGHLIGHTS, ...HOSTILE_HIGHLIGHTS], skipped: [] },
    });
    if (result.ok) expect(result.value.articles.map(asStored)).toHaveLength(2);
  });

  it('keeps a note of only spaces and an article without highlights', () => {
    const spaced = { ...HANOI_HIGHLIGHTS[0]!, note: '   ' };
    const lonely = { ...HOSTILE, url: 'https://thanhnien.vn/bai-khong-co-danh-dau.htm', highlightCount: 0 };
    const items = [
      { article: HANOI, highlights: [spaced] },
      { article: lonely, highlights: [] },
    ];
    const result = parseImport(JSON.stringify(toWebAnnotation(items, { now: NOW })), { now: NOW });
    expect(result).toEqual({ ok: true, value: { articles: [HANOI, lonely], highlights: [spaced], skipped: [] } });
  });
});
