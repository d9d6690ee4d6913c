/**
 * An imported file against the stored dictionary: every row validated, bad rows named with their reasons, and what
 * writing the good ones would change (new entries, replaced ones, ones already there). Pure: the store writes the
 * result in one transaction.
 */
import type { FileRow } from './files';
import { type DictionaryEntry, type DraftDefaults, type EntryIssue, formKey, formsOf, sameContent, validateEntry } from './model';

export type RowProblem =
  | { code: 'issues'; issues: EntryIssue[] }
  /** Not an entry at all: a JSON value that is not an object, a CSV row with more cells than the header. */
  | { code: 'malformed' }
  /** The same word (id or a written form) as an earlier row of the file. */
  | { code: 'duplicate'; of: number }
  /**
   * It is the same word as more than one stored entry (its id is one's and a written form another's, or its forms are
   * two entries'): it cannot replace them all. `forms`: those entries' written forms.
   */
  | { code: 'clash'; forms: string[] };

export interface BadRow {
  row: number;
  problem: RowProblem;
}

export interface ValidRow {
  row: number;
  entry: DictionaryEntry;
}

/** What writing the valid rows would do. */
export interface ImportMerge {
  /** The entries to write (a replaced entry keeps its stored id, so its marks keep their key). */
  put: DictionaryEntry[];
  added: number;
  replaced: number;
  unchanged: number;
  /** Rows that cannot be written next to what is stored. */
  bad: BadRow[];
}

export interface ImportPlan extends ImportMerge {
  valid: ValidRow[];
  /** Rows of the file, bad ones included. */
  rows: number;
}

/** Validates every row and drops the ones that repeat an earlier row of the file. */
export function validateRows(rows: readonly FileRow[], defaults: DraftDefaults): { valid: ValidRow[]; bad: BadRow[] } {
  const valid: ValidRow[] = [];
  const bad: BadRow[] = [];
  const rowOfId = new Map<string, number>();
  const rowOfForm = new Map<string, number>();
  for (const { row, draft } of rows) {
    if (!draft) {
      bad.push({ row, problem: { code: 'malformed' } });
      continue;
    }
    const result = validateEntry(draft, defaults);
    if (!result.ok) {
      bad.push({ row, problem: { code: 'issues', issues: result.issues } });
      continue;
    }
    const entry = result.value;
    const keys = formsOf(entry).map((f) => `${entry.kind}\u0000${formKey(f)}`);
    const earlier = rowOfId.get(entry.id) ?? keys.map((k) => rowOfForm.get(k)).find((r) => r !== undefined);
    if (earlier !== undefined) {
      bad.push({ row, problem: { code: 'duplicate', of: earlier } });
      continue;
    }
    rowOfId.set(entry.id, row);
    for (const k of keys) rowOfForm.set(k, row);
    valid.push({ row, entry });
  }
  return { valid, bad };
}

const kindForm = (kind: string, form: string) => `${kind}\u0000${formKey(form)}`;

/**
 * Merges valid rows into the stored entries. A row replaces the stored entry with its id, else the one with a written
 * form in common (same kind); otherwise it is new. One identical to what is stored is left alone. A row that is the
 * same word as two stored entries is bad: written, it would leave two entries with one written form.
 */
export function mergeImport(stored: readonly DictionaryEntry[], rows: readonly ValidRow[]): ImportMerge {
  const byId = new Map(stored.map((e) => [e.id, e]));
  const byForm = new Map<string, DictionaryEntry[]>();
  for (const e of stored) {
    for (const f of formsOf(e)) {
      const key = kindForm(e.kind, f);
      byForm.set(key, [...(byForm.get(key) ?? []), e]);
    }
  }
  const put: DictionaryEntry[] = [];
  const bad: BadRow[] = [];
  let added = 0;
  let replaced = 0;
  let unchanged = 0;
  /** Stored ids already replaced, by the row that replaced them. */
  const taken = new Map<string, number>();
  for (const { row, entry } of rows) {
    // The stored entries it is the same word as: by id first, then by each of its written forms (as `findClashes`).
    const touched = new Map<string, DictionaryEntry>();
    const sameId = byId.get(entry.id);
    if (sameId) touched.set(sameId.id, sameId);
    for (const f of formsOf(entry)) for (const e of byForm.get(kindForm(entry.kind, f)) ?? []) touched.set(e.id, e);
    if (touched.size > 1) {
      bad.push({ row, problem: { code: 'clash', forms: [...touched.values()].map((e) => e.form) } });
      continue;
    }
    const [target] = touched.values();
    const earlier = target ? taken.get(target.id) : undefined;
    if (earlier !== undefined) {
      bad.push({ row, problem: { code: 'duplicate', of: earlier } });
      continue;
    }
    if (target) taken.set(target.id, row);
    if (!target) {
      put.push(entry);
      added++;
    } else if (sameContent(target, entry)) {
      unchanged++;
    } else {
      put.push({ ...entry, id: target.id });
      replaced++;
    }
  }
  return { put, added, replaced, unchanged, bad };
}

/** The preview of an import: every row checked, and what writing the good ones would change. */
export function planImport(rows: readonly FileRow[], stored: readonly DictionaryEntry[], defaults: DraftDefaults): ImportPlan {
  const { valid, bad } = validateRows(rows, defaults);
  const merge = mergeImport(stored, valid);
  const badRows = new Set(merge.bad.map((b) => b.row));
  return {
    ...merge,
    valid: valid.filter((v) => !badRows.has(v.row)),
    bad: [...bad, ...merge.bad].sort((a, b) => a.row - b.row),
    rows: rows.length,
  };
}
