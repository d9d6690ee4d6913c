/** Styles of the tooltip's shadow root. Sizes in px: the page's root font size must not change them. */
export const TOOLTIP_CSS = `
:host { all: initial; }
.cg-float { position: fixed; top: 0; left: 0; max-width: 340px; width: max-content; z-index: 2147483647; }
.cg-tip {
  box-sizing: border-box; padding: 10px 12px; border-radius: 8px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  color: #1f2328; background: #ffffff; border: 1px solid #d0d7de;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18); text-align: left; white-space: normal; letter-spacing: normal;
}
.cg-tip__head { display: flex; gap: 8px; align-items: baseline; margin: 0 0 4px; }
.cg-tip__kind { font-size: 11px; text-transform: uppercase; letter-spacing: 0.4px; color: #0b6e4f; font-weight: 600; }
.cg-tip--abbr .cg-tip__kind { color: #6d28d9; }
.cg-tip__title { font-size: 15px; }
.cg-tip p { margin: 2px 0; }
.cg-tip__main { font-weight: 500; }
.cg-tip__line { color: #424a53; }
.cg-tip__candidates { margin: 4px 0; padding-left: 18px; }
.cg-tip__badge { display: inline-block; font-size: 12px; padding: 1px 6px; border-radius: 4px; background: #ede9fe; color: #4c1d95; }
.cg-tip__en { color: #59636e; font-style: italic; font-size: 13px; }
.cg-tip__badge--mine { background: #dcfce7; color: #14532d; }
.cg-tip__actions { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; margin-top: 8px; padding-top: 6px; border-top: 1px solid #d0d7de; }
.cg-tip__btn { font: inherit; font-size: 13px; border: 1px solid #d0d7de; background: transparent; color: inherit; border-radius: 6px; padding: 3px 8px; cursor: pointer; }
.cg-tip__btn:hover { background: rgba(127, 127, 127, 0.14); }
.cg-tip__btn:focus-visible { outline: 2px solid #3b82f6; outline-offset: 1px; }
.cg-tip__btn[aria-disabled="true"] { opacity: 0.55; cursor: default; }
.cg-tip__btn--main { font-weight: 600; }
.cg-tip .cg-tip__status { flex-basis: 100%; margin: 2px 0 0; font-size: 12px; color: #59636e; }
.cg-tip__status[data-cg-value="failed"] { color: #b42318; }
@media (prefers-color-scheme: dark) {
  .cg-tip { color: #e6edf3; background: #1c2128; border-color: #444c56; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.5); }
  .cg-tip__kind { color: #4cc38a; }
  .cg-tip--abbr .cg-tip__kind { color: #b197fc; }
  .cg-tip__line { color: #adbac7; }
  .cg-tip__en { color: #9aa4ae; }
  .cg-tip__badge { background: #3b2a6b; color: #e9e3ff; }
  .cg-tip__badge--mine { background: #14532d; color: #dcfce7; }
  .cg-tip__actions, .cg-tip__btn { border-color: #444c56; }
  .cg-tip .cg-tip__status { color: #9aa4ae; }
  .cg-tip__status[data-cg-value="failed"] { color: #ff7b72; }
}
`;

/**
 * Styles for the marks, which live in the page. Underlines only (no colours on the text itself), in tones that
 * read on light and dark backgrounds; places dotted green, abbreviations dashed violet.
 */
export const MARK_CSS = `
[data-cg-kind] { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px;
  text-decoration-skip-ink: none; cursor: help; border-radius: 2px; }
[data-cg-kind="place"] { text-decoration-style: dotted; text-decoration-color: rgba(22, 163, 74, 0.85); }
[data-cg-kind="abbr"] { text-decoration-style: dashed; text-decoration-color: rgba(139, 92, 246, 0.85); }
[data-cg-kind]:hover, [data-cg-kind][data-cg-open] { background-color: rgba(127, 127, 127, 0.16); }
[data-cg-kind]:focus-visible { outline: 2px solid rgba(59, 130, 246, 0.9); outline-offset: 1px; }
`;

/** Selection toolbar, highlight editor and toasts (shadow root). */
export const HIGHLIGHT_UI_CSS = `
:host { all: initial; }
.cg-float { position: fixed; top: 0; left: 0; z-index: 2147483647; }
.cg-toolbar, .cg-editor, .cg-toast {
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  color: #1f2328; background: #ffffff; border: 1px solid #d0d7de; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
}
.cg-toolbar { display: flex; gap: 2px; align-items: center; padding: 4px; }
.cg-editor { width: 300px; padding: 10px; box-sizing: border-box; }
.cg-editor__quote { margin: 0 0 8px; padding-left: 8px; border-left: 3px solid #d0d7de; color: #424a53; font-style: italic; max-height: 72px; overflow: hidden; }
.cg-editor__colors { display: flex; gap: 4px; margin-bottom: 6px; }
.cg-editor__label { display: grid; gap: 4px; font-weight: 600; }
.cg-editor textarea { font: 13px/1.4 inherit; font-family: inherit; resize: vertical; min-height: 54px; padding: 6px; border: 1px solid #d0d7de; border-radius: 6px; color: inherit; background: transparent; }
.cg-editor__actions { display: flex; gap: 4px; flex-wrap: wrap; margin-top: 8px; align-items: center; }
.cg-editor__status { margin: 6px 0 0; font-size: 12px; color: #59636e; }
.cg-editor__status--failed { color: #b42318; }
.cg-btn { font: inherit; border: 1px solid transparent; background: transparent; color: inherit; border-radius: 6px; padding: 4px 8px; cursor: pointer; }
.cg-btn:hover, .cg-swatch:hover { background: rgba(127, 127, 127, 0.14); }
.cg-btn:focus-visible, .cg-swatch:focus-visible, .cg-editor textarea:focus-visible { outline: 2px solid #3b82f6; outline-offset: 1px; }
.cg-btn--main { font-weight: 600; }
.cg-btn--danger { color: #b42318; }
.cg-btn:disabled { opacity: 0.5; cursor: default; }
.cg-swatch { width: 26px; height: 26px; border: 1px solid transparent; background: transparent; border-radius: 50%; cursor: pointer; display: grid; place-items: center; padding: 0; }
.cg-swatch--on { border-color: #1f2328; }
.cg-dot { display: inline-block; width: 14px; height: 14px; border-radius: 50%; vertical-align: -2px; border: 1px solid rgba(0, 0, 0, 0.2); }
.cg-dot--yellow { background: #facc15; } .cg-dot--green { background: #4ade80; } .cg-dot--blue { background: #60a5fa; }
.cg-dot--pink { background: #f472b6; } .cg-dot--purple { background: #c084fc; }
.cg-toast { display: flex; gap: 8px; align-items: center; padding: 8px 10px; }
@media (prefers-color-scheme: dark) {
  .cg-toolbar, .cg-editor, .cg-toast { color: #e6edf3; background: #1c2128; border-color: #444c56; }
  .cg-editor__quote { color: #adbac7; border-color: #444c56; }
  .cg-editor textarea { border-color: #444c56; }
  .cg-swatch--on { border-color: #e6edf3; }
  .cg-btn--danger, .cg-editor__status--failed { color: #ff7b72; }
}
`;

/** Highlights in the page: translucent backgrounds that keep the page's own text colour readable, light or dark. */
export const HIGHLIGHT_MARK_CSS = `
[data-cg-highlight] { border-radius: 2px; cursor: pointer; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
[data-cg-highlight][data-cg-color="yellow"] { background-color: rgba(250, 204, 21, 0.42); }
[data-cg-highlight][data-cg-color="green"] { background-color: rgba(74, 222, 128, 0.38); }
[data-cg-highlight][data-cg-color="blue"] { background-color: rgba(96, 165, 250, 0.38); }
[data-cg-highlight][data-cg-color="pink"] { background-color: rgba(244, 114, 182, 0.38); }
[data-cg-highlight][data-cg-color="purple"] { background-color: rgba(192, 132, 252, 0.38); }
[data-cg-highlight][data-cg-pending] { outline: 1px dashed rgba(127, 127, 127, 0.8); }
[data-cg-highlight]:focus-visible { outline: 2px solid rgba(59, 130, 246, 0.9); outline-offset: 1px; }
[data-cg-highlight][data-cg-has-note]::after { content: ""; display: inline-block; width: 6px; height: 6px; margin-left: 2px;
  border-radius: 50%; background: currentColor; opacity: 0.6; vertical-align: super; }
`;
