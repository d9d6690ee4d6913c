import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, toCsv } from '../../../src/export/csv';
import { HANOI, HANOI_HIGHLIGHTS, HOSTILE_HIGHLIGHTS, HOSTILE_TEXT, ITEMS, readCsv } from './fixtures';

describe('toCsv', () => {
  const csv = toCsv(ITEMS);

  it('starts with a UTF-8 byte order mark and the Readwise header, and ends every line with CRLF', () => {
    expect(csv.startsWith('\ufeffHighlight,Title,Author,URL,Note,Location,Date,Color,Site\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every LF outside a quoted cell is part of a CRLF.
    expect(readCsv(csv.slice(1)).every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('writes one row per highlight with Vietnamese text unchanged', () => {
    const rows = readCsv(csv.slice(1));
    expect(rows).toHaveLength(1 + HANOI_HIGHLIGHTS.length + HOSTILE_HIGHLIGHTS.length);
    expect(rows[2]).toEqual([
      'Ông Nguyễn Văn Hòa, hiệu trưởng một trường THPT ở TP. Huế',
      HANOI.title,
      'Thanh Hằng',
      HANOI.url,
      'Hỏi thêm ông Hoà về kết quả khám.\nSo sánh với năm ngoái: sức khoẻ tâm thần?',
      '412',
      '2025-11-05T03:00:00.000Z',
      'green',
      'VnExpress',
    ]);
  });

  it('quotes commas, quotes and line breaks so hostile text stays in its cell', () => {
    const [, , , hostile, second] = readCsv(csv.slice(1));
    expect(hostile?.[0]).toBe(`# heading\n---\n- item\n> quoted\n1. first\n    code\n${HOSTILE_TEXT}`);
    expect(hostile?.[5]).toBe('');
    expect(second?.[0]).toBe("'@SUM(A1:A9)");
  });

  it('makes every cell that a spreadsheet would run as a formula start with an apostrophe', () => {
    const [, , , hostile, second] = readCsv(csv.slice(1));
    expect(hostile?.[2]).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(hostile?.[4]?.startsWith("'+cmd|")).toBe(true);
    expect(hostile?.[8]).toBe('\'- Tuổi Trẻ: "Online" #tag');
    expect(second?.[4]).toBe("'-1+1");
    for (const start of ['=', '+', '-', '@', '\t', '\r', ' =']) expect(csvCell(`${start}1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('Hà Nội, 5%')).toBe('"Hà Nội, 5%"');
  });

  it('writes only the header when there are no highlights', () => {
    expect(toCsv([])).toBe('\ufeffHighlight,Title,Author,URL,Note,Location,Date,Color,Site\r\n');
  });
});
