/**
 * Highlights as CSV, one row per highlight, with the columns Readwise's CSV import reads (Highlight, Title, Author, URL,
 * Note, Location, Date) and two of ours after them. Opens in Excel and Google Sheets with Vietnamese intact.
 */
import { positionSelectorOf, quoteSelectorOf } from './shared';
import type { ExportArticle } from './types';

export const CSV_COLUMNS = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date', 'Color', 'Site'] as const;

// Spreadsheets run a cell starting with these as a formula (OWASP "CSV injection"); white space before them too, in
// some. A leading apostrophe makes the cell text.
export const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: formula-safe, and quoted (RFC 4180, `"` doubled) when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The highlights of `items` as CSV text: a UTF-8 byte order mark (so Excel reads UTF-8), the header row, one row per
 * highlight, CRLF line ends. Location is the highlight's start offset in the reader text (UTF-16 units), empty when
 * unknown; Date is when it was created (ISO 8601, UTC).
 */
export function toCsv(items: readonly ExportArticle[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const { article, highlights } of items) {
    for (const h of highlights) {
      const position = positionSelectorOf(h);
      rows.push([
        quoteSelectorOf(h)?.exact ?? '',
        article.title ?? '',
        article.byline ?? '',
        article.url,
        h.note,
        position ? String(position.start) : '',
        new Date(h.created).toISOString(),
        h.color,
        article.siteName ?? article.site,
      ]);
    }
  }
  return `\ufeff${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
