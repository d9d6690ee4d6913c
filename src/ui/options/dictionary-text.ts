/**
 * The reader's words for what the dictionary's pure core reports as codes: reasons, bad rows, unreadable files. Call
 * them while rendering (or keep the message codes), so that the text follows a change of language.
 */
import type { FileError, FileFormat } from '../../dictionary/files';
import { MAX_FILE_BYTES, MAX_ROWS } from '../../dictionary/files';
import type { BadRow } from '../../dictionary/import';
import { type EntryField, type EntryIssue, LIMITS } from '../../dictionary/model';
import { formatNumber, getLocale, intlLocale, type Message, type MessageKey, t } from '../../i18n';

const FIELD_KEYS: Record<EntryField, MessageKey> = {
  id: 'dict_col_id',
  kind: 'dict_col_kind',
  form: 'dict_col_form',
  otherForms: 'dict_col_other_forms',
  expansion: 'dict_col_expansion',
  english: 'dict_col_english',
  note: 'dict_col_note',
  created: 'dict_col_created',
  updated: 'dict_col_updated',
  origin: 'dict_col_origin',
};

const LIMIT_OF: Partial<Record<EntryField, number>> = {
  id: LIMITS.id,
  form: LIMITS.form,
  otherForms: LIMITS.form,
  expansion: LIMITS.expansion,
  english: LIMITS.english,
  note: LIMITS.note,
};

/** Why a field is refused, as a sentence. */
export function issueText({ field, code }: EntryIssue): string {
  switch (code) {
    case 'required':
      return t('dict_issue_required');
    case 'too-long':
      return t('dict_issue_too_long', formatNumber(LIMIT_OF[field] ?? 0));
    case 'line-break':
      return t('dict_issue_line_break');
    case 'form-start':
      return t('dict_issue_form_start');
    case 'place-capital':
      return t('dict_issue_place_capital');
    case 'too-many-forms':
      return t('dict_issue_too_many_forms', LIMITS.otherForms);
    case 'invalid':
      return t('dict_issue_invalid');
    default: {
      const unhandled: never = code;
      return unhandled;
    }
  }
}

export const fieldName = (field: EntryField) => t(FIELD_KEYS[field]);

/** "“KTXH” và “KT-XH”", "“KTXH” and “KT-XH”". */
const quotedList = (items: readonly string[]) =>
  new Intl.ListFormat(intlLocale(getLocale()), { type: 'conjunction' }).format(items.map((s) => `“${s}”`));

const rowLabel = (row: number, format: FileFormat) => t(format === 'csv' ? 'dict_row_csv' : 'dict_row_json', row);

/** "Hàng 3: Cách viết (Form): Cần điền." */
export function badRowText({ row, problem }: BadRow, format: FileFormat): string {
  const label = rowLabel(row, format);
  switch (problem.code) {
    case 'issues':
      return `${label}: ${problem.issues.map((i) => `${fieldName(i.field)}: ${issueText(i)}`).join(' ')}`;
    case 'malformed':
      return `${label}: ${t('dict_problem_malformed')}`;
    case 'duplicate':
      return `${label}: ${t('dict_problem_duplicate', rowLabel(problem.of, format))}`;
    case 'clash':
      return `${label}: ${t('dict_problem_clash', quotedList(problem.forms))}`;
    default: {
      const unhandled: never = problem;
      return unhandled;
    }
  }
}

/** Why a file cannot be imported, as a message code (rendered in the language of the moment). */
export function fileErrorMessage(error: FileError): Message {
  switch (error.code) {
    case 'too-large':
      return { key: 'dict_file_too_large', subs: [MAX_FILE_BYTES / 1024 / 1024] };
    case 'unreadable':
      return { key: 'dict_file_unreadable' };
    case 'not-utf8':
      return { key: 'dict_file_not_utf8' };
    case 'empty':
      return { key: 'dict_file_empty' };
    case 'too-many-rows':
      return { key: 'dict_file_too_many_rows', subs: [MAX_ROWS] };
    case 'bad-json':
      return { key: 'dict_file_bad_json' };
    case 'not-dictionary':
      return { key: 'dict_file_not_dictionary' };
    case 'newer-version':
      return { key: 'dict_file_newer_version', subs: [error.version] };
    case 'unclosed-quote':
      return { key: 'dict_file_unclosed_quote', subs: [error.row] };
    case 'missing-columns':
      return { key: 'dict_file_missing_columns', subs: [error.columns.join(', ')] };
    default: {
      const unhandled: never = error;
      return unhandled;
    }
  }
}
