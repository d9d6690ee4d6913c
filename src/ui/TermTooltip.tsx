import type { TermInfo } from '../annotate/describe';

type Props = {
  info: TermInfo;
  id: string;
  showEnglish?: boolean;
};

const KIND_LABEL: Record<TermInfo['kind'], string> = { place: 'Địa danh', abbr: 'Viết tắt' };

/** The explanation of one place or abbreviation. Text only: everything here may come from the page. */
export function TermTooltip({ info, id, showEnglish = true }: Props) {
  return (
    <div role="tooltip" id={id} class={`cg-tip cg-tip--${info.kind}`} data-cg-tooltip={info.key}>
      <div class="cg-tip__head">
        <span class="cg-tip__kind">{KIND_LABEL[info.kind]}</span>
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
      {info.definedInArticle ? <p class="cg-tip__badge">Định nghĩa trong bài viết này</p> : null}
      {showEnglish && info.en ? (
        <p class="cg-tip__en" lang="en">
          {info.en}
        </p>
      ) : null}
    </div>
  );
}
