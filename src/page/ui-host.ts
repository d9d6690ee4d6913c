/**
 * Where our UI lives on a page: an element with an open shadow root (so page styles do not reach it) holding one
 * floating container, plus a style element in the page for what must style page text (marks, highlights).
 * `remove` takes both away.
 */
export interface UiHost {
  host: HTMLElement;
  /** The fixed-position container that Floating UI places. */
  float: HTMLElement;
  remove(): void;
}

export function createUiHost(doc: Document, shadowCss: string, pageCss: string): UiHost {
  const host = doc.createElement('chu-giai-ui');
  host.setAttribute('data-cg-ui', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const css = doc.createElement('style');
  css.textContent = shadowCss;
  const float = doc.createElement('div');
  float.className = 'cg-float';
  shadow.append(css, float);
  doc.documentElement.append(host);
  const style = doc.createElement('style');
  style.setAttribute('data-cg-ui', '');
  style.textContent = pageCss;
  (doc.head ?? doc.documentElement).append(style);
  return {
    host,
    float,
    remove: () => {
      host.remove();
      style.remove();
    },
  };
}
