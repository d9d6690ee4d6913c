// Exporting and importing 10,000 highlights (pure code, Node): each format, then parsing our own JSON back.
// Peer, same run: JSON.stringify / JSON.parse of the same records, the floor of any export or import.
import { RUNS, time } from './timing';
import { exportFile, EXPORT_FORMATS } from '../src/export/files';
import { parseImport } from '../src/export/import';
import type { ExportArticle } from '../src/export/types';
import type { HighlightRecord } from '../src/highlight/model';

const HIGHLIGHTS = 10_000;
const PER_ARTICLE = 20;

const quote = 'Thời gian qua, Hải Phòng, Hải Dương và Quảng Ninh đã tích cực chỉ đạo, triển khai các nội dung về hợp tác';
const items: ExportArticle[] = [];
for (let a = 0; a < HIGHLIGHTS / PER_ARTICLE; a++) {
  const url = `https://baovecongly.vn/bai-${a}.html`;
  const highlights: HighlightRecord[] = [];
  for (let k = 0; k < PER_ARTICLE; k++) {
    const id = crypto.randomUUID();
    const start = k * 200;
    highlights.push({
      id,
      articleUrl: url,
      selectors: [
        { type: 'TextQuoteSelector', exact: `${quote} ${a}-${k}`, prefix: 'BVCL - Với chủ đề “Chia sẻ - Liên kết”, ', suffix: ' nhằm phát triển KT-XH nhanh, bền vững' },
        { type: 'TextPositionSelector', start, end: start + quote.length },
      ],
      color: (['yellow', 'green', 'blue', 'pink', 'purple'] as const)[k % 5]!,
      note: k % 3 === 0 ? 'Ghi chú: xem lại số liệu.\nDòng hai.' : '',
      created: 1_700_000_000_000 + a * 1000 + k,
      updated: 1_700_000_000_000 + a * 1000 + k,
    });
  }
  items.push({
    article: {
      url, title: `Bài số ${a}: hợp tác phát triển vùng`, byline: 'Vũ Ba', siteName: 'Báo Bảo vệ Công lý', site: 'baovecongly.vn',
      published: '2022-03-15T10:10:00+07:00', lang: 'vi', wordCount: 1073, firstSeen: 1, lastSeen: 2, highlightCount: PER_ARTICLE, highlightsUpdated: 2,
    },
    highlights,
  });
}

const now = new Date();
console.log(`\nExport and import of ${HIGHLIGHTS.toLocaleString('en')} highlights in ${items.length} articles, median of ${RUNS} (target < 2,000 ms each)`);
const floorOut = time(() => JSON.stringify(items));
for (const [format, label] of EXPORT_FORMATS) {
  let size = 0;
  const ms = time(() => {
    size = exportFile(format, items, { now, scope: 'tat-ca' }).text.length;
  });
  console.log(`  export ${label.padEnd(9)} ${ms.toFixed(0).padStart(6)} ms  ${(size / 1e6).toFixed(1)} M chars  (${(ms / floorOut).toFixed(1)}x JSON.stringify of the records: ${floorOut.toFixed(0)} ms)`);
}
const json = exportFile('json', items, { now, scope: 'tat-ca' }).text;
const floorIn = time(() => JSON.parse(json));
let count = 0;
const importMs = time(() => {
  const r = parseImport(json, { now });
  count = r.ok ? r.value.highlights.length : -1;
});
console.log(`  import JSON (validate, ${count} highlights) ${importMs.toFixed(0)} ms  (${(importMs / floorIn).toFixed(1)}x JSON.parse alone: ${floorIn.toFixed(0)} ms)`);

// For the library's first-screen benchmark in Chromium (bench/library-screen.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('bench/.out', { recursive: true });
writeFileSync('bench/.out/library-10k.json', json);
