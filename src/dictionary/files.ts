/**
 * The dictionary as files: JSON (`{ "format": "chu-giai-dictionary", "version": 1, "entries": [...] }`) and CSV for
 * spreadsheets (UTF-8 with a byte order mark, formula-safe cells), and reading either back into numbered rows of
 * drafts. Pure (the chosen file is an argument). A file is hostile: its rows are only drafts here; `./import.ts`
 * validates them.
 */
import { FORMULA_START } from '../export/csv';
import { stripDiacritics } from '../vietnamese/normalize';
import type { DictionaryEntry, EntryDraft } from './model';

export const DICTIONARY_FORMAT = 'chu-giai-dictionary';
export const DICTIONARY_VERSION = 1;
/** Largest file read, in bytes (and in UTF-16 units of its text). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Most rows one file may hold. */
export const MAX_ROWS = 10_000;

export type FileFormat = 'csv' | 'json';

export const CSV_HEADER = ['Kind', 'Form', 'Other forms', 'Expansion', 'English', 'Note', 'Origin', 'Created', 'Updated', 'Id'] as const;

const iso = (ms: number) => new Date(ms).toISOString();

// ---- Writing ----

/** The entries as our JSON file, in the order given. */
export function toDictionaryJson(entries: readonly DictionaryEntry[], now: Date): string {
  return `${JSON.stringify(
    {
      format: DICTIONARY_FORMAT,
      version: DICTIONARY_VERSION,
      exported: now.toISOString(),
      entries: entries.map((e) => ({
        id: e.id,
        kind: e.kind,
        form: e.form,
        otherForms: e.otherForms,
        expansion: e.expansion,
        english: e.english,
        note: e.note,
        origin: e.origin,
        created: iso(e.created),
        updated: iso(e.updated),
      })),
    },
    null,
    2,
  )}\n`;
}

/**
 * Whether a spreadsheet could take the cell for a formula, or the cell is such a value already guarded by an
 * apostrophe: then one more apostrophe goes before it, and reading takes exactly one off (so any text round-trips).
 */
const needsGuard = (value: string): boolean => FORMULA_START.test(value) || (value.startsWith("'") && needsGuard(value.slice(1)));

/** One cell: formula-safe, and quoted (RFC 4180) when it holds a comma, semicolon, quote or line break. */
export function dictionaryCell(value: string): string {
  const safe = needsGuard(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A cell's text as written before `dictionaryCell` guarded it. */
const unguard = (cell: string) => (cell.startsWith("'") && needsGuard(cell.slice(1)) ? cell.slice(1) : cell);

/** The entries as CSV: a byte order mark (so Excel reads UTF-8), the header, one row per entry, CRLF line ends. */
export function toDictionaryCsv(entries: readonly DictionaryEntry[]): string {
  const rows = entries.map((e) => [
    e.kind,
    e.form,
    e.otherForms.join('; '),
    e.expansion,
    e.english,
    e.note,
    e.origin,
    iso(e.created),
    iso(e.updated),
    e.id,
  ]);
  return `\ufeff${[[...CSV_HEADER], ...rows].map((r) => r.map(dictionaryCell).join(',')).join('\r\n')}\r\n`;
}

// ---- Reading ----

/** A row of a file, numbered as the reader finds it: a CSV row as a spreadsheet numbers it (the header is row 1), a JSON entry from 1. */
export interface FileRow {
  row: number;
  /** `null`: the row is not an object (JSON) or has cells past the header's (CSV). */
  draft: EntryDraft | null;
}

export type FileError =
  | { code: 'too-large' }
  /** The browser could not read it: moved or deleted since it was chosen, or not readable. */
  | { code: 'unreadable' }
  | { code: 'not-utf8' }
  | { code: 'empty' }
  | { code: 'too-many-rows' }
  | { code: 'bad-json' }
  | { code: 'not-dictionary' }
  | { code: 'newer-version'; version: number }
  | { code: 'unclosed-quote'; row: number }
  | { code: 'missing-columns'; columns: string[] };

export type FileReadResult = { ok: true; format: FileFormat; rows: FileRow[] } | { ok: false; error: FileError };

/** JSON by the file's extension, else by its first character; CSV otherwise. */
export function detectFormat(name: string, text: string): FileFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  return /^\s*[{[]/.test(text.replace(/^\ufeff/, '')) ? 'json' : 'csv';
}

/** Reads a dictionary file (`name` decides the format with its content) into numbered rows. */
export function readDictionaryFile(name: string, text: string): FileReadResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: { code: 'too-large' } };
  // What a decoder makes of bytes that are not UTF-8 (a file saved as Windows-1258, say).
  if (text.includes('\ufffd')) return { ok: false, error: { code: 'not-utf8' } };
  const body = text.replace(/^\ufeff/, '');
  if (body.trim() === '') return { ok: false, error: { code: 'empty' } };
  const format = detectFormat(name, body);
  const result = format === 'json' ? readJson(body) : readCsv(body);
  if (!result.ok) return result;
  if (result.rows.length === 0) return { ok: false, error: { code: 'empty' } };
  if (result.rows.length > MAX_ROWS) return { ok: false, error: { code: 'too-many-rows' } };
  return { ok: true, format, rows: result.rows };
}

/** A file the reader chose, as an `<input type="file">` gives it. */
export interface ChosenFile {
  name: string;
  /** Bytes. */
  size: number;
  text(): Promise<string>;
}

/** Reads a file the reader chose: refused unread when too large, `unreadable` when its text cannot be had. */
export async function readChosenFile(file: ChosenFile): Promise<FileReadResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: { code: 'too-large' } };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: { code: 'unreadable' } };
  }
  return readDictionaryFile(file.name, text);
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function readJson(body: string): { ok: true; rows: FileRow[] } | { ok: false; error: FileError } {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, error: { code: 'bad-json' } };
  }
  if (!isObject(data) || data.format !== DICTIONARY_FORMAT || !Array.isArray(data.entries)) {
    return { ok: false, error: { code: 'not-dictionary' } };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: { code: 'not-dictionary' } };
  if (version > DICTIONARY_VERSION) return { ok: false, error: { code: 'newer-version', version } };
  if (data.entries.length > MAX_ROWS) return { ok: false, error: { code: 'too-many-rows' } };
  const rows = data.entries.map((item: unknown, i: number): FileRow => {
    if (!isObject(item)) return { row: i + 1, draft: null };
    const { id, kind, form, otherForms, expansion, english, note, created, updated, origin } = item;
    return { row: i + 1, draft: { id, kind, form, otherForms, expansion, english, note, created, updated, origin } };
  });
  return { ok: true, rows };
}

/** Column names a reader may use, folded (no diacritics, lower case, letters only), by field. */
const COLUMNS: Record<string, keyof EntryDraft> = {
  kind: 'kind',
  loai: 'kind',
  form: 'form',
  dangviet: 'form',
  viettat: 'form',
  tu: 'form',
  otherforms: 'otherForms',
  dangkhac: 'otherForms',
  expansion: 'expansion',
  nghia: 'expansion',
  diengiai: 'expansion',
  english: 'english',
  tienganh: 'english',
  note: 'note',
  ghichu: 'note',
  origin: 'origin',
  nguon: 'origin',
  created: 'created',
  ngaytao: 'created',
  updated: 'updated',
  ngaysua: 'updated',
  id: 'id',
};

const foldColumn = (name: string) => stripDiacritics(name).replace(/[^a-z]/g, '');

/** The delimiter of the header line: `,`, or `;` (Excel in locales with a decimal comma, Vietnamese among them), or a tab. */
function delimiterOf(body: string): string {
  const firstLine = body.slice(0, body.search(/\r|\n|$/));
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/**
 * RFC 4180 records: quoted fields may hold the delimiter, `""` and line breaks; CRLF, LF or CR end a record.
 * @return each record with the row number a spreadsheet gives it (a record may span lines; rows count records)
 */
function parseCsv(body: string, delimiter: string): { ok: true; records: string[][] } | { ok: false; row: number } {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body[i]!;
    if (c === '"' && cell === '') {
      // A quoted cell: up to the closing quote that is not doubled.
      i++;
      let closed = false;
      while (i < n) {
        const q = body[i]!;
        if (q === '"') {
          if (body[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        cell += q;
        i++;
      }
      if (!closed) return { ok: false, row: records.length + 1 };
      // Text after the closing quote (malformed, but seen): kept as part of the cell.
      while (i < n && body[i] !== delimiter && body[i] !== '\n' && body[i] !== '\r') cell += body[i++];
      continue;
    }
    if (c === delimiter) {
      record.push(cell);
      cell = '';
      i++;
      continue;
    }
    if (c === '\n' || c === '\r') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i += c === '\r' && body[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += c;
    i++;
  }
  if (cell !== '' || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  return { ok: true, records };
}

function readCsv(body: string): { ok: true; rows: FileRow[] } | { ok: false; error: FileError } {
  const parsed = parseCsv(body, delimiterOf(body));
  if (!parsed.ok) return { ok: false, error: { code: 'unclosed-quote', row: parsed.row } };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, error: { code: 'empty' } };
  const fields = header.map((name) => COLUMNS[foldColumn(name)] ?? null);
  const missing = (['form', 'expansion'] as const).filter((f) => !fields.includes(f));
  if (missing.length > 0) return { ok: false, error: { code: 'missing-columns', columns: missing.map((f) => (f === 'form' ? 'Form' : 'Expansion')) } };
  const rows: FileRow[] = [];
  records.forEach((cells, k) => {
    const row = k + 2;
    if (cells.every((c) => c.trim() === '')) return; // a blank line
    if (cells.slice(header.length).some((c) => c.trim() !== '')) {
      rows.push({ row, draft: null });
      return;
    }
    const draft: Record<string, string> = {};
    fields.forEach((field, j) => {
      if (field && !(field in draft)) draft[field] = unguard(cells[j] ?? '');
    });
    rows.push({ row, draft: draft as EntryDraft });
  });
  return { ok: true, rows };
}
