/**
 * Reading an exported or foreign annotation file back into articles and highlights. Accepts our own JSON export
 * (restored exactly) and W3C Web Annotation JSON from other tools (a single Annotation, an array, an AnnotationPage,
 * an AnnotationCollection; Hypothesis' export and search results too). The file is hostile: everything is checked
 * against bounded schemas, and either all of it is returned or only an error, in Vietnamese, saying where.
 */
import * as v from 'valibot';
import { HIGHLIGHT_COLORS } from '../highlight/model';
import type { HighlightColor, HighlightRecord } from '../highlight/model';
import { readerNormalize } from '../highlight/selectors';
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
  /** Why annotations were left out (a page note without a quote, a PDF…), in Vietnamese, each naming its place. */
  skipped: string[];
}

export type ImportResult = { ok: true; value: ImportedLibrary } | { ok: false; error: string };

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
const HttpUrl = v.pipe(Url, v.check(isHttpUrl, 'không phải địa chỉ http(s)'));
const IsoDate = v.pipe(bounded(64), v.check(isIsoDate, 'không phải ngày giờ ISO 8601'));
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
  v.check((s) => s.end >= s.start, 'end nhỏ hơn start'),
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
    v.maxValue(CHU_GIAI_FORMAT_VERSION, 'tệp từ phiên bản Chú Giải mới hơn, hãy cập nhật tiện ích'),
  ),
  articles: v.array(ArticleSchema),
});

// ---- Errors ----

const at = (path: string, message: string) => (path ? `${path}: ${message}` : message);
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

/** What a JSON value is, in Vietnamese; never the value itself (it may be long or hostile). */
function kindOf(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'một mảng';
  switch (typeof x) {
    case 'string':
      return 'một chuỗi';
    case 'number':
      return 'một số';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'một đối tượng';
    default:
      return 'không có gì';
  }
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'một chuỗi',
  number: 'một số',
  Object: 'một đối tượng',
  Array: 'một mảng',
  null: 'null',
  boolean: 'true/false',
};

/** A valibot issue in Vietnamese. Custom messages (checks) are already Vietnamese. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema') {
    if (issue.input === undefined) return 'thiếu';
    const expected = (issue.expected ?? '')
      .split('|')
      .map((w) => w.trim())
      .map((w) => EXPECTED_WORDS[w] ?? w)
      .join(' hoặc ');
    return `cần ${expected}, gặp ${kindOf(issue.input)}`;
  }
  switch (issue.type) {
    case 'max_length':
      return `dài quá ${String(issue.requirement)} ký tự`;
    case 'integer':
      return 'cần một số nguyên';
    case 'min_value':
      return `cần ≥ ${String(issue.requirement)}`;
    case 'max_value':
      return `cần ≤ ${String(issue.requirement)}`;
    default:
      return issue.message;
  }
}

const CONFIG = { abortEarly: true, message: describeIssue } as const;

function validate<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  path: string,
): { ok: true; value: T } | { ok: false; error: string } {
  const result = v.safeParse(schema, input, CONFIG);
  if (result.success) return { ok: true, value: result.output };
  const [issue] = result.issues;
  return { ok: false, error: at(joinPath(path, issue), issue.message) };
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `dòng ${line}, cột ${column}`;
}

/** Where JSON.parse stopped, from its message (V8: "at position N", Firefox: "line L column C"). */
function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return `lỗi ở dòng ${lineColumn[1]}, cột ${lineColumn[2]}.`;
  const position = /position (\d+)/i.exec(message);
  if (position) return `lỗi ở ${lineAndColumn(text, Number(position[1]))}.`;
  if (/end of (JSON|data)|unexpected end/i.test(message)) {
    return `tệp dừng giữa chừng ở ${lineAndColumn(text, text.length)} (có thể bị cắt cụt).`;
  }
  return 'không rõ vị trí lỗi.';
}

const megabytes = (chars: number) => (chars / (1024 * 1024)).toFixed(1).replace('.', ',');

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

function itemsOf(list: unknown, path: string): Located['items'] | string {
  if (list === undefined) return [];
  if (!Array.isArray(list)) return at(path, `cần một mảng, gặp ${kindOf(list)}`);
  return list.map((value, i) => ({ value, path: `${path}[${i}]` }));
}

/** Collections may chain their pages with `next`; a linked page (a URL) is not in the file. */
const MAX_PAGES = 10_000;

function locateAnnotations(json: unknown): Located | string {
  if (Array.isArray(json)) return { items: json.map((value, i) => ({ value, path: `[${i}]` })), chuGiai: null };
  if (!isRecord(json)) return `Không nhận ra định dạng: cần một đối tượng hoặc mảng JSON, gặp ${kindOf(json)}.`;
  const chuGiai = json['chuGiai'] === undefined ? null : { value: json['chuGiai'], path: 'chuGiai' };
  const types = typesOf(json);
  if (types.includes('AnnotationCollection')) {
    const items: Located['items'] = [];
    let page: unknown = json['first'];
    let path = 'first';
    for (let n = 0; page !== undefined && n < MAX_PAGES; n++) {
      if (typeof page === 'string') return at(path, 'trang chú thích nằm ngoài tệp (chỉ có liên kết), không đọc được.');
      if (!isRecord(page)) return at(path, `cần một AnnotationPage, gặp ${kindOf(page)}`);
      const found = itemsOf(page['items'], child(path, 'items'));
      if (typeof found === 'string') return found;
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
    return typeof found === 'string' ? found : { items: found, chuGiai };
  }
  if (types.includes('Annotation') || 'target' in json) return { items: [{ value: json, path: '' }], chuGiai };
  return 'Không nhận ra định dạng: cần một Annotation, một mảng, AnnotationPage hoặc AnnotationCollection (W3C Web Annotation).';
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

type Picked = { ok: true; source: string; selectors: Selector[] } | { ok: false; reason: string };

/** The first target that names an http(s) page and quotes a passage in it; else why none does. */
function pickTarget(a: Annotation, raw: Record<string, unknown>, path: string): Picked {
  const manyTargets = Array.isArray(raw['target']);
  let firstReason: string | null = null;
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
  return { ok: false, reason: firstReason ?? at(child(path, 'target'), 'không có đích nào') };
}

function reasonAgainst(target: Target, uri: string | null, tp: string): string | null {
  if (target.isLink) return at(tp, 'chỉ là địa chỉ trang, không chỉ ra đoạn văn nào');
  const quote = target.selectors.find((s) => s?.type === 'TextQuoteSelector');
  if (!quote) return at(`${tp}.selector`, 'thiếu TextQuoteSelector');
  if (!quote.exact.trim()) return at(`${tp}.selector`, 'đoạn trích rỗng');
  const source = target.source ?? uri;
  if (source === null) return at(`${tp}.source`, 'thiếu địa chỉ bài');
  if (!isHttpUrl(source)) return at(`${tp}.source`, 'không phải địa chỉ http(s)');
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
  const fail = (error: string): ImportResult => ({ ok: false, error });
  if (text.length > MAX_IMPORT_CHARS) return fail(`Tệp quá lớn (${megabytes(text.length)} MB, tối đa 20 MB).`);
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (!body.trim()) return fail('Tệp trống.');

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return fail(`Tệp không phải JSON hợp lệ: ${describeJsonError(e, body)}`);
  }

  const located = locateAnnotations(json);
  if (typeof located === 'string') return fail(located);

  let ownArticles: ArticleRecord[] = [];
  if (located.chuGiai) {
    const checked = validate(ChuGiaiSchema, located.chuGiai.value, located.chuGiai.path);
    if (!checked.ok) return checked;
    ownArticles = checked.value.articles;
  }
  const strict = located.chuGiai !== null;

  const annotations: { value: Annotation; raw: Record<string, unknown>; path: string }[] = [];
  for (const { value, path } of located.items) {
    if (!isRecord(value)) return fail(at(path, `cần một Annotation (đối tượng), gặp ${kindOf(value)}`));
    const checked = validate(AnnotationSchema, value, path);
    if (!checked.ok) return checked;
    annotations.push({ value: checked.value, raw: value, path });
  }

  const now = options.now.getTime();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const highlights: HighlightRecord[] = [];
  const skipped: string[] = [];
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
      const reason = at(child(path, 'id'), 'trùng id với một chú thích trước, bỏ qua');
      if (strict) return fail(reason);
      skipped.push(reason);
      continue;
    }
    if (strict && (!a.created || !a.modified)) return fail(at(child(path, a.created ? 'modified' : 'created'), 'thiếu'));

    const bodies = a.body ?? [];
    const tags = [...bodies.filter((b) => b.purposes.includes('tagging')).flatMap((b) => b.value ?? []), ...(a.tags ?? [])];
    const notes = bodies
      .filter((b) => b.value !== null && !b.purposes.some((p) => NOT_NOTE.has(p)))
      .map((b) => b.value ?? '');
    if (a.bodyValue != null) notes.push(a.bodyValue);
    if (a.text != null && a.text !== '') notes.push(a.text);
    const note = notes.join('\n\n');
    if (note.length > MAX_TEXT_CHARS) return fail(at(child(path, 'body'), `ghi chú dài quá ${MAX_TEXT_CHARS} ký tự`));

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
