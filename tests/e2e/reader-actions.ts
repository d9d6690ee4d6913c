/** What a reader does on an article page: select text, highlight it with the toolbar. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const HL = '[data-cg-highlight]';

/**
 * Runs in the page: selects `from` (through `to`, when given) in the article's text as a reader would, ending with a
 * mouse-up. Self-contained, so Playwright and Puppeteer (the Firefox test) can both send it.
 */
export const selectInPage = ([from, to]: readonly [string, string | null]) => {
  const roots = [...document.querySelectorAll('[data-cg-article]')];
  const nodes: Text[] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  }
  let text = '';
  const starts = nodes.map((n) => {
    const s = text.length;
    text += n.data;
    return s;
  });
  const locate = (offset: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > offset) i--;
    return { node: nodes[i]!, offset: offset - starts[i]! };
  };
  const start = text.indexOf(from);
  if (start < 0) throw new Error(`not on the page: ${from}`);
  const end = to ? text.indexOf(to, start) + to.length : start + from.length;
  const a = locate(start);
  const b = locate(end);
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  // A reader selects what is on screen.
  (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
  const selection = getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  (range.startContainer.parentElement ?? document.body).dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
};

/** Selects `phrase` (the `nth` occurrence in the article's text) as a reader would, ending with a mouse-up. */
export async function select(page: Page, phrase: string, endPhrase: string | null = null) {
  await page.evaluate(selectInPage, [phrase, endPhrase] as const);
}

export const highlightedText = (page: Page, id?: string) =>
  page.$$eval(id ? `[data-cg-highlight="${id}"]` : HL, (els) => els.map((e) => e.textContent).join(''));

export const highlightIds = (page: Page) =>
  page.locator(HL).evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-cg-highlight')!))]);

/** Selects a passage and clicks a colour on the toolbar. @return the new highlight's id */
export async function highlightWithToolbar(page: Page, phrase: string, endPhrase: string | null = null, color = 'yellow') {
  const before = new Set(await highlightIds(page));
  await select(page, phrase, endPhrase);
  await page.locator(`[data-cg-action="highlight-color"][data-cg-color="${color}"]`).click();
  await expect.poll(async () => (await highlightIds(page)).filter((id) => !before.has(id)).length).toBe(1);
  await expect.poll(() => page.locator('[data-cg-field="save-status"]').getAttribute('data-cg-value')).toBe('saved');
  return (await highlightIds(page)).find((id) => !before.has(id))!;
}

