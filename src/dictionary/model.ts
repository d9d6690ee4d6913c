/**
 * The reader's own dictionary: its entries, how a draft (the form, a row of a file) becomes one or is refused with
 * reasons, and when two entries are the same word. Pure. Reasons are codes (`IssueCode`); the UI words them.
 */
import * as v from 'valibot';
import { canonicalTone, stripDiacritics } from '../vietnamese/normalize';

export type EntryKind = 'abbr' | 'place';
export type EntryOrigin = 'manual' | 'article' | 'import';
export const ENTRY_KINDS: readonly EntryKind[] = ['abbr', 'place'];
export const ENTRY_ORIGINS: readonly EntryOrigin[] = ['manual', 'article', 'import'];

export interface DictionaryEntry {
  /** Stable: a mark of this entry has `data-cg-key="user:<id>"`. ASCII letters, digits, `-`, `_`. */
  id: string;
  kind: EntryKind;
  /**
   * As written, NFC, trimmed, one space between words, no invisible characters: "HSKH", "Phố Hiến". A place starts
   * with a capital letter.
   */
  form: string;
  /** Other written forms of an abbreviation ("KTXH" beside "KT-XH"); always empty for a place. */
  otherForms: string[];
  /** What it is, in Vietnamese: the tooltip's main line. */
  expansion: string;
  /** English gloss; '' when none. */
  english: string;
  /** The reader's note, may span lines; '' when none. For a place e.g. "tên địa phương của …". */
  note: string;
  /** Epoch ms. */
  created: number;
  updated: number;
  origin: EntryOrigin;
}

export type EntryField = 'id' | 'kind' | 'form' | 'otherForms' | 'expansion' | 'english' | 'note' | 'created' | 'updated' | 'origin';

export type IssueCode =
  | 'required'
  | 'too-long'
  | 'line-break'
  | 'form-start'
  | 'place-capital'
  | 'too-many-forms'
  | 'invalid';

export interface EntryIssue {
  field: EntryField;
  code: IssueCode;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: EntryIssue[] };

export const LIMITS = { form: 60, expansion: 300, english: 300, note: 2000, otherForms: 10, id: 64 } as const;

/**
 * What may arrive for an entry: from the form, a CSV row (every value a string) or a JSON entry. Missing values get
 * defaults: kind `abbr`, no other forms, no English or note, the given origin, created and updated `now`, a new id;
 * `updated` is never before `created`.
 */
export interface EntryDraft {
  id?: unknown;
  kind?: unknown;
  form?: unknown;
  otherForms?: unknown;
  expansion?: unknown;
  english?: unknown;
  note?: unknown;
  created?: unknown;
  updated?: unknown;
  origin?: unknown;
}

export interface DraftDefaults {
  now: number;
  newId: () => string;
  origin: EntryOrigin;
}

// ---- Cleaning and checks ----

const BREAK = /[\n\u2028\u2029]/;
/** Control characters other than the line break have no place in an entry (a tab is a space). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** Bidi embeddings, overrides and isolates: they reorder how the text around them shows (U+202A–E, U+2066–9). */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
/**
 * Format characters (Unicode Cf), all invisible: zero-width space and joiners, marks (U+200B–U+200F), bidi controls,
 * the byte order mark, the soft hyphen… In a written form they would make it match other text than it shows.
 */
const INVISIBLE = /\p{Cf}/gu;
/** White space within a line: spaces of any width, tabs (line breaks are not). */
const SPACES = /[^\S\n\u2028\u2029]+/g;

/** NFC, trimmed; CRLF and CR as LF, tabs as spaces, no other control characters, no bidi controls (a note). */
const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '').replace(BIDI, '').normalize('NFC').trim();
/** As `clean`, each run of white space one space (one-line text: the expansion, the English gloss). */
const cleanLine = (s: string) => clean(s.replace(SPACES, ' '));
/** A written form as stored: as `cleanLine`, without invisible characters ("Phố  Hi\u200Bến" is "Phố Hiến"). */
export const cleanForm = (s: string) => cleanLine(s.replace(INVISIBLE, ''));
const WORD_START = /^[\p{L}\p{N}]/u;
const CAPITAL_START = /^\p{Lu}/u;
const ID = /^[A-Za-z0-9_-]+$/;

const isBlank = (x: unknown) => x === undefined || x === null || (typeof x === 'string' && x.trim() === '');

const text = (max: number, cleaning: (s: string) => string, oneLine: boolean) =>
  v.pipe(
    v.string('invalid'),
    v.transform(cleaning),
    v.maxLength(max, 'too-long'),
    v.check((s: string) => !oneLine || !BREAK.test(s), 'line-break'),
  );

const formText = v.pipe(
  text(LIMITS.form, cleanForm, true),
  v.minLength(1, 'required'),
  v.check((s: string) => WORD_START.test(s), 'form-start'),
);

/** A list given as an array, or as text separated by `;` or `,` (the form's field, a CSV cell). */
const formList = v.pipe(
  v.union([v.string(), v.array(v.string())], 'invalid'),
  v.transform((x: string | string[]) => (Array.isArray(x) ? x : x.split(/[;,]/)).map(cleanForm).filter(Boolean)),
  v.maxLength(LIMITS.otherForms, 'too-many-forms'),
  v.array(formText),
);

/** Epoch ms, or an ISO 8601 date as the files write it. */
const time = v.pipe(
  v.union([v.number(), v.string()], 'invalid'),
  v.transform((x: number | string) => (typeof x === 'number' ? x : Date.parse(x.trim()))),
  v.check((n: number) => Number.isInteger(n) && n >= 0 && n <= 8.64e15, 'invalid'),
);

/** `abbr`, `place`; also as a reader may write them in a spreadsheet (Vietnamese or English, any case). */
const KIND_WORDS: Record<string, EntryKind> = {
  abbr: 'abbr',
  abbreviation: 'abbr',
  'viet tat': 'abbr',
  place: 'place',
  'dia danh': 'place',
};
const kind = v.pipe(
  v.string('invalid'),
  v.transform((s: string) => KIND_WORDS[stripDiacritics(s.trim())] ?? null),
  v.check((k: EntryKind | null) => k !== null, 'invalid'),
);

const origin = v.picklist(ENTRY_ORIGINS, 'invalid');

const id = v.pipe(v.string('invalid'), v.transform((s: string) => s.trim()), v.maxLength(LIMITS.id, 'too-long'), v.regex(ID, 'invalid'));

const DraftSchema = v.object({
  id,
  kind,
  form: formText,
  otherForms: formList,
  expansion: v.pipe(text(LIMITS.expansion, cleanLine, true), v.minLength(1, 'required')),
  english: text(LIMITS.english, cleanLine, true),
  note: text(LIMITS.note, clean, false),
  created: time,
  updated: time,
  origin,
});

const FIELD_ORDER: readonly EntryField[] = ['id', 'kind', 'form', 'otherForms', 'expansion', 'english', 'note', 'created', 'updated', 'origin'];
const FIELDS = new Set<string>(FIELD_ORDER);
const CODES = new Set<string>(['required', 'too-long', 'line-break', 'form-start', 'place-capital', 'too-many-forms', 'invalid']);

function toIssue(issue: v.BaseIssue<unknown>): EntryIssue {
  const key = issue.path?.[0]?.key;
  const field = (typeof key === 'string' && FIELDS.has(key) ? key : 'form') as EntryField;
  const code = (CODES.has(issue.message) ? issue.message : 'invalid') as IssueCode;
  return { field, code };
}

/**
 * A draft as an entry, or the reasons it is refused (at most one per field, in field order). Text is NFC and trimmed,
 * one-line text has single spaces, forms lose invisible characters (`cleanForm`), no field keeps bidi controls; other
 * forms that repeat the form (or each other) are dropped; a place has no other forms.
 */
export function validateEntry(draft: EntryDraft, defaults: DraftDefaults): Validated<DictionaryEntry> {
  const input = {
    id: isBlank(draft.id) ? defaults.newId() : draft.id,
    kind: isBlank(draft.kind) ? 'abbr' : draft.kind,
    form: draft.form ?? '',
    otherForms: isBlank(draft.otherForms) ? [] : draft.otherForms,
    expansion: draft.expansion ?? '',
    english: draft.english ?? '',
    note: draft.note ?? '',
    created: isBlank(draft.created) ? defaults.now : draft.created,
    updated: isBlank(draft.updated) ? defaults.now : draft.updated,
    origin: isBlank(draft.origin) ? defaults.origin : draft.origin,
  };
  const result = v.safeParse(DraftSchema, input, { abortPipeEarly: true });
  const issues: EntryIssue[] = result.success ? [] : result.issues.map(toIssue);
  // Only capitalised names are matched as places: said along with any other reason, so all are fixed at once.
  const kindOf = v.safeParse(kind, input.kind);
  const formOf = v.safeParse(formText, input.form, { abortPipeEarly: true });
  if (kindOf.success && kindOf.output === 'place' && formOf.success && !CAPITAL_START.test(formOf.output)) {
    issues.push({ field: 'form', code: 'place-capital' });
  }
  if (!result.success || issues.length > 0) {
    const seen = new Set<EntryField>();
    const first = issues.filter((i) => !seen.has(i.field) && seen.add(i.field));
    return { ok: false, issues: FIELD_ORDER.flatMap((f) => first.filter((i) => i.field === f)) };
  }
  const out = result.output;
  const entryKind = out.kind as EntryKind;
  const own = formKey(out.form);
  const others: string[] = [];
  if (entryKind === 'abbr') {
    const keys = new Set([own]);
    for (const f of out.otherForms) {
      if (!keys.has(formKey(f))) {
        keys.add(formKey(f));
        others.push(f);
      }
    }
  }
  return {
    ok: true,
    value: {
      id: out.id,
      kind: entryKind,
      form: out.form,
      otherForms: others,
      expansion: out.expansion,
      english: out.english,
      note: out.note,
      created: out.created,
      updated: Math.max(out.updated, out.created),
      origin: out.origin,
    },
  };
}

// ---- Identity and search ----

/** A written form as the matcher reads it: NFC, one tone placement ("hòa" = "hoà"), spaces as one, case kept. */
export const formKey = (form: string) => canonicalTone(form).replace(/\s+/g, ' ').trim();

/** Every written form of an entry. */
export const formsOf = (e: Pick<DictionaryEntry, 'form' | 'otherForms'>) => [e.form, ...e.otherForms];

type EntryForms = Pick<DictionaryEntry, 'id' | 'kind' | 'form' | 'otherForms'>;

/**
 * Every stored entry that a new or edited entry would be the same word as: the same kind and a written form in common
 * (other than itself, by id), in stored order. Any of its forms counts, not only the first.
 */
export function findClashes(entries: readonly DictionaryEntry[], entry: EntryForms): DictionaryEntry[] {
  const keys = new Set(formsOf(entry).map(formKey));
  return entries.filter((e) => e.id !== entry.id && e.kind === entry.kind && formsOf(e).some((f) => keys.has(formKey(f))));
}

/** The first of `findClashes`. @return `undefined` when there is none */
export function findClash(entries: readonly DictionaryEntry[], entry: EntryForms): DictionaryEntry | undefined {
  return findClashes(entries, entry)[0];
}

/** Lower case, no diacritics, đ as d, spaces as one: what search compares. */
const folded = (s: string) => stripDiacritics(s).replace(/\s+/g, ' ').trim();

/**
 * The entries that hold every word of `query`, ignoring tone marks and case ("hoa binh" finds "Hòa Bình" and
 * "Hoà Bình"), in written form order. An empty query returns them all.
 */
export function searchEntries(entries: readonly DictionaryEntry[], query: string): DictionaryEntry[] {
  const words = folded(query).split(' ').filter(Boolean);
  const sorted = [...entries].sort((a, b) => a.form.localeCompare(b.form, 'vi') || a.id.localeCompare(b.id));
  if (words.length === 0) return sorted;
  return sorted.filter((e) => {
    const hay = folded([...formsOf(e), e.expansion, e.english, e.note].join(' \u0000 '));
    return words.every((w) => hay.includes(w));
  });
}

/** A guess at what a selected text is: capitalised words with small letters are a place, the rest an abbreviation. */
export function guessKind(text: string): EntryKind {
  const t = text.trim();
  return CAPITAL_START.test(t) && /\p{Ll}/u.test(t) && !/\p{Lu}{2}/u.test(t) ? 'place' : 'abbr';
}

/** Whether two entries hold the same content (ids, origin and times aside). */
export function sameContent(a: DictionaryEntry, b: DictionaryEntry): boolean {
  return (
    a.kind === b.kind &&
    a.form === b.form &&
    a.otherForms.join('\u0000') === b.otherForms.join('\u0000') &&
    a.expansion === b.expansion &&
    a.english === b.english &&
    a.note === b.note
  );
}
