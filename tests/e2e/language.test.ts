import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, type Harness, openPage, openPopup, startHarness } from './harness';
import { highlightWithToolbar } from './reader-actions';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  contextMenus: { update(id: string, properties: Record<string, unknown>): Promise<void> };
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Chooses the UI language as the settings page does: the stored settings object, its `language` changed. */
async function setLanguage(language: 'auto' | 'vi' | 'en') {
  await h.worker.evaluate(async (lang) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...((settings as object | undefined) ?? { version: 2 }), language: lang } });
  }, language);
}

async function openSeed(): Promise<Page> {
  const { page, extensionErrors } = await openPage(h, fixture(h, 'bvcl-hai-phong').url);
  await page.waitForSelector('[data-cg-kind]', { state: 'attached', timeout: 20_000 });
  expect(extensionErrors).toEqual([]);
  return page;
}

async function openLibrary(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/notes.html`);
  await page.waitForSelector('.lib');
  return page;
}

/** Focuses the mark of Kinh Môn and returns its tooltip's kind label and text. */
async function tooltipOf(page: Page) {
  await page.locator('[data-cg-key="d0:hai-duong/kinh-mon"]').first().focus();
  const tooltip = page.locator('[role="tooltip"]');
  await expect.poll(() => tooltip.isVisible()).toBe(true);
  const result = { kind: await tooltip.locator('.cg-tip__kind').textContent(), text: await tooltip.textContent() };
  await page.keyboard.press('Escape');
  return result;
}

const enNumber = (n: number) => new Intl.NumberFormat('en-GB').format(n);

describe('the UI language', () => {
  it('is Vietnamese by default in a Vietnamese browser', async () => {
    const page = await openSeed();
    const popup = await openPopup(h, page);
    expect(await popup.getAttribute('html', 'lang')).toBe('vi');
    expect(await popup.locator('[data-cg-field="status"]').textContent()).toBe('Đã nhận ra bài báo');
    expect(await popup.locator('[data-cg-field="published"]').textContent()).toBe('15/03/2022 10:10');
    expect((await tooltipOf(page)).kind).toBe('Địa danh');
    await Promise.all([popup.close(), page.close()]);
  });

  it('is English everywhere once chosen, with English dates and numbers, while the explanations stay Vietnamese', async () => {
    await setLanguage('en');
    // The context menu item, made at install, is still there to be renamed (the browser offers no way to read it).
    await h.worker.evaluate(() => chrome.contextMenus.update('chu-giai-highlight', {}));
    const page = await openSeed();

    const tip = await tooltipOf(page);
    expect(tip.kind).toBe('Place');
    expect(tip.text).toContain('Thị xã thuộc tỉnh Hải Dương');
    // The page's own language is left alone.
    expect(await page.getAttribute('html', 'lang')).toBe('vi');

    await highlightWithToolbar(page, 'nâng cao đời sống xã hội');
    expect(await page.locator('[data-cg-field="save-status"]').textContent()).toBe('Saved');
    expect(await page.locator('[data-cg-action="copy-quote"]').textContent()).toBe('Copy quote');
    const highlight = page.locator('[data-cg-highlight][aria-label]');
    expect(await highlight.getAttribute('aria-label')).toBe('Highlight: nâng cao đời sống xã hội');

    const popup = await openPopup(h, page);
    expect(await popup.getAttribute('html', 'lang')).toBe('en');
    expect(await popup.locator('[data-cg-field="status"]').textContent()).toBe('Article found');
    expect(await popup.locator('[data-cg-field="published"]').textContent()).toBe('15 Mar 2022, 10:10');
    const words = Number(await popup.locator('[data-cg-field="words"]').getAttribute('data-cg-value'));
    expect(words).toBeGreaterThan(1000);
    expect(await popup.locator('[data-cg-field="words"]').textContent()).toBe(`${enNumber(words)} words`);
    expect(await popup.locator('[data-cg-action="open-library"]').textContent()).toBe('Notes library');

    const library = await openLibrary();
    expect(await library.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => library.title()).toBe('Chú Giải – Notes library');
    expect(await library.locator('h1').textContent()).toBe('Chú Giải library');
    await expect.poll(() => library.locator('[data-cg-highlight-item]').count()).toBe(1);
    expect(await library.locator('.lib__article .lib__meta').first().textContent()).toContain('15 Mar 2022, 10:10 · 1 highlight');
    expect(await library.locator('[data-cg-field="saved-at"]').textContent()).toMatch(/^Saved \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);

    // Back to Vietnamese while everything is open: no reload.
    await setLanguage('vi');
    await expect.poll(() => popup.locator('[data-cg-field="status"]').textContent()).toBe('Đã nhận ra bài báo');
    expect(await popup.getAttribute('html', 'lang')).toBe('vi');
    expect(await popup.locator('[data-cg-field="words"]').textContent()).toBe(`${new Intl.NumberFormat('vi-VN').format(words)} từ`);
    await expect.poll(() => library.locator('h1').textContent()).toBe('Thư viện Chú Giải');
    await expect.poll(() => library.title()).toBe('Chú Giải – Thư viện ghi chú');
    expect(await library.locator('[data-cg-field="saved-at"]').textContent()).toMatch(/^Lưu \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    // The highlight editor still open on the page, and the highlight's accessible name, follow too.
    await expect.poll(() => page.locator('[data-cg-action="copy-quote"]').textContent()).toBe('Sao chép trích dẫn');
    expect(await highlight.getAttribute('aria-label')).toBe('Tô sáng: nâng cao đời sống xã hội');
    expect((await tooltipOf(page)).kind).toBe('Địa danh');
    await Promise.all([library.close(), popup.close(), page.close()]);
  });
});
