import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../export/files';
import type { HighlightColor, HighlightRecord } from '../highlight/model';
import { formatDateTime, type Message, t, tm, tn } from '../i18n';
import { useLocale } from '../i18n/use-locale';
import { type LibraryArticle, type LibraryFilter, linkToHighlight, quoteOf } from '../library/filter';
import { formatPublished } from './format';

type Format = ExportFormat;
const FORMATS = EXPORT_FORMATS;

type Props = {
  loaded: boolean;
  groups: LibraryArticle[];
  total: number;
  filter: LibraryFilter;
  sites: string[];
  colors: ReadonlyArray<readonly [HighlightColor, string]>;
  /** What just happened; a message code, so that it follows a change of language while shown. */
  status: { message: Message; error?: boolean; undo?: () => void } | null;
  pending: { name: string; articles: number; highlights: number; skipped: number } | null;
  onFilter: (filter: LibraryFilter) => void;
  onMore: () => void;
  onExport: (format: Format, group?: LibraryArticle) => void;
  onImportFile: (file: File) => void;
  onImportConfirm: () => void;
  onImportCancel: () => void;
  onNote: (id: string, note: string) => void;
  onColor: (id: string, color: HighlightColor) => void;
  onDeleteHighlight: (id: string) => void;
  onDeleteArticle: (url: string) => void;
};

/** The notes library: every article with highlights, search and filters, export and import. */
export function LibraryView(props: Props) {
  const { loaded, groups, total, filter, sites, colors, status, pending, onFilter } = props;
  useLocale();
  const set = (patch: Partial<LibraryFilter>) => onFilter({ ...filter, ...patch });
  const filtered = !!(filter.query || filter.site || filter.color || filter.from || filter.to);
  return (
    <main class="lib">
      <h1>{t('library_heading')}</h1>
      <div class="lib__bar" role="search">
        <label>
          {t('library_search')}
          <input type="search" value={filter.query} data-cg-field="search" onInput={(e) => set({ query: e.currentTarget.value })} />
        </label>
        <label>
          {t('library_site')}
          <select value={filter.site ?? ''} data-cg-field="site" onChange={(e) => set({ site: e.currentTarget.value || null })}>
            <option value="">{t('common_all')}</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('common_color')}
          <select value={filter.color ?? ''} data-cg-field="color" onChange={(e) => set({ color: (e.currentTarget.value || null) as HighlightColor | null })}>
            <option value="">{t('common_all')}</option>
            {colors.map(([c, name]) => (
              <option key={c} value={c}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('library_from')}
          <input type="date" value={filter.from ?? ''} onInput={(e) => set({ from: e.currentTarget.value || null })} />
        </label>
        <label>
          {t('library_to')}
          <input type="date" value={filter.to ?? ''} onInput={(e) => set({ to: e.currentTarget.value || null })} />
        </label>
        <label>
          {t('library_sort')}
          <select value={filter.sort} onChange={(e) => set({ sort: e.currentTarget.value as LibraryFilter['sort'] })}>
            <option value="saved">{t('library_sort_saved')}</option>
            <option value="published">{t('library_sort_published')}</option>
          </select>
        </label>
      </div>
      <div class="lib__bar">
        <span>{filtered ? t('library_export_filtered') : t('library_export_all')}</span>
        {FORMATS.map(([format, label]) => (
          <button type="button" key={format} data-cg-action={`export-${format}`} onClick={() => props.onExport(format)}>
            {label}
          </button>
        ))}
        <label>
          {t('library_import')}
          <input
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            data-cg-field="import"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) props.onImportFile(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      {pending ? (
        <div class="lib__preview" data-cg-field="import-preview">
          <p>
            {t('library_import_preview', pending.name, tn('common_highlights', pending.highlights), tn('common_articles', pending.articles))}
            {pending.skipped > 0 ? ` ${tn('library_import_skipped', pending.skipped)}` : ''}
          </p>
          <button type="button" data-cg-action="import-confirm" onClick={props.onImportConfirm}>
            {t('library_import_confirm')}
          </button>{' '}
          <button type="button" data-cg-action="import-cancel" onClick={props.onImportCancel}>
            {t('common_cancel')}
          </button>
        </div>
      ) : null}
      <p class={`lib__status${status?.error ? ' lib__status--error' : ''}`} aria-live="polite" data-cg-field="status">
        {status ? tm(status.message) : null}
        {status?.undo ? (
          <>
            {' '}
            <button type="button" data-cg-action="undo" onClick={status.undo}>
              {t('common_undo')}
            </button>
          </>
        ) : null}
      </p>
      {loaded && total === 0 ? <p>{filter.query ? t('library_empty_search') : t('library_empty')}</p> : null}
      {groups.map((group) => (
        <ArticleGroup key={group.article.url} {...props} group={group} />
      ))}
      {groups.length < total ? (
        <button type="button" data-cg-action="more" onClick={props.onMore}>
          {t('library_more', tn('common_articles', total - groups.length))}
        </button>
      ) : null}
    </main>
  );
}

type GroupProps = Props & { group: LibraryArticle };

function ArticleGroup({ group, colors, onExport, onDeleteArticle, ...rest }: GroupProps) {
  const { article, highlights } = group;
  return (
    <section class="lib__article" data-cg-article-url={article.url}>
      <h2>
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          {article.title ?? article.url}
        </a>
      </h2>
      <p class="lib__meta">
        {article.siteName ?? article.site}
        {article.byline ? ` · ${article.byline}` : ''}
        {article.published ? ` · ${formatPublished(article.published) ?? article.published}` : ''} ·{' '}
        {tn('common_highlights', highlights.length)}
      </p>
      {highlights.map((h) => (
        <HighlightItem key={h.id} highlight={h} colors={colors} {...rest} />
      ))}
      <div class="lib__actions">
        {FORMATS.map(([format, label]) => (
          <button type="button" key={format} data-cg-action={`export-article-${format}`} onClick={() => onExport(format, group)}>
            {t('library_export_format', label)}
          </button>
        ))}
        <button type="button" class="lib__danger" data-cg-action="delete-article" onClick={() => onDeleteArticle(article.url)}>
          {t('library_delete_article')}
        </button>
      </div>
    </section>
  );
}

type ItemProps = {
  highlight: HighlightRecord;
  colors: ReadonlyArray<readonly [HighlightColor, string]>;
  onNote: (id: string, note: string) => void;
  onColor: (id: string, color: HighlightColor) => void;
  onDeleteHighlight: (id: string) => void;
};

function HighlightItem({ highlight: h, colors, onNote, onColor, onDeleteHighlight }: ItemProps) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <article class={`lib__hl lib__hl--${h.color}`} data-cg-highlight-item={h.id}>
      <blockquote class="lib__quote">{quoteOf(h)}</blockquote>
      {editing === null ? (
        h.note ? <p class="lib__note">{h.note}</p> : null
      ) : (
        <textarea aria-label={t('common_note')} value={editing} onInput={(e) => setEditing(e.currentTarget.value)} />
      )}
      <div class="lib__actions">
        <a href={linkToHighlight(h)} target="_blank" rel="noopener noreferrer">
          {t('library_open_at')}
        </a>
        {editing === null ? (
          <button type="button" data-cg-action="edit-note" onClick={() => setEditing(h.note)}>
            {t('library_edit_note')}
          </button>
        ) : (
          <button
            type="button"
            data-cg-action="save-note"
            onClick={() => {
              onNote(h.id, editing);
              setEditing(null);
            }}
          >
            {t('common_save')}
          </button>
        )}
        <select aria-label={t('common_color')} value={h.color} onChange={(e) => onColor(h.id, e.currentTarget.value as HighlightColor)}>
          {colors.map(([c, name]) => (
            <option key={c} value={c}>
              {name}
            </option>
          ))}
        </select>
        <button type="button" class="lib__danger" data-cg-action="delete" onClick={() => onDeleteHighlight(h.id)}>
          {t('common_delete')}
        </button>
        <span class="lib__meta" data-cg-field="saved-at" data-cg-value={h.updated}>
          {t('library_saved_at', formatDateTime(h.updated))}
        </span>
      </div>
    </article>
  );
}
