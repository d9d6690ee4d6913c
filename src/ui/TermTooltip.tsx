import type { TermInfo } from '../annotate/describe';
import { type MessageKey, t } from '../i18n';
import { useLocale } from '../i18n/use-locale';

type Props = {
  info: TermInfo;
  id: string;
  showEnglish?: boolean;
};

const KIND_LABEL: Record<TermInfo['kind'], MessageKey> = { place: 'tooltip_kind_place', abbr: 'tooltip_kind_abbr' };

/**
 * The explanation of one place or abbreviation. Text only: everything here may come from the page. The explanation
 * is Vietnamese (with the English gloss when that is on); only the labels follow the UI's language.
 */
export function TermTooltip({ info, id, showEnglish = true }: Props) {
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
      {showEnglish && info.en ? (
        <p class="cg-tip__en" lang="en">
          {info.en}
        </p>
      ) : null}
    </div>
  );
}
