import { EXPORT_FORMATS, type ExportFormat } from '../export/files';
import type { NoArticleReason } from '../extract/types';
import { formatNumber, type MessageKey, t, tn } from '../i18n';
import { useLocale } from '../i18n/use-locale';
import type { PageState } from '../messages/types';
import { formatPublished } from './format';
import { RunHere } from './RunHere';

const REASONS: Record<NoArticleReason, MessageKey> = {
  'not-readerable': 'popup_reason_not_readerable',
  'no-content': 'popup_reason_no_content',
  'not-in-page': 'popup_reason_not_in_page',
  'too-large': 'popup_reason_too_large',
  failed: 'popup_reason_failed',
};

/** What the popup shows: the page's state, or why there is none. */
export type PopupModel = PageState | { status: 'unavailable' } | { status: 'no-tab' };

type Props = {
  model: PopupModel;
  onTryAnyway: () => void;
  /** Turn marking on or off for this site (`site`) or everywhere (`global`). */
  onSetMarking?: (scope: 'site' | 'global', on: boolean) => void;
  /** Scroll the page to the first mark of a term. */
  onReveal?: (key: string) => void;
  onRevealHighlight?: (id: string) => void;
  onDeleteHighlight?: (id: string) => void;
  /** Export this article's highlights. */
  onExport?: (format: ExportFormat) => void;
  /** Set when the article's site is not on the list of sites where Chú Giải runs by itself. */
  runHere?: { site: string; onAdd: () => Promise<boolean> } | null;
  /** Opens the library somewhere better than a new tab (Firefox's sidebar); false to follow the link. */
  onOpenLibrary?: () => boolean;
};

export function PopupView(props: Props) {
  useLocale();
  return (
    <main class="cg-popup" aria-live="polite">
      <header class="cg-popup__header">
        <img src="/icon/32.png" width={20} height={20} alt="" />
        <span>{t('extName')}</span>
        <a
          class="cg-popup__library"
          href="/notes.html"
          target="_blank"
          rel="noopener"
          data-cg-action="open-library"
          onClick={(e) => {
            if (props.onOpenLibrary?.()) e.preventDefault();
          }}
        >
          {t('popup_library')}
        </a>
        <a class="cg-popup__settings" href="/options.html" target="_blank" rel="noopener" data-cg-action="open-options">
          {t('popup_settings')}
        </a>
      </header>
      <PopupBody {...props} />
    </main>
  );
}

function PopupBody({
  model,
  onTryAnyway,
  onSetMarking = () => {},
  onReveal = () => {},
  onRevealHighlight = () => {},
  onDeleteHighlight = () => {},
  onExport = () => {},
  runHere = null,
}: Props) {
  switch (model.status) {
    case 'working':
      return <p data-cg-field="status" data-cg-status="working">{t('popup_working')}</p>;
    case 'article': {
      const { meta, saved } = model;
      const date = formatPublished(meta.published);
      return (
        <section data-cg-status="article">
          <p class="cg-popup__kicker" data-cg-field="status">{t('popup_article_found')}</p>
          <h1 class="cg-popup__title" data-cg-field="title">{meta.title ?? meta.url}</h1>
          <p class="cg-popup__meta">
            <span data-cg-field="site">{meta.siteName ?? meta.site}</span>
            {meta.byline ? <span data-cg-field="byline"> · {meta.byline}</span> : null}
          </p>
          {runHere ? <RunHere site={runHere.site} onAdd={runHere.onAdd} /> : null}
          <dl class="cg-popup__facts">
            <dt>{t('popup_published')}</dt>
            <dd data-cg-field="published" data-cg-value={meta.published ?? ''}>
              {date ?? t('popup_no_date')}
            </dd>
            <dt>{t('popup_length')}</dt>
            <dd data-cg-field="words" data-cg-value={String(meta.wordCount)}>
              {tn('popup_words', meta.wordCount)}
            </dd>
          </dl>
          <p class={`cg-popup__save cg-popup__save--${saved}`} data-cg-field="saved" data-cg-value={saved}>
            {saved === 'saved' ? t('popup_saved') : saved === 'pending' ? t('popup_save_pending') : t('popup_save_failed')}
          </p>
          <Highlights items={model.highlights} onReveal={onRevealHighlight} onDelete={onDeleteHighlight} />
          {model.highlights.length > 0 ? (
            <p class="cg-popup__export">
              {t('popup_export')}:{' '}
              {EXPORT_FORMATS.map(([format, label]) => (
                <button type="button" key={format} class="cg-popup__link" data-cg-action={`export-${format}`} onClick={() => onExport(format)}>
                  {label}
                </button>
              ))}
            </p>
          ) : null}
          <MarkingSwitches marking={model.marking} site={meta.site} onSetMarking={onSetMarking} />
          {model.marking === 'working' ? (
            <p class="cg-popup__empty" data-cg-field="marking" data-cg-value="working">
              {t('popup_marking_working')}
            </p>
          ) : null}
          {model.marking === 'on' || model.marking === 'working' ? (
            <Glossary entries={model.glossary} onReveal={onReveal} />
          ) : null}
        </section>
      );
    }
    case 'no-article':
      return (
        <section data-cg-status="no-article">
          <h1 class="cg-popup__title" data-cg-field="status">{t('popup_no_article')}</h1>
          <p data-cg-field="reason" data-cg-value={model.reason}>{t(REASONS[model.reason])}</p>
          <button type="button" class="cg-popup__button" data-cg-action="extract" onClick={onTryAnyway}>
            {t('popup_try_anyway')}
          </button>
        </section>
      );
    case 'unavailable':
      return <p data-cg-status="unavailable" data-cg-field="status">{t('popup_unavailable')}</p>;
    case 'no-tab':
      return <p data-cg-status="no-tab" data-cg-field="status">{t('popup_no_tab')}</p>;
    default: {
      const unhandled: never = model;
      return unhandled;
    }
  }
}

type SwitchesProps = {
  marking: Extract<PopupModel, { status: 'article' }>['marking'];
  site: string;
  onSetMarking: (scope: 'site' | 'global', on: boolean) => void;
};

function MarkingSwitches({ marking, site, onSetMarking }: SwitchesProps) {
  const globalOn = marking !== 'off-global';
  const siteOn = marking !== 'off-site';
  return (
    <fieldset class="cg-popup__switches">
      <legend>{t('popup_marking')}</legend>
      <label>
        <input
          type="checkbox"
          data-cg-action="toggle-marking-site"
          checked={siteOn}
          disabled={!globalOn}
          onChange={(e) => onSetMarking('site', e.currentTarget.checked)}
        />{' '}
        {t('popup_marking_site', site)}
      </label>
      <label>
        <input
          type="checkbox"
          data-cg-action="toggle-marking-global"
          checked={globalOn}
          onChange={(e) => onSetMarking('global', e.currentTarget.checked)}
        />{' '}
        {t('popup_marking_global')}
      </label>
    </fieldset>
  );
}

type GlossaryProps = {
  entries: Extract<PopupModel, { status: 'article' }>['glossary'];
  onReveal: (key: string) => void;
};

function Glossary({ entries, onReveal }: GlossaryProps) {
  if (entries.length === 0) return <p class="cg-popup__empty">{t('popup_glossary_empty')}</p>;
  const places = entries.filter((e) => e.kind === 'place');
  const abbreviations = entries.filter((e) => e.kind === 'abbr');
  const list = (title: string, items: typeof entries) =>
    items.length === 0 ? null : (
      <section class="cg-popup__glossary-group">
        <h2>
          {title} ({formatNumber(items.length)})
        </h2>
        <ul>
          {items.map((entry) => (
            <li key={entry.key}>
              <button
                type="button"
                class="cg-popup__term"
                data-cg-action="reveal"
                data-cg-key={entry.key}
                title={entry.summary}
                onClick={() => onReveal(entry.key)}
              >
                <span class="cg-popup__term-title">{entry.title}</span>
                <span class="cg-popup__term-count" aria-label={tn('popup_occurrences', entry.count)}>
                  ×{formatNumber(entry.count)}
                </span>
                <span class="cg-popup__term-summary">{entry.summary}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <div class="cg-popup__glossary" data-cg-field="glossary">
      {list(t('popup_places'), places)}
      {list(t('popup_abbreviations'), abbreviations)}
    </div>
  );
}

type HighlightsProps = {
  items: Extract<PopupModel, { status: 'article' }>['highlights'];
  onReveal: (id: string) => void;
  onDelete: (id: string) => void;
};

/** The article's highlights in reading order; those not found on the page listed apart. */
function Highlights({ items, onReveal, onDelete }: HighlightsProps) {
  const placed = items.filter((i) => !i.orphan);
  const orphans = items.filter((i) => i.orphan);
  if (items.length === 0) return <p class="cg-popup__empty">{t('popup_no_highlights')}</p>;
  return (
    <section class="cg-popup__highlights" data-cg-field="highlights">
      <h2>
        {t('popup_highlights')} ({formatNumber(placed.length)})
      </h2>
      <ol>
        {placed.map((item) => (
          <li key={item.id}>
            <button type="button" class={`cg-popup__hl cg-popup__hl--${item.color}`} data-cg-action="reveal-highlight" data-cg-id={item.id} onClick={() => onReveal(item.id)}>
              <span class="cg-popup__hl-quote">{item.quote}</span>
              {item.note ? <span class="cg-popup__hl-note">{item.note}</span> : null}
            </button>
          </li>
        ))}
      </ol>
      {orphans.length > 0 ? (
        <>
          <h2>
            {t('popup_orphans')} ({formatNumber(orphans.length)})
          </h2>
          <p class="cg-popup__empty">{t('popup_orphans_explained')}</p>
          <ul data-cg-field="orphans">
            {orphans.map((item) => (
              <li key={item.id} class={`cg-popup__hl cg-popup__hl--${item.color}`} data-cg-id={item.id}>
                <span class="cg-popup__hl-quote">{item.quote}</span>
                {item.note ? <span class="cg-popup__hl-note">{item.note}</span> : null}
                <button type="button" class="cg-popup__link" data-cg-action="delete" data-cg-id={item.id} onClick={() => onDelete(item.id)}>
                  {t('common_delete')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
