/** Styles of the tooltip's shadow root. Sizes in px: the page's root font size must not change them. */
export const TOOLTIP_CSS = `
:host { all: initial; }
.cg-layer { position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; }
.cg-float { position: fixed; top: 0; left: 0; max-width: 340px; width: max-content; }
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
@media (prefers-color-scheme: dark) {
  .cg-tip { color: #e6edf3; background: #1c2128; border-color: #444c56; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.5); }
  .cg-tip__kind { color: #4cc38a; }
  .cg-tip--abbr .cg-tip__kind { color: #b197fc; }
  .cg-tip__line { color: #adbac7; }
  .cg-tip__en { color: #9aa4ae; }
  .cg-tip__badge { background: #3b2a6b; color: #e9e3ff; }
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
