import type { TermInfo } from '../annotate/describe';
import { type MessageKey, t } from '../i18n';
import { useLocale } from '../i18n/use-locale';

/** Saving an article's definition to the reader's dictionary, as the tooltip confirms it. */
export type KeepStatus = 'idle' | 'saving' | 'saved' | 'failed';

type Props = {
  info: TermInfo;
  id: string;
  showEnglish?: boolean;
  /** Without it the tooltip has no buttons. */
  onAddToDictionary?: () => void;
  /** Offered for an abbreviation the article defined. */
  onKeepDefinition?: () => void;
  keepStatus?: KeepStatus;
};

const KEEP_TEXT: Record<Exclude<KeepStatus, 'idle'>, () => string> = {
  saving: () => t('dict_keep_saving'),
  saved: () => t('dict_keep_saved'),
  failed: () => t('dict_keep_failed'),
};

const KIND_LABEL: Record<TermInfo['kind'], MessageKey> = { place: 'tooltip_kind_place', abbr: 'tooltip_kind_abbr' };

/**
 * The explanation of one place or abbreviation. Text only: everything here may come from the page. The explanation
 * is Vietnamese (with the English gloss when that is on); only the labels follow the UI's language.
 */
export function TermTooltip({ info, id, showEnglish = true, onAddToDictionary, onKeepDefinition, keepStatus = 'idle' }: Props) {
  const locale = useLocale();
  return (
    <div role="tooltip" id={id} class={`cg-tip cg-tip--${info.kind}`} data-cg-tooltip={info.key} lang="vi">
      <div class="cg-tip__head">
        <span class="cg-tip__kind" lang={locale}>
          {t(KIND_LABEL[info.kind])}
        </span>
        <strong class="cg-tip__title">{info.title}</strong>
      </div>
      {info.vi.map((line, i) => (
        <p class={i === 0 ? 'cg-tip__main' : 'cg-tip__line'} key={i}>
          {line}
        </p>
      ))}
      {info.candidates ? (
        <ul class="cg-tip__candidates">
          {info.candidates.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : null}
      {info.definedInArticle ? (
        <p class="cg-tip__badge" lang={locale}>
          {t('tooltip_defined_here')}
        </p>
      ) : null}
      {info.mine ? (
        <p class="cg-tip__badge cg-tip__badge--mine" data-cg-field="mine" lang={locale}>
          {t('dict_badge')}
        </p>
      ) : null}
      {showEnglish && info.en ? (
        <p class="cg-tip__en" lang="en">
          {info.en}
        </p>
      ) : null}
      {onAddToDictionary ? (
        <div class="cg-tip__actions" role="group" aria-label={t('dict_tooltip_actions')}>
          {info.definedInArticle && onKeepDefinition ? (
            <button
              type="button"
              class="cg-tip__btn cg-tip__btn--main"
              data-cg-action="keep-definition"
              // Not `disabled`: that would take focus away, and the tooltip with it, from a keyboard user.
              aria-disabled={keepStatus === 'saving' || keepStatus === 'saved' ? 'true' : undefined}
              onClick={keepStatus === 'saving' || keepStatus === 'saved' ? undefined : onKeepDefinition}
            >
              {t('dict_keep')}
            </button>
          ) : null}
          <button type="button" class="cg-tip__btn" data-cg-action="add-to-dictionary" onClick={onAddToDictionary}>
            {info.mine ? t('dict_edit_from_tooltip') : t('dict_add_from_tooltip')}
          </button>
          <p class="cg-tip__status" role="status" aria-live="polite" data-cg-field="keep-status" data-cg-value={keepStatus}>
            {keepStatus === 'idle' ? '' : KEEP_TEXT[keepStatus]()}
          </p>
        </div>
      ) : null}
    </div>
  );
}
