import { describe, expect, it } from 'vitest';
import type { HighlightRecord } from '../../../src/highlight/model';
import { EMPTY_FILTER, filterLibrary, linkToHighlight, searchKey } from '../../../src/library/filter';
import type { ArticleRecord } from '../../../src/store/db';

const article = (url: string, site: string, title: string, published: string | null): ArticleRecord => ({
  url, site, title, published, byline: null, siteName: null, lang: 'vi', wordCount: 100, firstSeen: 1, lastSeen: 2,
  highlightCount: 1, highlightsUpdated: 2,
});
const hl = (id: string, url: string, exact: string, start: number, extra: Partial<HighlightRecord> = {}): HighlightRecord => ({
  id, articleUrl: url, color: 'yellow', note: '', created: Date.UTC(2025, 0, 10), updated: Date.UTC(2025, 0, 10),
  selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end: start + exact.length }],
  ...extra,
});

const A = article('https://baovecongly.vn/a', 'baovecongly.vn', 'Hải Phòng, Hải Dương và Quảng Ninh', '2022-03-15T10:10:00+07:00');
const B = article('https://vnexpress.net/b', 'vnexpress.net', 'Chính quyền phường, xã mới', '2025-07-14T08:30:00+07:00');
const highlights = [
  hl('2', A.url, 'phát triển KT-XH nhanh', 300),
  hl('1', A.url, 'Thành ủy Hải Phòng, Tỉnh ủy Hải Dương', 20, { color: 'green', note: 'Ba địa phương' }),
  hl('3', B.url, 'phường Thủy Nguyên', 50, { updated: Date.UTC(2025, 6, 20), created: Date.UTC(2025, 6, 20) }),
];

describe('library search and filters', () => {
  it('finds Vietnamese with or without tone marks, whatever the tone placement', () => {
    expect(searchKey('Hải Phòng')).toBe('hai phong');
    const hits = (query: string) => filterLibrary([A, B], highlights, { ...EMPTY_FILTER, query }).flatMap((g) => g.highlights.map((h) => h.id));
    expect(hits('tinh uy hai duong')).toEqual(['1']);
    expect(hits('Tỉnh ủy')).toEqual(['1']);
    expect(hits('thuy nguyen')).toEqual(['3']);
    expect(hits('Thuỷ Nguyên')).toEqual(['3']);
    expect(hits('ba dia phuong')).toEqual(['1']); // in the note
    expect(hits('quang ninh')).toEqual(['1', '2']); // in the title: the whole article
  });

  it('keeps highlights in reading order inside an article, articles newest first', () => {
    const groups = filterLibrary([A, B], highlights, EMPTY_FILTER);
    expect(groups.map((g) => g.article.url)).toEqual([B.url, A.url]);
    expect(groups[1]!.highlights.map((h) => h.id)).toEqual(['1', '2']);
    const byPublished = filterLibrary([A, B], highlights, { ...EMPTY_FILTER, sort: 'published' });
    expect(byPublished.map((g) => g.article.url)).toEqual([B.url, A.url]);
  });

  it('filters by site, colour and saved date', () => {
    const ids = (f: Partial<typeof EMPTY_FILTER>) => filterLibrary([A, B], highlights, { ...EMPTY_FILTER, ...f }).flatMap((g) => g.highlights.map((h) => h.id));
    expect(ids({ site: 'vnexpress.net' })).toEqual(['3']);
    expect(ids({ color: 'green' })).toEqual(['1']);
    expect(ids({ from: '2025-07-01' })).toEqual(['3']);
    expect(ids({ to: '2025-01-31' })).toEqual(['1', '2']);
  });

  it('links to the article at the highlight with a text fragment', () => {
    expect(linkToHighlight(highlights[1]!)).toBe(
      'https://baovecongly.vn/a#:~:text=Th%C3%A0nh%20%E1%BB%A7y%20H%E1%BA%A3i%20Ph%C3%B2ng%2C%20T%E1%BB%89nh%20%E1%BB%A7y%20H%E1%BA%A3i%20D%C6%B0%C6%A1ng',
    );
  });
});
