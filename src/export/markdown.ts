/**
 * Highlights as Markdown that reads well as plain text and opens in Obsidian. Page text and notes are escaped so they
 * stay text: no link, heading, list, HTML, comment or table can come out of them.
 *
 * One article: an Obsidian note, YAML front matter (Obsidian's properties) and `# Title`. Several articles: one file
 * with a top-level `# …` heading and a `## Title` section per article, without front matter, since a Markdown file
 * has one front matter block and Obsidian reads a note per file; splitting into several files is the caller's choice.
 */
import type { HighlightRecord } from '../highlight/model';
import { type Locale, type MessageKey, translate } from '../i18n';
import { displayDate, displayTitle, exportSummary, isHttpUrl, quoteSelectorOf, vietnamDate } from './shared';
import type { ArticleRecord, ExportArticle, Glossary, GlossaryItem } from './types';

export interface MarkdownOptions {
  now: Date;
  /** The language of the labels (headings, counts); page text and notes stay as they are. Default Vietnamese. */
  locale?: Locale;
  /** Places and abbreviations to list under each article, by article URL. */
  glossary?: Glossary;
}

// Characters that start Markdown (CommonMark, GFM, Obsidian) syntax anywhere in a line. `&` starts entities, `~` and
// `` ` `` fences and strikethrough, `|` tables, `$` Obsidian maths, `[` links, wiki links and callouts.
const INLINE_SPECIAL = /[\\`*_[\]<>#|~&$]/g;
// Obsidian hides text between `%%`; a lone `%` ("5%") stays as it is.
const OBSIDIAN_COMMENT = /%(?=%)/g;
// Lists, setext underlines and thematic breaks at the start of a line (`*`, `#`, `>` are escaped everywhere).
const LINE_START_MARKER = /^([-+=])/;
const ORDERED_LIST_MARKER = /^(\d{1,9})([.)])/;
// Leading white space would make an indented code block; no-break spaces keep the look without the meaning.
const LEADING_SPACE = /^[ \t]+/;

/** `s` escaped to be read as text inside a line (a heading, a list item, a link label). Line breaks become spaces. */
export function escapeMarkdownInline(s: string): string {
  return s.replace(/\s+/g, ' ').replace(INLINE_SPECIAL, '\\$&').replace(OBSIDIAN_COMMENT, '%\\');
}

/** One line of text escaped so that it is a paragraph line, whatever it starts with. */
function escapeMarkdownLine(line: string): string {
  const indented = line.replace(LEADING_SPACE, (ws) => '\u00a0'.repeat(ws.replace(/\t/g, '    ').length));
  const indent = indented.length - indented.trimStart().length;
  const rest = indented
    .slice(indent)
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(OBSIDIAN_COMMENT, '%\\')
    .replace(LINE_START_MARKER, '\\$1')
    .replace(ORDERED_LIST_MARKER, '$1\\$2');
  return indented.slice(0, indent) + rest;
}

/** Already escaped inline text, safe to start a line with (a byline such as "- PV" is not a list). */
const lineStartSafe = (escaped: string) =>
  escaped.replace(LINE_START_MARKER, '\\$1').replace(ORDERED_LIST_MARKER, '$1\\$2');

/** Lines of `s` (any line break), escaped, with trailing spaces removed. */
const markdownLines = (s: string) => s.split(/\r\n|[\r\n\u2028\u2029\u0085]/).map((l) => escapeMarkdownLine(l.trimEnd()));

/** Text as a block quote: `> ` on every line, `>` on empty ones. */
function blockQuote(text: string): string {
  return markdownLines(text)
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
}

/** Text as paragraphs that keep their line breaks (two trailing spaces make a hard break). */
function paragraphs(text: string): string {
  return markdownLines(text.trim())
    .join('  \n')
    .replace(/ {2}\n(?: {2}\n)+/g, '\n\n');
}

// Characters JSON leaves raw that YAML does not allow in a double-quoted scalar, or reads as line breaks.
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/**
 * `s` as a YAML double-quoted scalar. Every string is quoted, so nothing a page says (`: `, `#`, `---`, `- `, `'`, a
 * leading `>` or `*`, `yes`) can change the YAML's structure. The escapes used are those JSON and YAML share.
 */
export function yamlString(s: string): string {
  return JSON.stringify(s).replace(YAML_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `[label](url)` for an http(s) URL, the label alone otherwise. */
function markdownLink(label: string, url: string): string {
  if (!isHttpUrl(url)) return escapeMarkdownInline(label);
  const href = new URL(url).href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeMarkdownInline(label)}](${href})`;
}

const colorTag = (h: HighlightRecord) => `#highlight/${h.color}`;

function frontMatter(article: ArticleRecord, highlights: readonly HighlightRecord[], now: Date): string {
  const fields: [string, string | null][] = [
    ['title', displayTitle(article)],
    ['source', article.url],
    ['site', article.siteName ?? article.site],
    ['author', article.byline],
    ['published', article.published],
    ['exported', now.toISOString()],
  ];
  const tags = ['chu-giai', ...new Set(highlights.map((h) => `highlight/${h.color}`))];
  return [
    '---',
    ...fields.filter((f): f is [string, string] => f[1] !== null).map(([k, v]) => `${k}: ${yamlString(v)}`),
    'tags:',
    ...tags.map((t) => `  - ${yamlString(t)}`),
    '---',
  ].join('\n');
}

function metaLine(article: ArticleRecord, locale: Locale): string {
  const parts = [
    article.byline?.trim() ? escapeMarkdownInline(article.byline.trim()) : null,
    markdownLink(article.siteName?.trim() || article.site || translate(locale, 'export_source'), article.url),
    article.published ? escapeMarkdownInline(displayDate(article.published)) : null,
  ];
  return lineStartSafe(parts.filter((p) => p !== null).join(' · '));
}

function highlightBlock(h: HighlightRecord, locale: Locale): string {
  const quote = quoteSelectorOf(h)?.exact ?? '';
  const parts = [quote.trim() ? blockQuote(quote) : `> *${translate(locale, 'export_no_quote')}*`];
  if (h.note.trim()) parts.push(paragraphs(h.note));
  parts.push(`${colorTag(h)} · ${vietnamDate(h.created)}`);
  return parts.join('\n\n');
}

const GLOSSARY_GROUPS: readonly [GlossaryItem['kind'], MessageKey][] = [
  ['place', 'export_places'],
  ['abbr', 'export_abbreviations'],
];

function glossarySection(items: readonly GlossaryItem[], level: number, locale: Locale): string | null {
  if (items.length === 0) return null;
  const h = '#'.repeat(level);
  const parts = [`${h} ${translate(locale, 'export_glossary')}`];
  for (const [kind, label] of GLOSSARY_GROUPS) {
    const group = items.filter((i) => i.kind === kind);
    if (group.length === 0) continue;
    parts.push(`${h}# ${translate(locale, label)}`);
    parts.push(
      group
        .map((i) => `- **${escapeMarkdownInline(i.title)}**${i.summary.trim() ? `: ${escapeMarkdownInline(i.summary)}` : ''}`)
        .join('\n'),
    );
  }
  return parts.join('\n\n');
}

function articleSection(
  { article, highlights }: ExportArticle,
  level: number,
  glossary: Glossary | undefined,
  locale: Locale,
): string {
  const parts = [`${'#'.repeat(level)} ${escapeMarkdownInline(displayTitle(article))}`, metaLine(article, locale)];
  if (highlights.length === 0) parts.push(`*${translate(locale, 'export_no_highlights')}*`);
  for (const h of highlights) parts.push(highlightBlock(h, locale));
  const section = glossarySection(glossary?.get(article.url) ?? [], level + 1, locale);
  if (section) parts.push(section);
  return parts.join('\n\n');
}

/**
 * The articles' highlights and notes as one Markdown file (see the module comment for one article versus several).
 * Highlights keep the given order; a note keeps its line breaks; a highlight's colour is the tag `#highlight/<colour>`.
 */
export function toMarkdown(items: readonly ExportArticle[], options: MarkdownOptions): string {
  const { now, glossary, locale = 'vi' } = options;
  const [only] = items;
  if (only && items.length === 1) {
    return `${frontMatter(only.article, only.highlights, now)}\n\n${articleSection(only, 1, glossary, locale)}\n`;
  }
  const header = [`# ${escapeMarkdownInline(translate(locale, 'export_title'))}`, exportSummary(items, now, locale)];
  const sections = items.map((item) => articleSection(item, 2, glossary, locale));
  return `${[...header, ...sections].join('\n\n')}\n`;
}
