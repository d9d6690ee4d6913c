import { useEffect, useRef } from 'preact/hooks';
import type { DictionaryEntry, EntryOrigin } from '../../dictionary/model';
import { type MessageKey, t, tn } from '../../i18n';

type Props = {
  entries: readonly DictionaryEntry[];
  /** How many entries there are before the search. */
  total: number;
  query: string;
  /** An entry to focus as soon as it is listed (the one an undo brought back); `onFocused` says it was. */
  focusId?: string | null;
  onFocused?: () => void;
  onQuery: (query: string) => void;
  onEdit: (entry: DictionaryEntry) => void;
  onDelete: (entry: DictionaryEntry) => void;
};

const ORIGIN: Record<EntryOrigin, MessageKey> = {
  manual: 'dict_origin_manual',
  article: 'dict_origin_article',
  import: 'dict_origin_import',
};

/** The reader's entries, searched; each with its edit and delete buttons. Entries are text only. */
export function EntryList({ entries, total, query, focusId = null, onFocused, onQuery, onEdit, onDelete }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusId) return;
    const item = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-cg-entry]') ?? [])].find((el) => el.dataset.cgEntry === focusId);
    if (!item) return;
    item.focus();
    onFocused?.();
  }, [focusId, entries]);
  return (
    <div class="dict__list" ref={listRef}>
      <div class="dict__bar" role="search">
        <label>
          {t('dict_search')}
          <input type="search" value={query} data-cg-field="dict-search" onInput={(e) => onQuery(e.currentTarget.value)} />
        </label>
        <span class="dict__count" data-cg-field="dict-count" data-cg-value={entries.length}>
          {tn('dict_entries', entries.length)}
        </span>
      </div>
      {total === 0 ? (
        <p class="dict__empty">{t('dict_empty')}</p>
      ) : entries.length === 0 ? (
        <p class="dict__empty">{t('dict_no_match')}</p>
      ) : (
        <ul class="dict__entries">
          {entries.map((e) => (
            <li key={e.id} class="dict__entry" tabIndex={-1} data-cg-entry={e.id} data-cg-kind-entry={e.kind}>
              <div class="dict__entry-head">
                <strong class="dict__entry-form" data-cg-field="entry-form">
                  {e.form}
                </strong>
                {e.otherForms.length > 0 ? <span class="dict__entry-other">{e.otherForms.join(' · ')}</span> : null}
                <span class={`dict__tag dict__tag--${e.kind}`}>{e.kind === 'abbr' ? t('dict_kind_abbr') : t('dict_kind_place')}</span>
              </div>
              <p class="dict__entry-expansion" data-cg-field="entry-expansion" lang="vi">
                {e.expansion}
              </p>
              {e.english ? (
                <p class="dict__entry-english" lang="en">
                  {e.english}
                </p>
              ) : null}
              {e.note ? <p class="dict__entry-note">{e.note}</p> : null}
              <div class="dict__entry-foot">
                <span class="dict__entry-origin">{t(ORIGIN[e.origin])}</span>
                <button type="button" class="dict__btn" data-cg-action="edit-entry" aria-label={t('dict_edit_label', e.form)} onClick={() => onEdit(e)}>
                  {t('dict_edit')}
                </button>
                <button
                  type="button"
                  class="dict__btn dict__btn--danger"
                  data-cg-action="delete-entry"
                  aria-label={t('dict_delete_label', e.form)}
                  onClick={() => onDelete(e)}
                >
                  {t('dict_delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
