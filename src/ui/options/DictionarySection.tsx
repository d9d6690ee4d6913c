/**
 * The settings page's "My dictionary": the list with search, the form (filled in from "add to my dictionary" when the
 * page is opened with `#dictionary?kind=…&form=…&expansion=…`), delete with undo, export and import with a preview.
 * Data and writes come from `useDictionary`; the parts are presentational.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MAX_FILE_BYTES, readDictionaryFile, toDictionaryCsv, toDictionaryJson } from '../../dictionary/files';
import { type ImportPlan, planImport } from '../../dictionary/import';
import { type DictionaryEntry, type EntryDraft, type EntryField, findClash, searchEntries } from '../../dictionary/model';
import { formatNumber, t, tn } from '../../i18n';
import { useLocale } from '../../i18n/use-locale';
import { downloadText } from '../download';
import { badRowText, fileErrorText, issueText } from './dictionary-text';
import { DictionaryTransfer, type ImportPreviewModel } from './DictionaryTransfer';
import { EMPTY_DRAFT, EntryForm, type FocusRequest, type FormDraft } from './EntryForm';
import { EntryList } from './EntryList';
import { useDictionary } from './use-dictionary';
import './dictionary.css';

/** What "add to my dictionary" fills in. */
export interface DictionaryPrefill {
  kind?: 'abbr' | 'place';
  form?: string;
  expansion?: string;
}

type Status = { text: string; error?: boolean; undo?: () => void };

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

export function DictionarySection({ prefill }: { prefill: DictionaryPrefill | null }) {
  useLocale();
  const store = useDictionary();
  const [draft, setDraft] = useState<FormDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<Partial<Record<EntryField, string>>>({});
  const [clash, setClash] = useState<DictionaryEntry | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [busy, setBusy] = useState(false);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status | null>(null);
  const [pending, setPending] = useState<{ name: string; plan: ImportPlan; preview: ImportPreviewModel } | null>(null);
  const prefilled = useRef(false);

  const editing = draft.id ? (store.entries.find((e) => e.id === draft.id)?.form ?? draft.form) : null;
  const shown = useMemo(() => searchEntries(store.entries, query), [store.entries, query]);
  const focusOn = (field: FocusRequest['field']) => setFocus((f) => ({ field, n: (f?.n ?? 0) + 1 }));

  const startEdit = (entry: DictionaryEntry, why: string | null = null) => {
    setDraft(draftOf(entry));
    setErrors({});
    setClash(null);
    setNotice(why);
    focusOn('form');
  };

  const resetForm = () => {
    setDraft((d) => ({ ...EMPTY_DRAFT, kind: d.kind }));
    setErrors({});
    setClash(null);
    setNotice(null);
  };

  // "Add to my dictionary" from an article: once the entries are known, fill the form (or edit the entry it names).
  useEffect(() => {
    if (!store.loaded || prefilled.current || !prefill) return;
    prefilled.current = true;
    const kind = prefill.kind ?? 'abbr';
    const form = (prefill.form ?? '').normalize('NFC').trim();
    const existing = form ? findClash(store.entries, { id: '', kind, form, otherForms: [] }) : undefined;
    if (existing) startEdit(existing, t('dict_prefilled_existing', existing.form));
    else {
      setDraft({ ...EMPTY_DRAFT, kind, form, expansion: (prefill.expansion ?? '').normalize('NFC').trim() });
      focusOn(form ? 'expansion' : 'form');
    }
    document.getElementById('dictionary')?.scrollIntoView({ block: 'start' });
  }, [store.loaded]);

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
        setStatus({ text: t('dict_saved', result.value.form) });
        resetForm();
        focusOn('form');
      } else if ('clash' in result) {
        setStatus(null);
        setErrors({});
        setClash(result.clash);
        focusOn('form');
      } else {
        setStatus(null);
        setClash(null);
        setErrors(Object.fromEntries(result.issues.map((i) => [i.field, issueText(i)])));
        focusOn(result.issues.some((i) => i.field === 'form') ? 'form' : 'expansion');
      }
    } catch (error) {
      setStatus({ text: t('dict_write_failed', errorName(error)), error: true });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (entry: DictionaryEntry) => {
    try {
      const deleted = await store.remove(entry.id);
      if (draft.id === entry.id) resetForm();
      if (!deleted) return;
      setStatus({
        text: t('dict_deleted', deleted.form),
        undo: () => {
          setStatus(null);
          void store.restore(deleted).then(
            (restored) => {
              if (!restored.ok) setStatus({ text: t('dict_undo_clash', deleted.form, restored.clash.form), error: true });
            },
            (error: unknown) => setStatus({ text: t('dict_write_failed', errorName(error)), error: true }),
          );
        },
      });
    } catch (error) {
      setStatus({ text: t('dict_write_failed', errorName(error)), error: true });
    }
  };

  const exportAs = (format: 'json' | 'csv') => {
    if (store.entries.length === 0) return setStatus({ text: t('dict_export_empty'), error: true });
    const now = new Date();
    const entries = searchEntries(store.entries, '');
    const name = `chu-giai-tu-dien-${now.toISOString().slice(0, 10)}.${format}`;
    downloadText(
      format === 'json'
        ? { name, type: 'application/json;charset=utf-8', text: toDictionaryJson(entries, now) }
        : { name, type: 'text/csv;charset=utf-8', text: toDictionaryCsv(entries) },
    );
    setStatus({ text: t('dict_exported', tn('dict_entries', entries.length), name) });
  };

  const readFile = async (file: File) => {
    setPending(null);
    const fail = (why: string) => setStatus({ text: t('dict_import_failed', file.name, why), error: true });
    if (file.size > MAX_FILE_BYTES) return fail(fileErrorText({ code: 'too-large' }));
    const read = readDictionaryFile(file.name, await file.text());
    if (!read.ok) return fail(fileErrorText(read.error));
    const plan = planImport(read.rows, store.entries, { now: Date.now(), newId: () => crypto.randomUUID(), origin: 'import' });
    setStatus(null);
    setPending({
      name: file.name,
      plan,
      preview: {
        name: file.name,
        added: plan.added,
        replaced: plan.replaced,
        unchanged: plan.unchanged,
        writable: plan.put.length,
        valid: plan.valid.length,
        bad: plan.bad.map((b) => badRowText(b, read.format)),
      },
    });
  };

  const confirmImport = async (validOnly: boolean) => {
    if (!pending) return;
    const { plan, name } = pending;
    // Nothing is written from a file with bad rows unless the reader chose to leave them out.
    if (plan.bad.length > 0 && !validOnly) return;
    setPending(null);
    try {
      const merge = await store.importRows(plan.valid);
      setStatus({ text: t('dict_import_done', formatNumber(merge.added), formatNumber(merge.replaced)) });
    } catch (error) {
      const why = errorName(error) === 'ImportConflictError' ? t('dict_import_conflict') : t('dict_write_failed', errorName(error));
      setStatus({ text: t('dict_import_failed', name, why), error: true });
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
        notice={notice}
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
            <span>{status.text}</span>
            {status.undo ? (
              <button type="button" class="dict__btn" data-cg-action="undo" onClick={status.undo}>
                {t('dict_undo')}
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
          onQuery={setQuery}
          onEdit={(e) => startEdit(e)}
          onDelete={(e) => void remove(e)}
        />
      ) : null}
      <DictionaryTransfer
        preview={pending?.preview ?? null}
        onExport={exportAs}
        onFile={(file) => void readFile(file)}
        onConfirm={(validOnly) => void confirmImport(validOnly)}
        onCancel={() => setPending(null)}
      />
    </section>
  );
}
