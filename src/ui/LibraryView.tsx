import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../export/files';
import type { HighlightColor, HighlightRecord } from '../highlight/model';
import { type LibraryArticle, type LibraryFilter, linkToHighlight, quoteOf } from '../library/filter';
import { formatDateVi } from './format';

type Format = ExportFormat;
const FORMATS = EXPORT_FORMATS;

type Props = {
  loaded: boolean;
  groups: LibraryArticle[];
  total: number;
  filter: LibraryFilter;
  sites: string[];
  colors: ReadonlyArray<readonly [HighlightColor, string]>;
  status: { text: string; error?: boolean; undo?: () => void } | null;
  pending: { name: string; articles: number; highlights: number; skipped: string[] } | null;
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
  const set = (patch: Partial<LibraryFilter>) => onFilter({ ...filter, ...patch });
  return (
    <main class="lib">
      <h1>Thư viện Chú Giải</h1>
      <div class="lib__bar" role="search">
        <label>
          Tìm (có dấu hay không dấu)
          <input type="search" value={filter.query} data-cg-field="search" onInput={(e) => set({ query: e.currentTarget.value })} />
        </label>
        <label>
          Trang báo
          <select value={filter.site ?? ''} data-cg-field="site" onChange={(e) => set({ site: e.currentTarget.value || null })}>
            <option value="">Tất cả</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Màu
          <select value={filter.color ?? ''} data-cg-field="color" onChange={(e) => set({ color: (e.currentTarget.value || null) as HighlightColor | null })}>
            <option value="">Tất cả</option>
            {colors.map(([c, name]) => (
              <option key={c} value={c}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Lưu từ ngày
          <input type="date" value={filter.from ?? ''} onInput={(e) => set({ from: e.currentTarget.value || null })} />
        </label>
        <label>
          đến ngày
          <input type="date" value={filter.to ?? ''} onInput={(e) => set({ to: e.currentTarget.value || null })} />
        </label>
        <label>
          Sắp xếp
          <select value={filter.sort} onChange={(e) => set({ sort: e.currentTarget.value as LibraryFilter['sort'] })}>
            <option value="saved">Ngày lưu</option>
            <option value="published">Ngày đăng</option>
          </select>
        </label>
      </div>
      <div class="lib__bar">
        <span>Xuất {filter.query || filter.site || filter.color || filter.from || filter.to ? 'kết quả lọc' : 'tất cả'}:</span>
        {FORMATS.map(([format, label]) => (
          <button type="button" key={format} data-cg-action={`export-${format}`} onClick={() => props.onExport(format)}>
            {label}
          </button>
        ))}
        <label>
          Nhập tệp JSON (W3C Web Annotation)
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
            Tệp “{pending.name}”: {pending.highlights} tô sáng trong {pending.articles} bài sẽ được thêm (những tô sáng đã có
            sẽ được bỏ qua).
            {pending.skipped.length > 0 ? ` ${pending.skipped.length} mục không dùng được sẽ bị bỏ qua.` : ''}
          </p>
          <button type="button" data-cg-action="import-confirm" onClick={props.onImportConfirm}>
            Nhập
          </button>{' '}
          <button type="button" data-cg-action="import-cancel" onClick={props.onImportCancel}>
            Hủy
          </button>
        </div>
      ) : null}
      <p class={`lib__status${status?.error ? ' lib__status--error' : ''}`} aria-live="polite" data-cg-field="status">
        {status?.text}
        {status?.undo ? (
          <>
            {' '}
            <button type="button" data-cg-action="undo" onClick={status.undo}>
              Hoàn tác
            </button>
          </>
        ) : null}
      </p>
      {loaded && total === 0 ? <p>Chưa có tô sáng nào{filter.query ? ' khớp với tìm kiếm' : ''}.</p> : null}
      {groups.map((group) => (
        <ArticleGroup key={group.article.url} {...props} group={group} />
      ))}
      {groups.length < total ? (
        <button type="button" data-cg-action="more" onClick={props.onMore}>
          Xem thêm ({total - groups.length} bài)
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
        {article.published ? ` · ${formatDateVi(article.published)}` : ''} · {highlights.length} tô sáng
      </p>
      {highlights.map((h) => (
        <HighlightItem key={h.id} highlight={h} colors={colors} {...rest} />
      ))}
      <div class="lib__actions">
        {FORMATS.map(([format, label]) => (
          <button type="button" key={format} data-cg-action={`export-article-${format}`} onClick={() => onExport(format, group)}>
            Xuất {label}
          </button>
        ))}
        <button type="button" class="lib__danger" data-cg-action="delete-article" onClick={() => onDeleteArticle(article.url)}>
          Xóa bài này
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
        <textarea aria-label="Ghi chú" value={editing} onInput={(e) => setEditing(e.currentTarget.value)} />
      )}
      <div class="lib__actions">
        <a href={linkToHighlight(h)} target="_blank" rel="noopener noreferrer">
          Mở bài tại đoạn này
        </a>
        {editing === null ? (
          <button type="button" data-cg-action="edit-note" onClick={() => setEditing(h.note)}>
            Sửa ghi chú
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
            Lưu
          </button>
        )}
        <select aria-label="Màu" value={h.color} onChange={(e) => onColor(h.id, e.currentTarget.value as HighlightColor)}>
          {colors.map(([c, name]) => (
            <option key={c} value={c}>
              {name}
            </option>
          ))}
        </select>
        <button type="button" class="lib__danger" data-cg-action="delete" onClick={() => onDeleteHighlight(h.id)}>
          Xóa
        </button>
        <span class="lib__meta">Lưu {formatDateVi(new Date(h.updated + 7 * 3_600_000).toISOString().replace('Z', '+07:00'))}</span>
      </div>
    </article>
  );
}
