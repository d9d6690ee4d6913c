/**
 * The settings page's access to the reader's dictionary: the entries, live (Dexie's `liveQuery`, so a definition kept
 * in a tab shows up here at once), and the writes. Extension pages share the worker's origin and write to the
 * database directly; each write then tells the worker, which builds its lexicon again and has the open tabs re-marked.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ValidRow } from '../../dictionary/import';
import type { DictionaryEntry, EntryDraft } from '../../dictionary/model';
import type { PageToBackground } from '../../messages/types';
import { ChuGiaiDb } from '../../store/db';
import { deleteEntry, importDictionary, restoreEntry, saveEntry } from '../../store/dictionary';

let db: ChuGiaiDb | null = null;
const database = () => (db ??= new ChuGiaiDb());

function notifyWorker(): void {
  const message: PageToBackground = { type: 'dictionary/changed' };
  void browser.runtime.sendMessage(message).catch(() => {});
}

/** Runs a write, then tells the worker (whatever the result: a failed transaction wrote nothing, and telling is harmless). */
async function thenNotify<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } finally {
    notifyWorker();
  }
}

export interface DictionaryStore {
  entries: DictionaryEntry[];
  loaded: boolean;
  failed: boolean;
  save(draft: EntryDraft): ReturnType<typeof saveEntry>;
  remove(id: string): Promise<DictionaryEntry | null>;
  restore(entry: DictionaryEntry): ReturnType<typeof restoreEntry>;
  importRows(rows: readonly ValidRow[]): ReturnType<typeof importDictionary>;
}

export function useDictionary(): DictionaryStore {
  const [entries, setEntries] = useState<DictionaryEntry[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const sub = liveQuery(() => database().dictionary.toArray()).subscribe({
      next: (list) => {
        setEntries(list);
        setLoaded(true);
      },
      error: () => setFailed(true),
    });
    return () => sub.unsubscribe();
  }, []);
  return {
    entries,
    loaded,
    failed,
    save: (draft) => thenNotify(saveEntry(database(), draft, { now: Date.now(), newId: () => crypto.randomUUID(), origin: 'manual' })),
    remove: (id) => thenNotify(deleteEntry(database(), id)),
    restore: (entry) => thenNotify(restoreEntry(database(), entry)),
    importRows: (rows) => thenNotify(importDictionary(database(), rows)),
  };
}
