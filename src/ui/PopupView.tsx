import { EXPORT_FORMATS, type ExportFormat } from '../export/files';
import type { PageState } from '../messages/types';
import { formatCountVi, formatDateVi } from './format';
import { popupText as t } from './strings';

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
};

export function PopupView(props: Props) {
  return (
    <main class="cg-popup" aria-live="polite">
      <header class="cg-popup__header">
        <img src="/icon/32.png" width={20} height={20} alt="" />
        <span>{t.appName}</span>
        <a class="cg-popup__library" href="/notes.html" target="_blank" rel="noopener" data-cg-action="open-library">
          {t.library}
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
}: Props) {
  switch (model.status) {
    case 'working':
      return <p data-cg-field="status" data-cg-status="working">{t.working}</p>;
    case 'article': {
      const { meta, saved } = model;
      const date = formatDateVi(meta.published);
      return (
        <section data-cg-status="article">
          <p class="cg-popup__kicker" data-cg-field="status">{t.articleFound}</p>
          <h1 class="cg-popup__title" data-cg-field="title">{meta.title ?? meta.url}</h1>
          <p class="cg-popup__meta">
            <span data-cg-field="site">{meta.siteName ?? meta.site}</span>
            {meta.byline ? <span data-cg-field="byline"> · {meta.byline}</span> : null}
          </p>
          <dl class="cg-popup__facts">
            <dt>{t.published}</dt>
            <dd data-cg-field="published" data-cg-value={meta.published ?? ''}>
              {date ?? t.noDate}
            </dd>
            <dt>{t.length}</dt>
            <dd data-cg-field="words" data-cg-value={String(meta.wordCount)}>
              {formatCountVi(meta.wordCount)} {t.words}
            </dd>
          </dl>
          <p class={`cg-popup__save cg-popup__save--${saved}`} data-cg-field="saved" data-cg-value={saved}>
            {saved === 'saved' ? t.saved : saved === 'pending' ? t.savePending : t.saveFailed}
          </p>
          <Highlights items={model.highlights} onReveal={onRevealHighlight} onDelete={onDeleteHighlight} />
          {model.highlights.length > 0 ? (
            <p class="cg-popup__export">
              {t.export}:{' '}
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
              {t.markingWorking}
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
          <h1 class="cg-popup__title" data-cg-field="status">{t.noArticle}</h1>
          <p data-cg-field="reason" data-cg-value={model.reason}>{t.reasons[model.reason]}</p>
          <button type="button" class="cg-popup__button" data-cg-action="extract" onClick={onTryAnyway}>
            {t.tryAnyway}
          </button>
        </section>
      );
    case 'unavailable':
      return <p data-cg-status="unavailable" data-cg-field="status">{t.unavailable}</p>;
    case 'no-tab':
      return <p data-cg-status="no-tab" data-cg-field="status">{t.noTab}</p>;
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
      <legend>{t.marking}</legend>
      <label>
        <input
          type="checkbox"
          data-cg-action="toggle-marking-site"
          checked={siteOn}
          disabled={!globalOn}
          onChange={(e) => onSetMarking('site', e.currentTarget.checked)}
        />{' '}
        {t.markingSite(site)}
      </label>
      <label>
        <input
          type="checkbox"
          data-cg-action="toggle-marking-global"
          checked={globalOn}
          onChange={(e) => onSetMarking('global', e.currentTarget.checked)}
        />{' '}
        {t.markingGlobal}
      </label>
    </fieldset>
  );
}

type GlossaryProps = {
  entries: Extract<PopupModel, { status: 'article' }>['glossary'];
  onReveal: (key: string) => void;
};

function Glossary({ entries, onReveal }: GlossaryProps) {
  if (entries.length === 0) return <p class="cg-popup__empty">{t.glossaryEmpty}</p>;
  const places = entries.filter((e) => e.kind === 'place');
  const abbreviations = entries.filter((e) => e.kind === 'abbr');
  const list = (title: string, items: typeof entries) =>
    items.length === 0 ? null : (
      <section class="cg-popup__glossary-group">
        <h2>
          {title} ({items.length})
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
                <span class="cg-popup__term-count" aria-label={t.occurrences(entry.count)}>
                  ×{entry.count}
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
      {list(t.places, places)}
      {list(t.abbreviations, abbreviations)}
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
  if (items.length === 0) return <p class="cg-popup__empty">{t.noHighlights}</p>;
  return (
    <section class="cg-popup__highlights" data-cg-field="highlights">
      <h2>
        {t.highlights} ({placed.length})
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
            {t.orphans} ({orphans.length})
          </h2>
          <p class="cg-popup__empty">{t.orphansExplained}</p>
          <ul data-cg-field="orphans">
            {orphans.map((item) => (
              <li key={item.id} class={`cg-popup__hl cg-popup__hl--${item.color}`} data-cg-id={item.id}>
                <span class="cg-popup__hl-quote">{item.quote}</span>
                {item.note ? <span class="cg-popup__hl-note">{item.note}</span> : null}
                <button type="button" class="cg-popup__link" data-cg-action="delete" data-cg-id={item.id} onClick={() => onDelete(item.id)}>
                  {t.delete}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
