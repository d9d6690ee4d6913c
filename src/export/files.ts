/** One export as a file: its name (site and date), its type and its text. */
import type { Locale } from '../i18n';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import type { ExportArticle, Glossary } from './types';
import { toWebAnnotation } from './web-annotation';

export type ExportFormat = 'markdown' | 'csv' | 'json' | 'html';

export const EXPORT_FORMATS: ReadonlyArray<[ExportFormat, string]> = [
  ['markdown', 'Markdown'],
  ['csv', 'CSV'],
  ['json', 'JSON'],
  ['html', 'HTML'],
];

const FILE_TYPES: Record<ExportFormat, [extension: string, mime: string]> = {
  markdown: ['md', 'text/markdown;charset=utf-8'],
  csv: ['csv', 'text/csv;charset=utf-8'],
  json: ['json', 'application/ld+json;charset=utf-8'],
  html: ['html', 'text/html;charset=utf-8'],
};

/**
 * @param scope what the file holds, for its name: a site (`baovecongly.vn`) or `tat-ca` (everything)
 * @param glossary places and abbreviations per article, for the Markdown glossary section
 * @param locale the language of the labels in Markdown, HTML and the JSON's label (CSV's column names are Readwise's,
 *   in English); default Vietnamese
 */
export function exportFile(
  format: ExportFormat,
  items: readonly ExportArticle[],
  options: { now: Date; scope: string; glossary?: Glossary; locale?: Locale },
): { name: string; type: string; text: string } {
  const { now, scope, glossary, locale = 'vi' } = options;
  const text =
    format === 'markdown'
      ? toMarkdown(items, { now, locale, ...(glossary ? { glossary } : {}) })
      : format === 'csv'
        ? toCsv(items)
        : format === 'json'
          ? JSON.stringify(toWebAnnotation(items, { now, locale }), null, 2)
          : toHtml(items, { now, locale });
  const [extension, type] = FILE_TYPES[format];
  const safeScope = scope.replace(/[^a-z0-9.-]+/gi, '-');
  return { name: `chu-giai-${safeScope}-${now.toISOString().slice(0, 10)}.${extension}`, type, text };
}
