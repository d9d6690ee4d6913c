/**
 * Where our UI lives on a page: an element with an open shadow root (so page styles do not reach it) holding one
 * floating container, plus a style element in the page for what must style page text (marks, highlights).
 * `remove` takes both away.
 */
export interface UiHost {
  host: HTMLElement;
  /** The fixed-position container that Floating UI places. */
  float: HTMLElement;
  /** Replaces the CSS that follows the reader's settings (highlight colours), in the shadow root and in the page. */
  setExtraCss(shadowCss: string, pageCss: string): void;
  remove(): void;
}

/** Events that make our UI act. */
const UNTRUSTED_BLOCKED = [
  'click',
  'auxclick',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

export function createUiHost(doc: Document, shadowCss: string, pageCss: string): UiHost {
  const host = doc.createElement('chu-giai-ui');
  host.setAttribute('data-cg-ui', '');
  const shadow = host.attachShadow({ mode: 'open' });
  // The root is open (tests and assistive tools read it), so the page's own scripts can reach our buttons too. Only
  // the reader's own actions count: an event the page made up (`button.click()`, `dispatchEvent`) stops here, before
  // it can save a highlight, delete one or write to the reader's dictionary.
  for (const type of UNTRUSTED_BLOCKED) {
    shadow.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      true,
    );
  }
  const css = doc.createElement('style');
  css.textContent = shadowCss;
  const shadowExtra = doc.createElement('style');
  const float = doc.createElement('div');
  float.className = 'cg-float';
  shadow.append(css, shadowExtra, float);
  doc.documentElement.append(host);
  const style = doc.createElement('style');
  style.setAttribute('data-cg-ui', '');
  style.textContent = pageCss;
  const pageExtra = doc.createElement('style');
  pageExtra.setAttribute('data-cg-ui', '');
  (doc.head ?? doc.documentElement).append(style, pageExtra);
  return {
    host,
    float,
    setExtraCss: (shadowCss, pageCss) => {
      shadowExtra.textContent = shadowCss;
      pageExtra.textContent = pageCss;
    },
    remove: () => {
      host.remove();
      style.remove();
      pageExtra.remove();
    },
  };
}
