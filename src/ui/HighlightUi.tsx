import { useEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../highlight/model';
import { t } from '../i18n';
import { useLocale } from '../i18n/use-locale';
import { colorName } from './palette';

/** The colour's name: the reader's own, or the default in the UI language. */
export { colorName };

type ToolbarProps = {
  lastColor: HighlightColor;
  onHighlight: (color: HighlightColor, withNote: boolean) => void;
  onAddToDictionary?: () => void;
};

/** Shown next to a selection inside the article. */
export function SelectionToolbar({ lastColor, onHighlight, onAddToDictionary }: ToolbarProps) {
  const locale = useLocale();
  return (
    <div class="cg-toolbar" role="toolbar" aria-label={t('hl_toolbar')} lang={locale}>
      <button type="button" class="cg-btn cg-btn--main" data-cg-action="highlight" onClick={() => onHighlight(lastColor, false)}>
        <span class={`cg-dot cg-dot--${lastColor}`} aria-hidden="true" /> {t('hl_highlight')}
      </button>
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          type="button"
          key={color}
          class="cg-swatch"
          data-cg-action="highlight-color"
          data-cg-color={color}
          aria-label={t('hl_highlight_in', colorName(color))}
          title={colorName(color)}
          onClick={() => onHighlight(color, false)}
        >
          <span class={`cg-dot cg-dot--${color}`} aria-hidden="true" />
        </button>
      ))}
      <button type="button" class="cg-btn" data-cg-action="highlight-note" onClick={() => onHighlight(lastColor, true)}>
        {t('common_note')}
      </button>
      {onAddToDictionary ? (
        <button type="button" class="cg-btn" data-cg-action="add-to-dictionary" onClick={onAddToDictionary}>
          {t('dict_toolbar_add')}
        </button>
      ) : null}
    </div>
  );
}

export type SaveStatus = 'saved' | 'saving' | 'failed';

type EditorProps = {
  id: string;
  color: HighlightColor;
  note: string;
  quote: string;
  status: SaveStatus;
  focusNote?: boolean;
  onColor: (color: HighlightColor) => void;
  onSaveNote: (note: string) => void;
  onCopy: () => void;
  onDelete: () => void;
  onClose: () => void;
};

/** Opened by clicking or focusing a highlight: colour, note, copy, delete. */
export function HighlightEditor({ id, color, note, quote, status, focusNote = false, onColor, onSaveNote, onCopy, onDelete, onClose }: EditorProps) {
  const [draft, setDraft] = useState(note);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setDraft(note), [id, note]);
  useEffect(() => {
    if (focusNote) area.current?.focus();
  }, [id, focusNote]);
  const locale = useLocale();
  const dirty = draft !== note;
  return (
    <div class="cg-editor" role="dialog" aria-label={t('hl_editor')} data-cg-editor={id} lang={locale}>
      {/* The quote is the article's text: Vietnamese news, whatever the UI's language. */}
      <blockquote class="cg-editor__quote" lang="vi">
        {quote.length > 160 ? `${quote.slice(0, 157)}…` : quote}
      </blockquote>
      <div class="cg-editor__colors" role="radiogroup" aria-label={t('common_color')}>
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            type="button"
            key={c}
            role="radio"
            aria-checked={c === color}
            class={`cg-swatch${c === color ? ' cg-swatch--on' : ''}`}
            data-cg-action="set-color"
            data-cg-color={c}
            aria-label={colorName(c)}
            title={colorName(c)}
            onClick={() => onColor(c)}
          >
            <span class={`cg-dot cg-dot--${c}`} aria-hidden="true" />
          </button>
        ))}
      </div>
      <label class="cg-editor__label">
        {t('common_note')}
        <textarea
          ref={area}
          rows={3}
          value={draft}
          data-cg-field="note"
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSaveNote(draft);
          }}
        />
      </label>
      <div class="cg-editor__actions">
        <button type="button" class="cg-btn cg-btn--main" data-cg-action="save-note" disabled={!dirty} onClick={() => onSaveNote(draft)}>
          {t('hl_save_note')}
        </button>
        <button type="button" class="cg-btn" data-cg-action="copy-quote" onClick={onCopy}>
          {t('hl_copy_quote')}
        </button>
        <button type="button" class="cg-btn cg-btn--danger" data-cg-action="delete" onClick={onDelete}>
          {t('common_delete')}
        </button>
        <button type="button" class="cg-btn cg-btn--plain" data-cg-action="close" aria-label={t('common_close')} onClick={onClose}>
          ✕
        </button>
      </div>
      <p class={`cg-editor__status cg-editor__status--${status}`} aria-live="polite" data-cg-field="save-status" data-cg-value={status}>
        {status === 'saved' ? t('hl_status_saved') : status === 'saving' ? t('hl_status_saving') : t('hl_status_failed')}
      </p>
    </div>
  );
}

type ToastProps = { message: string; actionLabel?: string; onAction?: () => void };

export function Toast({ message, actionLabel, onAction }: ToastProps) {
  const locale = useLocale();
  return (
    <div class="cg-toast" role="status" aria-live="polite" lang={locale}>
      <span>{message}</span>
      {actionLabel && onAction ? (
        <button type="button" class="cg-btn cg-btn--plain" data-cg-action="undo" onClick={onAction}>
          {actionLabel}
        </button>
      ) : null}
    </div>
  );
}
