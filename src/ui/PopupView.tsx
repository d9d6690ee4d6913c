import type { PageState } from '../messages/types';
import { formatCountVi, formatDateVi } from './format';
import { popupText as t } from './strings';

/** What the popup shows: the page's state, or why there is none. */
export type PopupModel = PageState | { status: 'unavailable' } | { status: 'no-tab' };

type Props = {
  model: PopupModel;
  onTryAnyway: () => void;
};

export function PopupView({ model, onTryAnyway }: Props) {
  return (
    <main class="cg-popup" aria-live="polite">
      <header class="cg-popup__header">
        <img src="/icon/32.png" width={20} height={20} alt="" />
        <span>{t.appName}</span>
      </header>
      <PopupBody model={model} onTryAnyway={onTryAnyway} />
    </main>
  );
}

function PopupBody({ model, onTryAnyway }: Props) {
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
