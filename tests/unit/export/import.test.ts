import { describe, expect, it } from 'vitest';
import { duplicateKey, MAX_IMPORT_CHARS, parseImport } from '../../../src/export/import';
import type { ImportResult } from '../../../src/export/import';
import { type Message, translateMessage } from '../../../src/i18n';
import { toWebAnnotation } from '../../../src/export/web-annotation';
import type { HighlightRecord } from '../../../src/highlight/model';
import { HANOI, HANOI_HIGHLIGHTS, ITEMS, NOW } from './fixtures';

const URL_TN = 'https://www.thanhnien.vn/thoi-su/quoc-hoi-thong-qua-luat-dat-dai-sua-doi-185240118.htm';
const UUID = '3f0c2b7e-8d4a-4c1e-9b2f-6a5d4c3b2a19';
let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const read = (value: unknown) => parseImport(typeof value === 'string' ? value : JSON.stringify(value), { now: NOW, newId });

/** Messages are codes; the tests read them as a Vietnamese reader (the reference text) would. */
const vi = (m: Message) => translateMessage('vi', m);
const en = (m: Message) => translateMessage('en', m);

function value(result: ImportResult) {
  if (!result.ok) throw new Error(vi(result.error));
  return result.value;
}
function code(result: ImportResult): Message {
  if (result.ok) throw new Error('imported');
  return result.error;
}
const error = (result: ImportResult) => vi(code(result));

/** An annotation as the Hypothesis client exports it. */
const hypothesis = {
  id: 'Xy3kQ9ZgEe-abc123',
  created: '2024-01-18T09:15:00.000000+00:00',
  updated: '2024-01-19T10:00:00.000000+00:00',
  uri: URL_TN,
  text: 'Luật Đất đai (sửa đổi) có hiệu lực từ 1/1/2025.\nCần đọc kỹ điều 79.',
  tags: ['luật', 'Green'],
  document: { title: ['Quốc hội thông qua Luật Đất đai (sửa đổi)'] },
  target: [
    {
      source: URL_TN,
      selector: [
        { type: 'RangeSelector', startContainer: '/div[1]/p[3]', startOffset: 0, endContainer: '/div[1]/p[3]', endOffset: 52 },
        { type: 'TextPositionSelector', start: 1204, end: 1256 },
        { type: 'TextQuoteSelector', exact: 'Quốc hội thông qua Luật Đất đai (sửa đổi)', prefix: 'Sáng 18/1, ', suffix: ' với 432/477 đại biểu' },
      ],
    },
  ],
};

describe('parseImport of other tools’ W3C and Hypothesis files', () => {
  it('reads a Hypothesis export: quote, position, note, colour tag, times, a new id and a minimal article', () => {
    const result = value(read({ export_date: '2024-02-01T00:00:00Z', client_version: '1.0', annotations: [hypothesis] }));
    expect(result.highlights).toEqual([
      {
        id: '00000000-0000-4000-8000-000000000001',
        articleUrl: URL_TN,
        selectors: [
          { type: 'TextPositionSelector', start: 1204, end: 1256 },
          { type: 'TextQuoteSelector', exact: 'Quốc hội thông qua Luật Đất đai (sửa đổi)', prefix: 'Sáng 18/1, ', suffix: ' với 432/477 đại biểu' },
        ],
        color: 'green',
        note: 'Luật Đất đai (sửa đổi) có hiệu lực từ 1/1/2025.\nCần đọc kỹ điều 79.',
        created: Date.parse('2024-01-18T09:15:00Z'),
        updated: Date.parse('2024-01-19T10:00:00Z'),
      },
    ]);
    expect(result.articles).toEqual([
      {
        url: URL_TN,
        title: null,
        byline: null,
        siteName: null,
        site: 'thanhnien.vn',
        published: null,
        lang: null,
        wordCount: 0,
        firstSeen: NOW.getTime(),
        lastSeen: NOW.getTime(),
        highlightCount: 1,
        highlightsUpdated: Date.parse('2024-01-19T10:00:00Z'),
      },
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('reads a single W3C annotation with a urn:uuid id, a string body, one selector object and a tagging body', () => {
    const result = value(
      read({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: `urn:uuid:${UUID}`,
        type: 'Annotation',
        body: ['Ghi chú ngắn', { type: 'TextualBody', purpose: 'tagging', value: 'blue' }],
        target: { source: URL_TN, selector: { type: 'TextQuoteSelector', exact: 'Luật Đất đai' } },
      }),
    );
    expect(result.highlights).toEqual([
      {
        id: UUID,
        articleUrl: URL_TN,
        selectors: [{ type: 'TextQuoteSelector', exact: 'Luật Đất đai', prefix: '', suffix: '' }],
        color: 'blue',
        note: 'Ghi chú ngắn',
        created: NOW.getTime(),
        updated: NOW.getTime(),
      },
    ]);
  });

  it('reads an array and an AnnotationPage, and makes unknown colours yellow', () => {
    const annotation = { id: UUID, bodyValue: 'ý kiến', body: { purpose: 'tagging', value: 'orange' }, target: hypothesis.target };
    for (const file of [[annotation], { type: 'AnnotationPage', items: [annotation] }]) {
      const [h] = value(read(file)).highlights;
      expect(h?.id).toBe(UUID);
      expect(h?.color).toBe('yellow');
      expect(h?.note).toBe('ý kiến');
    }
  });

  it('skips page notes, PDFs and replies with a reason naming each, and keeps the rest', () => {
    const result = value(
      read([
        hypothesis,
        { id: 'n1', target: URL_TN, text: 'Ghi chú cho cả trang' },
        { id: 'n2', target: [{ source: 'urn:x-pdf:4c7e1b', selector: [{ type: 'TextQuoteSelector', exact: 'Điều 79' }] }] },
        { id: 'n3', target: [{ source: URL_TN }], references: ['Xy3kQ9ZgEe-abc123'], text: 'Đồng ý' },
      ]),
    );
    expect(result.highlights).toHaveLength(1);
    expect(result.skipped[0]).toEqual({ key: 'import_at', subs: ['[1].target', { key: 'import_target_is_link' }] });
    expect(result.skipped.map(vi)).toEqual([
      '[1].target: chỉ là địa chỉ trang, không chỉ ra đoạn văn nào',
      '[2].target[0].source: không phải địa chỉ http(s)',
      '[3].target[0].selector: thiếu TextQuoteSelector',
    ]);
  });

  it('skips a second annotation with the same id', () => {
    const annotation = { id: `urn:uuid:${UUID}`, target: hypothesis.target };
    const result = value(read([annotation, annotation]));
    expect(result.highlights).toHaveLength(1);
    expect(result.skipped.map(vi)).toEqual(['[1].id: trùng id với một chú thích trước, bỏ qua']);
    expect(result.skipped.map(en)).toEqual(['[1].id: same id as an earlier annotation; skipped']);
  });

  it('keeps hostile strings as data', () => {
    const exact = '<script>alert(1)</script>=HYPERLINK("x") ](javascript:alert(1)) # heading\n---';
    const result = value(read({ target: { source: URL_TN, selector: { type: 'TextQuoteSelector', exact } }, bodyValue: exact }));
    expect(result.highlights[0]?.note).toBe(exact);
  });
});

describe('parseImport refuses bad files with a clear message, and returns nothing from them', () => {
  it('refuses an empty file', () => {
    expect(code(read(''))).toEqual({ key: 'import_empty' });
    expect(error(read(''))).toBe('Tệp trống.');
    expect(error(read(' \n\t'))).toBe('Tệp trống.');
  });

  it('refuses a file over 20 MB before reading it', () => {
    expect(code(read(' '.repeat(MAX_IMPORT_CHARS + 1)))).toEqual({ key: 'import_too_large', subs: [20.1, 20] });
    expect(error(read(' '.repeat(MAX_IMPORT_CHARS + 1)))).toBe('Tệp quá lớn (20,1 MB, tối đa 20 MB).');
    expect(error(read(' '.repeat(25 * 1024 * 1024)))).toBe('Tệp quá lớn (25 MB, tối đa 20 MB).');
    expect(en(code(read(' '.repeat(MAX_IMPORT_CHARS + 1))))).toBe('The file is too large (20.1 MB; the limit is 20 MB).');
  });

  it('says where a JSON file is broken, and when it was cut short', () => {
    const json = JSON.stringify(toWebAnnotation(ITEMS, { now: NOW }), null, 2);
    expect(error(read(json.slice(0, 200)))).toMatch(/^Tệp không phải JSON hợp lệ: (tệp dừng giữa chừng|lỗi) ở dòng \d+, cột \d+/);
    expect(error(read('[1, 2'))).toMatch(/^Tệp không phải JSON hợp lệ: .*dòng 1, cột/);
    expect(code(read('{\n  "a": 1,\n}'))).toEqual({
      key: 'import_bad_json',
      subs: [{ key: 'import_json_error_at', subs: [{ key: 'import_line_column', subs: [3, 1] }] }],
    });
    expect(error(read('{\n  "a": 1,\n}'))).toBe('Tệp không phải JSON hợp lệ: lỗi ở dòng 3, cột 1.');
    expect(en(code(read('{\n  "a": 1,\n}')))).toBe('The file is not valid JSON: error at line 3, column 1.');
  });

  it('refuses JSON that is not annotations', () => {
    expect(code(read('42'))).toEqual({ key: 'import_unknown_json', subs: [{ key: 'import_kind_number' }] });
    expect(error(read('42'))).toBe('Không nhận ra định dạng: cần một đối tượng hoặc mảng JSON, gặp một số.');
    expect(en(code(read('42')))).toBe('Unknown format: expected a JSON object or array, found a number.');
    expect(error(read({ hello: 'world' }))).toMatch(/^Không nhận ra định dạng: cần một Annotation/);
    expect(error(read(['chuỗi']))).toBe('[0]: cần một Annotation (đối tượng), gặp một chuỗi');
    expect(error(read({ type: 'AnnotationCollection', first: 'https://example.com/page1' }))).toBe(
      'first: trang chú thích nằm ngoài tệp (chỉ có liên kết), không đọc được.',
    );
  });

  it('names what is wrong and where in our own export', () => {
    const broken = (edit: (c: ReturnType<typeof toWebAnnotation>) => void) => {
      const collection = structuredClone(toWebAnnotation(ITEMS, { now: NOW }));
      edit(collection);
      return error(read(collection));
    };
    expect(broken((c) => (c.first.items[3]!.target.selector = [{ type: 'TextPositionSelector', start: 1, end: 2 }]))).toBe(
      'first.items[3].target.selector: thiếu TextQuoteSelector',
    );
    expect(broken((c) => Object.assign(c.first.items[1]!.target.selector[0]!, { exact: 5 }))).toBe(
      'first.items[1].target.selector[0].exact: cần một chuỗi, gặp một số',
    );
    const collection = structuredClone(toWebAnnotation(ITEMS, { now: NOW }));
    Object.assign(collection.first.items[1]!.target.selector[0]!, { exact: 5 });
    expect(code(read(collection))).toEqual({
      key: 'import_at',
      subs: [
        'first.items[1].target.selector[0].exact',
        { key: 'import_expected', subs: [{ key: 'import_kind_string' }, { key: 'import_kind_number' }] },
      ],
    });
    expect(en(code(read(collection)))).toBe('first.items[1].target.selector[0].exact: expected a string, found a number');
    expect(broken((c) => Object.assign(c.first.items[0]!.target.selector[1]!, { start: 50, end: 10 }))).toBe(
      'first.items[0].target.selector[1]: end nhỏ hơn start',
    );
    expect(broken((c) => (c.first.items[0]!.created = 'hôm qua'))).toBe('first.items[0].created: không phải ngày giờ ISO 8601');
    expect(broken((c) => Object.assign(c.chuGiai.articles[0]!, { url: 'javascript:alert(1)' }))).toBe(
      'chuGiai.articles[0].url: không phải địa chỉ http(s)',
    );
    expect(broken((c) => Object.assign(c.chuGiai.articles[1]!, { wordCount: -1 }))).toBe('chuGiai.articles[1].wordCount: cần ≥ 0');
    expect(broken((c) => Object.assign(c.chuGiai.articles[1]!, { title: undefined }))).toBe('chuGiai.articles[1].title: thiếu');
    expect(broken((c) => Object.assign(c.chuGiai, { version: 2 }))).toBe(
      'chuGiai.version: tệp từ phiên bản Chú Giải mới hơn, hãy cập nhật tiện ích',
    );
  });

  it('refuses over-long text without repeating it', () => {
    const exact = `<b>${'Hà Nội '.repeat(3000)}</b>`;
    const message = error(read({ target: { source: URL_TN, selector: { type: 'TextQuoteSelector', exact } } }));
    expect(message).toBe('target.selector.exact: dài quá 20.000 ký tự');
    expect(message).not.toContain('Hà Nội');
  });

  it('refuses the whole file when one annotation is invalid, even after good ones', () => {
    const bad = { target: { source: URL_TN, selector: [{ type: 'TextQuoteSelector', exact: 'x', prefix: ['không'] }] } };
    expect(error(read([hypothesis, hypothesis, bad]))).toBe('[2].target.selector[0].prefix: cần một chuỗi, gặp một mảng');
  });
});

describe('duplicateKey', () => {
  const h = HANOI_HIGHLIGHTS[1]!;
  const withQuote = (exact: string): HighlightRecord => ({
    ...h,
    id: 'other',
    selectors: h.selectors.map((s) => (s.type === 'TextQuoteSelector' ? { ...s, exact } : s)),
  });

  it('is the same for the same passage in NFD or with the other tone placement', () => {
    const quote = 'Ông Nguyễn Văn Hòa, hiệu trưởng một trường THPT ở TP. Huế';
    expect(duplicateKey(withQuote(quote.normalize('NFD')))).toBe(duplicateKey(h));
    expect(duplicateKey(withQuote(quote.replace('Hòa', 'Hoà')))).toBe(duplicateKey(h));
  });

  it('differs for another place, quote or article', () => {
    const moved = { ...h, selectors: h.selectors.map((s) => (s.type === 'TextPositionSelector' ? { ...s, start: 1, end: 57 } : s)) };
    expect(duplicateKey(moved)).not.toBe(duplicateKey(h));
    expect(duplicateKey(withQuote('Ông Nguyễn Văn Hòa'))).not.toBe(duplicateKey(h));
    expect(duplicateKey({ ...h, articleUrl: `${HANOI.url}?page=2` })).not.toBe(duplicateKey(h));
  });
});
