import { useEffect, useRef } from 'preact/hooks';
import type { EntryField, EntryKind } from '../../dictionary/model';
import { t } from '../../i18n';

/** The form's fields as typed (other forms as one line of text). `id` is set while an entry is edited. */
export interface FormDraft {
  id: string | null;
  kind: EntryKind;
  form: string;
  otherForms: string;
  expansion: string;
  english: string;
  note: string;
}

export const EMPTY_DRAFT: FormDraft = { id: null, kind: 'abbr', form: '', otherForms: '', expansion: '', english: '', note: '' };

/** A request to focus a field; `n` changes with every request. */
export interface FocusRequest {
  field: 'form' | 'expansion';
  n: number;
}

type Props = {
  draft: FormDraft;
  /** The written form of the entry being edited, for the heading. */
  editing: string | null;
  errors: Partial<Record<EntryField, string>>;
  /** Another entry has this written form: its form, with a way to edit it. */
  clash: { form: string; onEdit: () => void } | null;
  notice: string | null;
  focus: FocusRequest | null;
  busy?: boolean;
  onChange: (draft: FormDraft) => void;
  onSubmit: () => void;
  onCancel: () => void;
};

type TextField = 'form' | 'otherForms' | 'expansion' | 'english' | 'note';

/** Adds or edits one entry of the reader's dictionary; reasons show next to their fields. */
export function EntryForm({ draft, editing, errors, clash, notice, focus, busy = false, onChange, onSubmit, onCancel }: Props) {
  const formRef = useRef<HTMLInputElement>(null);
  const expansionRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focus) return;
    const el = focus.field === 'form' ? formRef.current : expansionRef.current;
    el?.focus();
    el?.select();
  }, [focus?.n]);

  const set = (patch: Partial<FormDraft>) => onChange({ ...draft, ...patch });
  const describedBy = (field: EntryField, hint?: string) =>
    [hint, errors[field] ? `dict-error-${field}` : null, field === 'form' && clash ? 'dict-clash' : null].filter(Boolean).join(' ') ||
    undefined;
  const error = (field: EntryField) =>
    errors[field] ? (
      <p class="dict__error" id={`dict-error-${field}`} data-cg-error={field}>
        {errors[field]}
      </p>
    ) : null;
  const input = (field: TextField, props: { ref?: typeof formRef; hint?: string; dataField: string; lang?: string }) => (
    <input
      ref={props.ref}
      type="text"
      value={draft[field]}
      lang={props.lang}
      data-cg-field={props.dataField}
      aria-invalid={errors[field] || (field === 'form' && clash) ? 'true' : undefined}
      aria-describedby={describedBy(field, props.hint)}
      onInput={(e) => set({ [field]: e.currentTarget.value } as Partial<FormDraft>)}
    />
  );

  return (
    <form
      class="dict__form"
      data-cg-form="dictionary"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h3>{editing ? t('dict_form_edit', editing) : t('dict_form_add')}</h3>
      {notice ? (
        <p class="dict__notice" data-cg-field="dict-notice">
          {notice}
        </p>
      ) : null}
      <fieldset class="dict__kind">
        <legend>{t('dict_kind')}</legend>
        {(['abbr', 'place'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="dict-kind" value={k} checked={draft.kind === k} data-cg-field="kind" onChange={() => set({ kind: k })} />
            {k === 'abbr' ? t('dict_kind_abbr') : t('dict_kind_place')}
          </label>
        ))}
      </fieldset>
      <label class="dict__field">
        <span>{t('dict_field_form')}</span>
        {input('form', { ref: formRef, hint: 'dict-hint-form', dataField: 'form' })}
        <small id="dict-hint-form">{t('dict_field_form_hint')}</small>
      </label>
      {error('form')}
      {clash ? (
        <p class="dict__error" id="dict-clash" data-cg-error="clash">
          {t('dict_clash', clash.form)}{' '}
          <button type="button" class="dict__link" data-cg-action="edit-clash" onClick={clash.onEdit}>
            {t('dict_edit_existing')}
          </button>
        </p>
      ) : null}
      {draft.kind === 'abbr' ? (
        <>
          <label class="dict__field">
            <span>{t('dict_field_other_forms')}</span>
            {input('otherForms', { hint: 'dict-hint-other', dataField: 'other-forms' })}
            <small id="dict-hint-other">{t('dict_field_other_forms_hint')}</small>
          </label>
          {error('otherForms')}
        </>
      ) : null}
      <label class="dict__field">
        <span>{t('dict_field_expansion')}</span>
        {input('expansion', { ref: expansionRef, dataField: 'expansion', lang: 'vi' })}
      </label>
      {error('expansion')}
      <label class="dict__field">
        <span>{t('dict_field_english')}</span>
        {input('english', { dataField: 'english', lang: 'en' })}
      </label>
      {error('english')}
      <label class="dict__field">
        <span>{t('dict_field_note')}</span>
        <textarea
          rows={2}
          value={draft.note}
          data-cg-field="note"
          placeholder={draft.kind === 'place' ? t('dict_field_note_hint_place') : undefined}
          aria-invalid={errors.note ? 'true' : undefined}
          aria-describedby={describedBy('note')}
          onInput={(e) => set({ note: e.currentTarget.value })}
        />
      </label>
      {error('note')}
      {(['id', 'kind', 'created', 'updated', 'origin'] as const).map(error)}
      <div class="dict__actions">
        <button type="submit" class="dict__btn dict__btn--main" data-cg-action="save-entry" disabled={busy}>
          {editing ? t('dict_save') : t('dict_add')}
        </button>
        {editing ? (
          <button type="button" class="dict__btn" data-cg-action="cancel-edit" onClick={onCancel}>
            {t('dict_cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
