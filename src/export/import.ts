/**
 * Reading an exported or foreign annotation file back into articles and highlights. Accepts our own JSON export
 * (restored exactly) and W3C Web Annotation JSON from other tools (a single Annotation, an array, an AnnotationPage,
 * an AnnotationCollection; Hypothesis' export and search results too). The file is hostile: everything is checked
 * against bounded schemas, and either all of it is returned or only an error saying what is wrong and where. Errors
 * and reasons are message codes (`Message`): the page that shows them words them in the reader's language.
 */
import * as v from 'valibot';
import { HIGHLIGHT_COLORS } from '../highlight/model';
import type { HighlightColor, HighlightRecord } from '../highlight/model';
import { readerNormalize } from '../highlight/selectors';
import type { Message, MessageArg, MessageKey } from '../i18n';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../highlight/selectors';
import { isHttpUrl } from './shared';
import type { ArticleRecord } from './types';
import { CHU_GIAI_FORMAT_VERSION } from './web-annotation';

/** Longest file read, in UTF-16 units of its text (20 MiB: a 20 MB file of any encoding fits). */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;
/** Longest quote, prefix, suffix or note, in UTF-16 units. */
export const MAX_TEXT_CHARS = 20_000;
export const MAX_URL_CHARS = 4096;

export interface ImportedLibrary {
  /** Our own export's article records as they were; for other files, minimal records made from the URLs. */
  articles: ArticleRecord[];
  highlights: HighlightRecord[];
  /** Why annotations were left out (a page note without a quote, a PDF…), each naming its place in the file. */
  skipped: Message[];
}

export type ImportResult = { ok: true; value: ImportedLibrary } | { ok: false; error: Message };

const msg = (key: MessageKey, ...subs: MessageArg[]): Message => (subs.length ? { key, subs } : { key });

export interface ImportOptions {
  /** Used as the visit times of articles that the file has no record of, and for annotations without dates. */
  now: Date;
  /** Makes an id for an annotation whose own id is not a UUID. Default `crypto.randomUUID`. */
  newId?: () => string;
}

/**
 * The identity of a highlight's place, for skipping duplicates on import: article URL, quote, prefix, suffix and
 * position. The texts are compared as `readerNormalize` makes them (NFC, one tone placement, spaces collapsed).
 */
export function duplicateKey(h: HighlightRecord): string {
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (const s of h.selectors) {
    if (s.type === 'TextQuoteSelector') quote ??= s;
    else position ??= s;
  }
  return JSON.stringify([
    h.articleUrl,
    quote ? readerNormalize(quote.exact) : null,
    quote ? readerNormalize(quote.prefix) : null,
    quote ? readerNormalize(quote.suffix) : null,
    position ? position.start : null,
    position ? position.end : null,
  ]);
}

// ---- Schemas: bounded, permissive about the shapes the Web Annotation model allows, strict about types. ----

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const isIsoDate = (s: string) => ISO_DATE.test(s) && Number.isFinite(Date.parse(s));

const bounded = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Text = bounded(MAX_TEXT_CHARS);
const Url = bounded(MAX_URL_CHARS);
// Custom messages of checks are message keys; `describeIssue` turns them into codes.
const CHECK_KEYS = ['import_not_http', 'import_not_iso_date', 'import_end_before_start', 'import_newer_version'] as const;
type CheckKey = (typeof CHECK_KEYS)[number] & MessageKey;
const isCheckKey = (s: string): s is CheckKey => (CHECK_KEYS as readonly string[]).includes(s);
const HttpUrl = v.pipe(Url, v.check(isHttpUrl, 'import_not_http' satisfies CheckKey));
const IsoDate = v.pipe(bounded(64), v.check(isIsoDate, 'import_not_iso_date' satisfies CheckKey));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const Name = bounded(200);

/** A value or an array of values, as an array. */
function oneOrMany<T>(item: v.GenericSchema<unknown, T>): v.GenericSchema<unknown, T[]> {
  const many = v.array(item);
  const one = v.pipe(
    item,
    v.transform((x: T) => [x]),
  );
  return v.lazy((input) => (Array.isArray(input) ? many : one));
}

const QuoteSelectorSchema = v.pipe(
  v.looseObject({
    type: v.literal('TextQuoteSelector'),
    exact: Text,
    prefix: v.nullish(Text),
    suffix: v.nullish(Text),
  }),
  v.transform(
    (s): TextQuoteSelector => ({ type: 'TextQuoteSelector', exact: s.exact, prefix: s.prefix ?? '', suffix: s.suffix ?? '' }),
  ),
);

const PositionSelectorSchema = v.pipe(
  v.looseObject({ type: v.literal('TextPositionSelector'), start: Count, end: Count }),
  v.check((s) => s.end >= s.start, 'import_end_before_start' satisfies CheckKey),
  v.transform((s): TextPositionSelector => ({ type: 'TextPositionSelector', start: s.start, end: s.end })),
);

/** Selectors we do not use (RangeSelector, XPathSelector, FragmentSelector…) pass as `null`. */
const OtherSelectorSchema = v.pipe(
  v.unknown(),
  v.transform((): null => null),
);

const SelectorSchema: v.GenericSchema<unknown, Selector | null> = v.lazy((input) => {
  const type = isRecord(input) ? input['type'] : undefined;
  if (type === 'TextQuoteSelector') return QuoteSelectorSchema;
  if (type === 'TextPositionSelector') return PositionSelectorSchema;
  return OtherSelectorSchema;
});

interface Body {
  value: string | null;
  purposes: string[];
}

const BodySchema: v.GenericSchema<unknown, Body> = v.lazy((input) =>
  typeof input === 'string'
    ? v.pipe(
        Text,
        v.transform((value): Body => ({ value, purposes: [] })),
      )
    : v.pipe(
        v.looseObject({ value: v.optional(Text), purpose: v.optional(oneOrMany(Name)) }),
        v.transform((b): Body => ({ value: b.value ?? null, purposes: b.purpose ?? [] })),
      ),
);

interface Target {
  /** Whether the target was only a URL: the annotation is about the whole page. */
  isLink: boolean;
  source: string | null;
  selectors: (Selector | null)[];
}

const TargetSchema: v.GenericSchema<unknown, Target> = v.lazy((input) =>
  typeof input === 'string'
    ? v.pipe(
        Url,
        v.transform((source): Target => ({ isLink: true, source, selectors: [] })),
      )
    : v.pipe(
        v.looseObject({ source: v.optional(Url), selector: v.optional(oneOrMany(SelectorSchema)) }),
        v.transform((t): Target => ({ isLink: false, source: t.source ?? null, selectors: t.selector ?? [] })),
      ),
);

/** A W3C Annotation, with the Hypothesis fields (`text`, `tags`, `updated`, `uri`) that stand in for body and dates. */
const AnnotationSchema = v.looseObject({
  id: v.nullish(Url),
  created: v.nullish(IsoDate),
  modified: v.nullish(IsoDate),
  updated: v.nullish(IsoDate),
  body: v.nullish(oneOrMany(BodySchema)),
  bodyValue: v.nullish(Text),
  text: v.nullish(Text),
  tags: v.nullish(v.array(Name)),
  uri: v.nullish(Url),
  target: oneOrMany(TargetSchema),
});
type Annotation = v.InferOutput<typeof AnnotationSchema>;

const ArticleSchema = v.object({
  url: HttpUrl,
  title: v.nullable(bounded(2000)),
  byline: v.nullable(bounded(2000)),
  siteName: v.nullable(bounded(500)),
  site: bounded(300),
  published: v.nullable(bounded(100)),
  lang: v.nullable(bounded(35)),
  wordCount: Count,
  firstSeen: Count,
  lastSeen: Count,
  highlightCount: Count,
  highlightsUpdated: Count,
});

const ChuGiaiSchema = v.looseObject({
  version: v.pipe(
    Count,
    v.maxValue(CHU_GIAI_FORMAT_VERSION, 'import_newer_version' satisfies CheckKey),
  ),
  articles: v.array(ArticleSchema),
});

// ---- Errors ----

const at = (path: string, message: Message): Message => (path ? msg('import_at', path, message) : message);
const child = (path: string, key: string) => (path ? `${path}.${key}` : key);

function joinPath(base: string, issue: v.BaseIssue<unknown>): string {
  let path = base;
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string') path += path ? `.${key}` : key;
  }
  return path;
}

/** What a JSON value is; never the value itself (it may be long or hostile). */
function kindOf(x: unknown): MessageArg {
  if (x === null) return 'null';
  if (Array.isArray(x)) return msg('import_kind_array');
  switch (typeof x) {
    case 'string':
      return msg('import_kind_string');
    case 'number':
      return msg('import_kind_number');
    case 'boolean':
      return 'true/false';
    case 'object':
      return msg('import_kind_object');
    default:
      return msg('import_kind_nothing');
  }
}

/** Valibot's names for what it expected; others (literals such as `"TextQuoteSelector"`) are shown as they are. */
const EXPECTED_WORDS: Record<string, MessageArg> = {
  string: msg('import_kind_string'),
  number: msg('import_kind_number'),
  Object: msg('import_kind_object'),
  Array: msg('import_kind_array'),
  null: 'null',
  boolean: 'true/false',
};

/** A valibot issue as a message code. The custom messages of checks are message keys. */
function describeIssue(issue: v.BaseIssue<unknown>): Message {
  if (isCheckKey(issue.message)) return msg(issue.message);
  if (issue.kind === 'schema') {
    if (issue.input === undefined) return msg('import_missing');
    const words = (issue.expected ?? '')
      .split('|')
      .map((w) => w.trim())
      .map((w) => EXPECTED_WORDS[w] ?? w);
    const expected = words.reduce((either, w) => msg('import_or', either, w));
    return msg('import_expected', expected, kindOf(issue.input));
  }
  switch (issue.type) {
    case 'max_length':
      return msg('import_too_long', Number(issue.requirement));
    case 'integer':
      return msg('import_not_integer');
    case 'min_value':
      return msg('import_min', Number(issue.requirement));
    case 'max_value':
      return msg('import_max', Number(issue.requirement));
    default:
      return msg('import_invalid', issue.message);
  }
}

const CONFIG = { abortEarly: true } as const;

function validate<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  path: string,
): { ok: true; value: T } | { ok: false; error: Message } {
  const result = v.safeParse(schema, input, CONFIG);
  if (result.success) return { ok: true, value: result.output };
  const [issue] = result.issues;
  return { ok: false, error: at(joinPath(path, issue), describeIssue(issue)) };
}

function lineAndColumn(text: string, position: number): Message {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return msg('import_line_column', line, column);
}

/** Where JSON.parse stopped, from its message (V8: "at position N", Firefox: "line L column C"). */
function describeJsonError(error: unknown, text: string): Message {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return msg('import_json_error_at', msg('import_line_column', Number(lineColumn[1]), Number(lineColumn[2])));
  const position = /position (\d+)/i.exec(message);
  if (position) return msg('import_json_error_at', lineAndColumn(text, Number(position[1])));
  if (/end of (JSON|data)|unexpected end/i.test(message)) return msg('import_json_truncated', lineAndColumn(text, text.length));
  return msg('import_json_unknown');
}

/** Size in MiB, rounded up to a tenth so that a file just over the limit does not read as the limit. */
const megabytes = (chars: number) => Math.ceil((chars / (1024 * 1024)) * 10) / 10;

// ---- Finding the annotations ----

interface Located {
  items: { value: unknown; path: string }[];
  chuGiai: { value: unknown; path: string } | null;
}

function typesOf(x: Record<string, unknown>): string[] {
  const type = x['type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

function itemsOf(list: unknown, path: string): Located['items'] | Message {
  if (list === undefined) return [];
  if (!Array.isArray(list)) return at(path, msg('import_expected', msg('import_kind_array'), kindOf(list)));
  return list.map((value, i) => ({ value, path: `${path}[${i}]` }));
}

/** Collections may chain their pages with `next`; a linked page (a URL) is not in the file. */
const MAX_PAGES = 10_000;

const isMessage = (x: unknown): x is Message => isRecord(x) && ('key' in x || 'plural' in x);

function locateAnnotations(json: unknown): Located | Message {
  if (Array.isArray(json)) return { items: json.map((value, i) => ({ value, path: `[${i}]` })), chuGiai: null };
  if (!isRecord(json)) return msg('import_unknown_json', kindOf(json));
  const chuGiai = json['chuGiai'] === undefined ? null : { value: json['chuGiai'], path: 'chuGiai' };
  const types = typesOf(json);
  if (types.includes('AnnotationCollection')) {
    const items: Located['items'] = [];
    let page: unknown = json['first'];
    let path = 'first';
    for (let n = 0; page !== undefined && n < MAX_PAGES; n++) {
      if (typeof page === 'string') return at(path, msg('import_linked_page'));
      if (!isRecord(page)) return at(path, msg('import_expected_page', kindOf(page)));
      const found = itemsOf(page['items'], child(path, 'items'));
      if (isMessage(found)) return found;
      items.push(...found);
      page = page['next'];
      path = `${path}.next`;
    }
    return { items, chuGiai };
  }
  const list = types.includes('AnnotationPage')
    ? 'items'
    : Array.isArray(json['annotations'])
      ? 'annotations' // Hypothesis' export
      : Array.isArray(json['rows'])
        ? 'rows' // Hypothesis' search API
        : null;
  if (list) {
    const found = itemsOf(json[list], list);
    return isMessage(found) ? found : { items: found, chuGiai };
  }
  if (types.includes('Annotation') || 'target' in json) return { items: [{ value: json, path: '' }], chuGiai };
  return msg('import_unknown_format');
}

// ---- Turning annotations into highlights ----

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Bodies with these purposes say something other than the reader's note.
const NOT_NOTE = new Set(['tagging', 'classifying', 'identifying', 'linking', 'highlighting', 'bookmarking', 'moderating']);

function colorOf(tags: readonly string[]): HighlightColor {
  for (const tag of tags) {
    const name = tag.trim().toLowerCase().replace(/^#/, '').replace(/^highlight\//, '');
    const color = HIGHLIGHT_COLORS.find((c) => c === name);
    if (color) return color;
  }
  return 'yellow';
}

type Picked = { ok: true; source: string; selectors: Selector[] } | { ok: false; reason: Message };

/** The first target that names an http(s) page and quotes a passage in it; else why none does. */
function pickTarget(a: Annotation, raw: Record<string, unknown>, path: string): Picked {
  const manyTargets = Array.isArray(raw['target']);
  let firstReason: Message | null = null;
  for (const [i, target] of a.target.entries()) {
    const tp = manyTargets ? `${child(path, 'target')}[${i}]` : child(path, 'target');
    const reason = reasonAgainst(target, a.uri ?? null, tp);
    if (reason === null) {
      const selectors: Selector[] = [];
      let quote: TextQuoteSelector | null = null;
      let position: TextPositionSelector | null = null;
      for (const s of target.selectors) {
        if (s?.type === 'TextQuoteSelector' && !quote) selectors.push((quote = s));
        if (s?.type === 'TextPositionSelector' && !position) selectors.push((position = s));
      }
      return { ok: true, source: target.source ?? a.uri ?? '', selectors };
    }
    firstReason ??= reason;
  }
  return { ok: false, reason: firstReason ?? at(child(path, 'target'), msg('import_no_target')) };
}

function reasonAgainst(target: Target, uri: string | null, tp: string): Message | null {
  if (target.isLink) return at(tp, msg('import_target_is_link'));
  const quote = target.selectors.find((s) => s?.type === 'TextQuoteSelector');
  if (!quote) return at(`${tp}.selector`, msg('import_missing_named', 'TextQuoteSelector'));
  if (!quote.exact.trim()) return at(`${tp}.selector`, msg('import_empty_quote'));
  const source = target.source ?? uri;
  if (source === null) return at(`${tp}.source`, msg('import_no_source'));
  if (!isHttpUrl(source)) return at(`${tp}.source`, msg('import_not_http'));
  return null;
}

function minimalArticle(url: string, highlights: readonly HighlightRecord[], now: number): ArticleRecord {
  return {
    url,
    title: null,
    byline: null,
    siteName: null,
    site: new URL(url).hostname.replace(/^www\./, ''),
    published: null,
    lang: null,
    wordCount: 0,
    firstSeen: now,
    lastSeen: now,
    highlightCount: highlights.length,
    highlightsUpdated: Math.max(0, ...highlights.map((h) => h.updated)),
  };
}

/**
 * Reads an exported or foreign annotation file. Our own export (it has `chuGiai`) comes back exactly as it was; any
 * annotation in it that cannot be used is an error. In other files such annotations (a page note, a PDF, no quote)
 * are skipped, each with a reason; articles are made from their URLs, colours from a tag naming one of ours (else
 * yellow), ids kept when they are UUIDs (`urn:uuid:` or bare). Nothing is returned unless all of the file is valid.
 */
export function parseImport(text: string, options: ImportOptions): ImportResult {
  const fail = (error: Message): ImportResult => ({ ok: false, error });
  if (text.length > MAX_IMPORT_CHARS) return fail(msg('import_too_large', megabytes(text.length), megabytes(MAX_IMPORT_CHARS)));
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (!body.trim()) return fail(msg('import_empty'));

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return fail(msg('import_bad_json', describeJsonError(e, body)));
  }

  const located = locateAnnotations(json);
  if (isMessage(located)) return fail(located);

  let ownArticles: ArticleRecord[] = [];
  if (located.chuGiai) {
    const checked = validate(ChuGiaiSchema, located.chuGiai.value, located.chuGiai.path);
    if (!checked.ok) return checked;
    ownArticles = checked.value.articles;
  }
  const strict = located.chuGiai !== null;

  const annotations: { value: Annotation; raw: Record<string, unknown>; path: string }[] = [];
  for (const { value, path } of located.items) {
    if (!isRecord(value)) return fail(at(path, msg('import_expected_annotation', kindOf(value))));
    const checked = validate(AnnotationSchema, value, path);
    if (!checked.ok) return checked;
    annotations.push({ value: checked.value, raw: value, path });
  }

  const now = options.now.getTime();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const highlights: HighlightRecord[] = [];
  const skipped: Message[] = [];
  const ids = new Set<string>();
  for (const { value: a, raw, path } of annotations) {
    const picked = pickTarget(a, raw, path);
    if (!picked.ok) {
      if (strict) return fail(picked.reason);
      skipped.push(picked.reason);
      continue;
    }
    const rawId = a.id ?? '';
    const idCandidate = rawId.replace(/^urn:uuid:/i, '');
    const id = UUID.test(idCandidate) ? idCandidate : newId();
    if (ids.has(id)) {
      const reason = at(child(path, 'id'), msg('import_duplicate_id'));
      if (strict) return fail(reason);
      skipped.push(reason);
      continue;
    }
    if (strict && (!a.created || !a.modified)) return fail(at(child(path, a.created ? 'modified' : 'created'), msg('import_missing')));

    const bodies = a.body ?? [];
    const tags = [...bodies.filter((b) => b.purposes.includes('tagging')).flatMap((b) => b.value ?? []), ...(a.tags ?? [])];
    const notes = bodies
      .filter((b) => b.value !== null && !b.purposes.some((p) => NOT_NOTE.has(p)))
      .map((b) => b.value ?? '');
    if (a.bodyValue != null) notes.push(a.bodyValue);
    if (a.text != null && a.text !== '') notes.push(a.text);
    const note = notes.join('\n\n');
    if (note.length > MAX_TEXT_CHARS) return fail(at(child(path, 'body'), msg('import_note_too_long', MAX_TEXT_CHARS)));

    const created = a.created ? Date.parse(a.created) : now;
    const modified = a.modified ?? a.updated;
    ids.add(id);
    highlights.push({
      id,
      articleUrl: picked.source,
      selectors: picked.selectors,
      color: colorOf(tags),
      note,
      created,
      updated: modified ? Date.parse(modified) : created,
    });
  }

  const articles = new Map<string, ArticleRecord>();
  for (const article of ownArticles) if (!articles.has(article.url)) articles.set(article.url, article);
  const byUrl = new Map<string, HighlightRecord[]>();
  for (const h of highlights) {
    const group = byUrl.get(h.articleUrl);
    if (group) group.push(h);
    else byUrl.set(h.articleUrl, [h]);
  }
  for (const [url, group] of byUrl) if (!articles.has(url)) articles.set(url, minimalArticle(url, group, now));

  return { ok: true, value: { articles: [...articles.values()], highlights, skipped } };
}
