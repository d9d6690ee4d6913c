/** The reader's dictionary in the database: list, save, delete, keep an article's definition, import. */
import { type DictionaryEntry, type DraftDefaults, type EntryDraft, findClash, validateEntry, type Validated } from '../dictionary/model';
import { type ImportMerge, mergeImport, type ValidRow } from '../dictionary/import';
import type { ChuGiaiDb } from './db';

export function listDictionary(db: ChuGiaiDb): Promise<DictionaryEntry[]> {
  return db.dictionary.toArray();
}

/**
 * Saves a new or edited entry (validated here too: the store takes no unchecked record). Refused when another stored
 * entry of the same kind has one of its written forms.
 * @return the entry saved, or why not (`clash` names the entry in the way)
 */
export async function saveEntry(
  db: ChuGiaiDb,
  draft: EntryDraft,
  defaults: DraftDefaults,
): Promise<Validated<DictionaryEntry> | { ok: false; clash: DictionaryEntry }> {
  return db.transaction('rw', db.dictionary, async () => {
    const existing = typeof draft.id === 'string' ? await db.dictionary.get(draft.id) : undefined;
    const result = validateEntry(
      { ...draft, created: existing?.created ?? draft.created, origin: existing?.origin ?? draft.origin, updated: defaults.now },
      defaults,
    );
    if (!result.ok) return result;
    const clash = findClash(await db.dictionary.toArray(), result.value);
    if (clash) return { ok: false, clash };
    await db.dictionary.put(result.value);
    return result;
  });
}

/** Deletes an entry. @return what was deleted (to undo with `restoreEntry`), or `null` if it did not exist */
export async function deleteEntry(db: ChuGiaiDb, id: string): Promise<DictionaryEntry | null> {
  return db.transaction('rw', db.dictionary, async () => {
    const existing = await db.dictionary.get(id);
    if (!existing) return null;
    await db.dictionary.delete(id);
    return existing;
  });
}

/**
 * Puts a deleted entry back (undo), unless another entry has taken one of its written forms since (kept again from an
 * article, say): that newer entry is what the reader did last, so it stays and the undo is refused.
 * @return `clash`: the entry in the way
 */
export async function restoreEntry(db: ChuGiaiDb, entry: DictionaryEntry): Promise<{ ok: true } | { ok: false; clash: DictionaryEntry }> {
  return db.transaction('rw', db.dictionary, async () => {
    const clash = findClash(await db.dictionary.toArray(), entry);
    if (clash) return { ok: false, clash };
    await db.dictionary.put(entry);
    return { ok: true };
  });
}

/**
 * Keeps an abbreviation the article defined ("Hồ sơ khoa học (HSKH)"): a new entry of origin `article`, or, when the
 * reader already has that abbreviation, its expansion replaced.
 */
export async function keepDefinition(
  db: ChuGiaiDb,
  definition: { form: string; expansion: string },
  defaults: Omit<DraftDefaults, 'origin'>,
): Promise<Validated<DictionaryEntry>> {
  return db.transaction('rw', db.dictionary, async () => {
    const fresh = validateEntry({ kind: 'abbr', ...definition }, { ...defaults, origin: 'article' });
    if (!fresh.ok) return fresh;
    const same = findClash(await db.dictionary.toArray(), fresh.value);
    const entry = same ? { ...same, expansion: fresh.value.expansion, updated: defaults.now } : fresh.value;
    await db.dictionary.put(entry);
    return { ok: true, value: entry };
  });
}

/**
 * Writes imported entries in one transaction, merged with what is stored at that moment: all or nothing. Throws
 * `ImportConflictError` (writing nothing) when the dictionary changed since the preview so that a row now clashes.
 */
export async function importDictionary(db: ChuGiaiDb, rows: readonly ValidRow[]): Promise<ImportMerge> {
  return db.transaction('rw', db.dictionary, async () => {
    const merge = mergeImport(await db.dictionary.toArray(), rows);
    if (merge.bad.length > 0) throw new ImportConflictError();
    await db.dictionary.bulkPut(merge.put);
    return merge;
  });
}

export class ImportConflictError extends Error {
  override name = 'ImportConflictError';
}
