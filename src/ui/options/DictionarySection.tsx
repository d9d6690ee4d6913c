/**
 * The settings page's "My dictionary": the list with search, the form (filled in from "add to my dictionary" when the
 * page is opened with `#dictionary?kind=…&form=…&expansion=…`), delete with undo, export and import with a preview.
 * Data and writes come from `useDictionary`; the parts are presentational. What is said (status, reasons, bad rows) is
 * kept as codes and worded while rendering, so it follows a change of language.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type FileFormat, readChosenFile, toDictionaryCsv, toDictionaryJson } from '../../dictionary/files';
import { type ImportPlan, planImport } from '../../dictionary/import';
import type { Prefill } from '../../dictionary/prefill';
import { cleanForm, type DictionaryEntry, type EntryDraft, type EntryIssue, findClash, searchEntries } from '../../dictionary/model';
import { type Message, type MessageKey, t, tm } from '../../i18n';
import { useLocale } from '../../i18n/use-locale';
import { downloadText } from '../download';
import { badRowText, fileErrorMessage, issueText } from './dictionary-text';
import { DictionaryTransfer, type ImportPreviewModel } from './DictionaryTransfer';
import { EMPTY_DRAFT, EntryForm, type FocusRequest, type FormDraft } from './EntryForm';
import { EntryList } from './EntryList';
import { useDictionary } from './use-dictionary';
import './dictionary.css';

/** What "add to my dictionary" fills in (`options.html#dictionary?…`). */
export type DictionaryPrefill = Prefill;

/** A button beside the status line; it takes the focus when it appears (its own control has just gone). */
interface StatusAction {
  label: MessageKey;
  /** Its `data-cg-action`. */
  name: string;
  run: () => void;
}

type Status = { message: Message; error?: boolean; action?: StatusAction };

const draftOf = (e: DictionaryEntry): FormDraft => ({
  id: e.id,
  kind: e.kind,
  form: e.form,
  otherForms: e.otherForms.join('; '),
  expansion: e.expansion,
  english: e.english,
  note: e.note,
});

const errorName = (error: unknown) => (error instanceof Error ? error.name : 'Error');
const writeFailed = (error: unknown): Message => ({ key: 'dict_write_failed', subs: [errorName(error)] });

export function DictionarySection({ prefill }: { prefill: DictionaryPrefill | null }) {
  const locale = useLocale();
  const store = useDictionary();
  const [draft, setDraft] = useState<FormDraft>(EMPTY_DRAFT);
  const [issues, setIssues] = useState<EntryIssue[]>([]);
  const [clash, setClash] = useState<DictionaryEntry | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [busy, setBusy] = useState(false);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status | null>(null);
  const [pending, setPending] = useState<{ name: string; format: FileFormat; plan: ImportPlan } | null>(null);
  /** The entry to focus once the list shows it (after an undo). */
  const [focusEntry, setFocusEntry] = useState<string | null>(null);
  const applied = useRef<DictionaryPrefill | null>(null);
  const actionRef = useRef<HTMLButtonElement>(null);

  const editing = draft.id ? (store.entries.find((e) => e.id === draft.id)?.form ?? draft.form) : null;
  const shown = useMemo(() => searchEntries(store.entries, query), [store.entries, query]);
  const errors = Object.fromEntries(issues.map((i) => [i.field, issueText(i)]));
  const preview = useMemo<ImportPreviewModel | null>(
    () =>
      pending && {
        name: pending.name,
        added: pending.plan.added,
        replaced: pending.plan.replaced,
        unchanged: pending.plan.unchanged,
        writable: pending.plan.put.length,
        valid: pending.plan.valid.length,
        bad: pending.plan.bad.map((b) => badRowText(b, pending.format)),
      },
    [pending, locale],
  );
  const focusOn = (field: FocusRequest['field']) => setFocus((f) => ({ field, n: (f?.n ?? 0) + 1 }));

  // A status with a button appears where the reader's control was (Delete, Undo): the focus goes to that button.
  useEffect(() => {
    if (status?.action) actionRef.current?.focus();
  }, [status]);

  const startEdit = (entry: DictionaryEntry, why: Message | null = null) => {
    setDraft(draftOf(entry));
    setIssues([]);
    setClash(null);
    setNotice(why);
    focusOn('form');
  };

  const resetForm = () => {
    setDraft((d) => ({ ...EMPTY_DRAFT, kind: d.kind }));
    setIssues([]);
    setClash(null);
    setNotice(null);
  };

  // "Add to my dictionary" from an article: once the entries are known, fill the form (or edit the entry it names),
  // then take the prefill out of the address so that a reload does not fill the form again.
  useEffect(() => {
    if (!store.loaded || !prefill || applied.current === prefill) return;
    applied.current = prefill;
    const kind = prefill.kind ?? 'abbr';
    const form = cleanForm(prefill.form ?? '');
    const existing = form ? findClash(store.entries, { id: '', kind, form, otherForms: [] }) : undefined;
    if (existing) startEdit(existing, { key: 'dict_prefilled_existing', subs: [existing.form] });
    else {
      setDraft({ ...EMPTY_DRAFT, kind, form, expansion: (prefill.expansion ?? '').normalize('NFC').trim() });
      focusOn(form ? 'expansion' : 'form');
    }
    if (location.hash.startsWith('#dictionary?')) history.replaceState(history.state, '', '#dictionary');
    document.getElementById('dictionary')?.scrollIntoView({ block: 'start' });
  }, [store.loaded, prefill]);

  const submit = async () => {
    const entryDraft: EntryDraft = {
      ...(draft.id ? { id: draft.id } : {}),
      kind: draft.kind,
      form: draft.form,
      otherForms: draft.kind === 'abbr' ? draft.otherForms : '',
      expansion: draft.expansion,
      english: draft.english,
      note: draft.note,
    };
    setBusy(true);
    try {
      const result = await store.save(entryDraft);
      if (result.ok) {
        setStatus({ message: { key: 'dict_saved', subs: [result.value.form] } });
        resetForm();
        focusOn('form');
      } else if ('clash' in result) {
        setStatus(null);
        setIssues([]);
        setClash(result.clash);
        focusOn('form');
      } else {
        setStatus(null);
        setClash(null);
        setIssues(result.issues);
        focusOn(result.issues.some((i) => i.field === 'form') ? 'form' : 'expansion');
      }
    } catch (error) {
      setStatus({ message: writeFailed(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const undo = (deleted: DictionaryEntry) => {
    let started = false;
    return async () => {
      if (started) return;
      started = true;
      try {
        const restored = await store.restore(deleted);
        if (restored.ok) {
          setStatus({ message: { key: 'dict_restored', subs: [deleted.form] } });
          setFocusEntry(deleted.id);
        } else {
          // Another entry took the written form since the delete: it stays, and the reader may edit it.
          const other = restored.clash;
          setStatus({
            message: { key: 'dict_undo_clash', subs: [deleted.form, other.form] },
            error: true,
            action: { label: 'dict_edit_existing', name: 'edit-newer-entry', run: () => startEdit(other) },
          });
        }
      } catch (error) {
        setStatus({ message: writeFailed(error), error: true });
      }
    };
  };

  const remove = async (entry: DictionaryEntry) => {
    try {
      const deleted = await store.remove(entry.id);
      if (draft.id === entry.id) resetForm();
      if (!deleted) return;
      setStatus({ message: { key: 'dict_deleted', subs: [deleted.form] }, action: { label: 'dict_undo', name: 'undo', run: undo(deleted) } });
    } catch (error) {
      setStatus({ message: writeFailed(error), error: true });
    }
  };

  const exportAs = (format: 'json' | 'csv') => {
    if (store.entries.length === 0) return setStatus({ message: { key: 'dict_export_empty' }, error: true });
    const now = new Date();
    const entries = searchEntries(store.entries, '');
    const name = `chu-giai-tu-dien-${now.toISOString().slice(0, 10)}.${format}`;
    downloadText(
      format === 'json'
        ? { name, type: 'application/json;charset=utf-8', text: toDictionaryJson(entries, now) }
        : { name, type: 'text/csv;charset=utf-8', text: toDictionaryCsv(entries) },
    );
    setStatus({ message: { key: 'dict_exported', subs: [{ plural: 'dict_entries', count: entries.length }, name] } });
  };

  const readFile = async (file: File) => {
    setPending(null);
    const read = await readChosenFile(file);
    if (!read.ok) return setStatus({ message: { key: 'dict_import_failed', subs: [file.name, fileErrorMessage(read.error)] }, error: true });
    const plan = planImport(read.rows, store.entries, { now: Date.now(), newId: () => crypto.randomUUID(), origin: 'import' });
    setStatus(null);
    setPending({ name: file.name, format: read.format, plan });
  };

  const confirmImport = async (validOnly: boolean) => {
    if (!pending) return;
    const { plan, name } = pending;
    // Nothing is written from a file with bad rows unless the reader chose to leave them out.
    if (plan.bad.length > 0 && !validOnly) return;
    setPending(null);
    try {
      const merge = await store.importRows(plan.valid);
      setStatus({ message: { key: 'dict_import_done', subs: [merge.added, merge.replaced] } });
    } catch (error) {
      const why: Message = errorName(error) === 'ImportConflictError' ? { key: 'dict_import_conflict' } : writeFailed(error);
      setStatus({ message: { key: 'dict_import_failed', subs: [name, why] }, error: true });
    }
  };

  return (
    <section id="dictionary" class="dict" aria-labelledby="dict-title">
      <h2 id="dict-title">{t('dict_title')}</h2>
      <p class="dict__intro">{t('dict_intro')}</p>
      {store.failed ? <p class="dict__error">{t('dict_load_failed')}</p> : null}
      <EntryForm
        draft={draft}
        editing={editing}
        errors={errors}
        clash={clash ? { form: clash.form, onEdit: () => startEdit(clash) } : null}
        notice={notice && tm(notice)}
        focus={focus}
        busy={busy}
        onChange={(next) => {
          setDraft(next);
          if (clash) setClash(null);
        }}
        onSubmit={() => void submit()}
        onCancel={resetForm}
      />
      <div class={`dict__status${status?.error ? ' dict__status--error' : ''}`} role="status" aria-live="polite" data-cg-field="dict-status">
        {status ? (
          <>
            <span>{tm(status.message)}</span>
            {status.action ? (
              <button type="button" class="dict__btn" ref={actionRef} data-cg-action={status.action.name} onClick={status.action.run}>
                {t(status.action.label)}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      {store.loaded ? (
        <EntryList
          entries={shown}
          total={store.entries.length}
          query={query}
          focusId={focusEntry}
          onFocused={() => setFocusEntry(null)}
          onQuery={(q) => {
            setQuery(q);
            setFocusEntry(null);
          }}
          onEdit={(e) => startEdit(e)}
          onDelete={(e) => void remove(e)}
        />
      ) : null}
      <DictionaryTransfer
        preview={preview}
        onExport={exportAs}
        onFile={(file) => void readFile(file)}
        onConfirm={(validOnly) => void confirmImport(validOnly)}
        onCancel={() => setPending(null)}
      />
    </section>
  );
}
