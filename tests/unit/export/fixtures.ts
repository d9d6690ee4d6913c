/** Articles and highlights as the store holds them, for the export tests: Vietnamese news, and a hostile page. */
import type { HighlightRecord } from '../../../src/highlight/model';
import type { ArticleRecord as StoredArticle } from '../../../src/store/db';
import type { ArticleRecord, ExportArticle } from '../../../src/export/types';

// The export's ArticleRecord and the store's must stay the same type: each is assigned to the other here.
const asExported = (a: StoredArticle): ArticleRecord => a;
export const asStored = (a: ArticleRecord): StoredArticle => a;

export const NOW = new Date('2025-11-06T03:00:00.000Z');

const t = (iso: string) => Date.parse(iso);

export const HANOI = asExported({
  url: 'https://vnexpress.net/ha-noi-kham-suc-khoe-mien-phi-cho-hoc-sinh-thpt-4812345.html',
  title: 'Hà Nội khám sức khỏe miễn phí cho 20.000 học sinh THPT',
  byline: 'Thanh Hằng',
  siteName: 'VnExpress',
  site: 'vnexpress.net',
  published: '2025-11-05T08:30:00+07:00',
  lang: 'vi',
  wordCount: 812,
  firstSeen: t('2025-11-05T02:00:00Z'),
  lastSeen: t('2025-11-05T03:10:00Z'),
  highlightCount: 2,
  highlightsUpdated: t('2025-11-05T03:05:00Z'),
});

export const HANOI_HIGHLIGHTS: HighlightRecord[] = [
  {
    id: '0b5e7c1a-3f2d-4e8b-9a61-2c4d5e6f7a80',
    articleUrl: HANOI.url,
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: 'Sở Y tế TP Hà Nội phối hợp với Sở GD-ĐT',
        prefix: '',
        suffix: ' triển khai chương trình khám sàng lọc',
      },
      { type: 'TextPositionSelector', start: 0, end: 39 },
    ],
    color: 'yellow',
    note: '',
    created: t('2025-11-05T02:01:00.123Z'),
    updated: t('2025-11-05T02:01:00.123Z'),
  },
  {
    id: '7d3c9e2f-1a4b-4c5d-8e6f-90a1b2c3d4e5',
    articleUrl: HANOI.url,
    selectors: [
      {
        type: 'TextQuoteSelector',
        // Old-style tone placement ("hòa"), as the page wrote it.
        exact: 'Ông Nguyễn Văn Hòa, hiệu trưởng một trường THPT ở TP. Huế',
        prefix: 'nhiều trường hợp cận thị. ',
        suffix: ', cho biết phụ huynh rất yên tâm',
      },
      { type: 'TextPositionSelector', start: 412, end: 468 },
    ],
    color: 'green',
    // New-style tone placement ("hoà", "khoẻ") in the note.
    note: 'Hỏi thêm ông Hoà về kết quả khám.\nSo sánh với năm ngoái: sức khoẻ tâm thần?',
    created: t('2025-11-05T03:00:00Z'),
    updated: t('2025-11-05T03:05:00Z'),
  },
];

export const HOSTILE_TEXT =
  '=HYPERLINK("http://evil.example","bấm") <script>alert(1)</script> [x](javascript:alert(1)) <!-- c --> ' +
  '"quoted": yes # not a tag \\ `code` | a | *bold* _it_ %%hidden%% &amp;';

export const HOSTILE = asExported({
  url: 'https://tuoitre.vn/bai-viet?id=1&x="><script>alert(1)</script>',
  title: '# Heading: "trích dẫn" --- \n- list <script>alert(1)</script>](javascript:alert(1))',
  byline: '=HYPERLINK("http://evil.example","x")',
  siteName: '- Tuổi Trẻ: "Online" #tag',
  site: 'tuoitre.vn',
  published: '2025-11-04T21:00:00+07:00',
  lang: 'vi',
  wordCount: 10,
  firstSeen: t('2025-11-04T15:00:00Z'),
  lastSeen: t('2025-11-04T15:00:00Z'),
  highlightCount: 2,
  highlightsUpdated: t('2025-11-04T15:30:00Z'),
});

export const HOSTILE_HIGHLIGHTS: HighlightRecord[] = [
  {
    id: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b',
    articleUrl: HOSTILE.url,
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: `# heading\n---\n- item\n> quoted\n1. first\n    code\n${HOSTILE_TEXT}`,
        prefix: '"prefix"\n',
        suffix: '\r\nsuffix,',
      },
    ],
    color: 'pink',
    note: `+cmd|' /C calc'!A0\n\n---\n# note heading\n<img src=x onerror=alert(1)>\n${HOSTILE_TEXT}`,
    created: t('2025-11-04T15:10:00Z'),
    updated: t('2025-11-04T15:30:00Z'),
  },
  {
    id: 'a0b1c2d3-e4f5-4a6b-8c7d-8e9f0a1b2c3d',
    articleUrl: HOSTILE.url,
    selectors: [
      { type: 'TextQuoteSelector', exact: '@SUM(A1:A9)', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 5, end: 16 },
    ],
    color: 'purple',
    note: '-1+1',
    created: t('2025-11-04T15:20:00Z'),
    updated: t('2025-11-04T15:20:00Z'),
  },
];

export const ITEMS: ExportArticle[] = [
  { article: HANOI, highlights: HANOI_HIGHLIGHTS },
  { article: HOSTILE, highlights: HOSTILE_HIGHLIGHTS },
];

/** A tiny RFC 4180 reader: rows of cells. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
