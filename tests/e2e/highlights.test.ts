import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tabIdOf } from '../../scripts/lib/browser.mjs';
import { fixture, type Harness, openPage, openPopup, startHarness } from './harness';
import { highlightedText, highlightIds, highlightWithToolbar, select } from './reader-actions';

/** The extension API, as seen from the worker where these callbacks run. */
declare const chrome: {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  runtime: { getManifest(): { commands?: Record<string, unknown>; permissions?: string[] } };
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const seedUrl = () => fixture(h, 'bvcl-hai-phong').url;
let pages: Page[] = [];
afterEach(async () => {
  h.override(seedUrl(), null);
  await Promise.all(pages.map((p) => p.close().catch(() => {})));
  pages = [];
});

async function openSeed(url = seedUrl()): Promise<Page> {
  const { page } = await openPage(h, url);
  pages.push(page);
  await page.waitForSelector('[data-cg-article]', { state: 'attached', timeout: 20_000 });
  // Marking and highlights are drawn once the article is saved; wait for the first marks.
  await page.waitForSelector('[data-cg-kind]', { state: 'attached', timeout: 20_000 });
  return page;
}

const QUOTE = 'đã tích cực chỉ đạo, triển khai các nội dung về hợp tác và phát triển';

describe('highlighting', () => {
  it('highlights a selection from the toolbar, takes a note, and finds both again after a reload', async () => {
    const page = await openSeed();
    const id = await highlightWithToolbar(page, QUOTE);
    expect(await highlightedText(page, id)).toBe(QUOTE);
    const note = 'Ba địa phương cùng phát triển.\nXem lại số liệu năm 2022.';
    await page.locator('[data-cg-field="note"]').fill(note);
    await page.locator('[data-cg-action="save-note"]').click();
    await expect.poll(() => page.locator('[data-cg-field="save-status"]').getAttribute('data-cg-value')).toBe('saved');
    await page.reload();
    await page.waitForSelector(`[data-cg-highlight="${id}"]`, { state: 'attached', timeout: 20_000 });
    expect(await highlightedText(page, id)).toBe(QUOTE);
    expect(await page.locator(`[data-cg-highlight="${id}"][data-cg-has-note]`).count()).toBe(1);
    await page.locator(`[data-cg-highlight="${id}"]`).first().click();
    expect(await page.locator('[data-cg-field="note"]').inputValue()).toBe(note);
    const popup = await openPopup(h, page);
    pages.push(popup);
    await expect.poll(() => popup.locator(`[data-cg-action="reveal-highlight"][data-cg-id="${id}"]`).textContent()).toContain(QUOTE);
    expect(await popup.locator(`[data-cg-id="${id}"] .cg-popup__hl-note`).textContent()).toBe(note);
  });

  it('makes one highlight of a selection across paragraphs, bold text and marks, and both marks and highlight stay usable', async () => {
    const page = await openSeed();
    const id = await highlightWithToolbar(page, 'cả nước.', 'giữa TP. Hải Phòng');
    const text = await highlightedText(page, id);
    expect(text.replace(/\s+/g, ' ')).toContain('cả nước.');
    expect(text).toContain('giữa TP. Hải Phòng');
    expect(await page.locator(`[data-cg-kind] [data-cg-highlight="${id}"]`).count()).toBeGreaterThan(0);
    // The place mark inside the highlight still explains itself.
    await page.locator(`[data-cg-kind="place"]:has([data-cg-highlight="${id}"])`).first().hover();
    await expect.poll(() => page.locator('[role="tooltip"]').isVisible()).toBe(true);
  });

  it('keeps overlapping highlights, each with its own colour, through a reload', async () => {
    const page = await openSeed();
    const a = await highlightWithToolbar(page, 'Các địa phương đã thống nhất ban hành', null, 'green');
    const b = await highlightWithToolbar(page, 'thống nhất ban hành các chương trình', null, 'blue');
    await page.reload();
    await page.waitForSelector(`[data-cg-highlight="${b}"]`, { state: 'attached', timeout: 20_000 });
    expect(await highlightedText(page, a)).toBe('Các địa phương đã thống nhất ban hành');
    expect(await highlightedText(page, b)).toBe('thống nhất ban hành các chương trình');
    expect(await page.locator(`[data-cg-highlight="${b}"]`).first().getAttribute('data-cg-color')).toBe('blue');
  });

  it('deletes a highlight and brings it back with undo', async () => {
    const page = await openSeed();
    const id = await highlightWithToolbar(page, 'nâng cao đời sống xã hội');
    await page.locator(`[data-cg-highlight="${id}"]`).first().click();
    await page.locator('[data-cg-action="delete"]').click();
    await expect.poll(() => page.locator(`[data-cg-highlight="${id}"]`).count()).toBe(0);
    await page.locator('[data-cg-action="undo"]').click();
    await expect.poll(() => page.locator(`[data-cg-highlight="${id}"]`).count()).toBeGreaterThan(0);
    await page.reload();
    await page.waitForSelector(`[data-cg-highlight="${id}"]`, { state: 'attached', timeout: 20_000 });
  });

  it('highlights the selection from the shortcut or context menu (the worker’s message to the tab)', async () => {
    const page = await openSeed();
    await select(page, 'hợp tác hóa lãnh thổ');
    const tabId = await tabIdOf(h.worker, page);
    const id = await h.worker.evaluate(
      (tab) => chrome.tabs.sendMessage(tab!, { type: 'page/highlight-selection', color: 'pink' }),
      tabId,
    );
    expect(typeof id).toBe('string');
    expect(await highlightedText(page, id as string)).toBe('hợp tác hóa lãnh thổ');
    const manifest = await h.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.commands?.['highlight-selection']).toBeDefined();
    expect(manifest.permissions).toContain('contextMenus');
  });
});

describe('the page’s own scripts', () => {
  it('cannot press our buttons: a click the page makes up saves nothing and opens nothing', async () => {
    const page = await openSeed();
    const before = await highlightIds(page);
    await select(page, QUOTE);
    await page.locator('[data-cg-action="highlight"]').waitFor();
    const tabsBefore = h.context.pages().length;
    // A hostile page reaches into the open shadow roots and clicks: the toolbar's highlight button, then the
    // tooltip's "add to my dictionary" (which would open a tab).
    await page.evaluate(() => {
      for (const host of document.querySelectorAll('chu-giai-ui')) {
        (host.shadowRoot?.querySelector('[data-cg-action="highlight"]') as HTMLElement | null)?.click();
      }
    });
    const mark = page.locator('[data-cg-kind="abbr"]').first();
    await mark.focus();
    await page.locator('[role="tooltip"] [data-cg-action="add-to-dictionary"]').waitFor();
    await page.evaluate(() => {
      for (const host of document.querySelectorAll('chu-giai-ui')) {
        (host.shadowRoot?.querySelector('[data-cg-action="add-to-dictionary"]') as HTMLElement | null)?.click();
      }
    });
    await page.waitForTimeout(1500);
    expect(await highlightIds(page)).toEqual(before);
    expect(h.context.pages().length).toBe(tabsBefore);

    // The reader's own click still works.
    await select(page, QUOTE);
    await page.locator('[data-cg-action="highlight"]').click();
    await expect.poll(async () => (await highlightIds(page)).length).toBe(before.length + 1);
  });
});

describe('finding highlights again on a changed page', () => {
  const changed = async (page: Page, edit: (html: string) => string) => {
    const original = fixture(h, 'bvcl-hai-phong').html();
    h.override(seedUrl(), edit(original));
    await page.reload();
    await page.waitForSelector('[data-cg-article]', { state: 'attached', timeout: 20_000 });
    await page.waitForSelector('[data-cg-kind]', { state: 'attached', timeout: 20_000 });
  };

  it('still finds a highlight after a paragraph was inserted before it', async () => {
    const page = await openSeed();
    const id = await highlightWithToolbar(page, 'nhằm phát triển KT-XH nhanh, bền vững');
    await changed(page, (html) =>
      html.replace('<p>Thời gian qua,', '<p>Đoạn mới do tòa soạn bổ sung sau khi đăng bài, dài hơn một chút để dời mọi vị trí về sau.</p><p>Thời gian qua,'),
    );
    await page.waitForSelector(`[data-cg-highlight="${id}"]`, { state: 'attached', timeout: 20_000 });
    expect(await highlightedText(page, id)).toBe('nhằm phát triển KT-XH nhanh, bền vững');
  });

  it('still finds a highlight when a word inside it was changed', async () => {
    const page = await openSeed();
    const id = await highlightWithToolbar(page, 'phối hợp chặt chẽ trong quá trình tổ chức thực hiện và kịp thời tháo gỡ khó khăn');
    await changed(page, (html) => html.replace('kịp thời tháo gỡ khó khăn', 'nhanh chóng tháo gỡ khó khăn'));
    await page.waitForSelector(`[data-cg-highlight="${id}"]`, { state: 'attached', timeout: 20_000 });
    expect(await highlightedText(page, id)).toContain('tháo gỡ khó khăn');
  });

  it('still finds a highlight when the article moved elsewhere in the layout', async () => {
    const page = await openSeed();
    const id = await highlightWithToolbar(page, 'thúc đẩy phát triển liên kết vùng');
    await changed(page, (html) =>
      html.replace('<body>', '<body><div class="new-shell"><aside class="promo"><p>Đọc báo in</p></aside><main class="moved">').replace('</body>', '</main></div></body>'),
    );
    await page.waitForSelector(`[data-cg-highlight="${id}"]`, { state: 'attached', timeout: 20_000 });
    expect(await highlightedText(page, id)).toBe('thúc đẩy phát triển liên kết vùng');
  });

  it('makes an orphan of a highlight whose passage was deleted, never a wrong highlight', async () => {
    const page = await openSeed();
    const id = await highlightWithToolbar(page, 'trình UNESCO công nhận di sản thế giới');
    await changed(page, (html) => html.replace(/<p>Cụ thể, ba địa phương[\s\S]*?<\/p>/, ''));
    await page.waitForTimeout(800);
    expect(await page.locator(`[data-cg-highlight="${id}"]`).count()).toBe(0);
    const popup = await openPopup(h, page);
    pages.push(popup);
    await expect.poll(() => popup.locator(`[data-cg-field="orphans"] li[data-cg-id="${id}"]`).count()).toBe(1);
    await popup.locator(`[data-cg-field="orphans"] [data-cg-action="delete"][data-cg-id="${id}"]`).click();
    await expect.poll(() => popup.locator(`[data-cg-field="orphans"] li[data-cg-id="${id}"]`).count()).toBe(0);
  });
});

describe('several tabs and the page’s own storage', () => {
  it('shows a highlight made in one tab in another tab of the same article', async () => {
    const a = await openSeed();
    const b = await openSeed();
    await a.bringToFront();
    const id = await highlightWithToolbar(a, 'đóng góp tích cực vào sự phát triển chung');
    await b.waitForSelector(`[data-cg-highlight="${id}"]`, { state: 'attached', timeout: 10_000 });
    await a.locator(`[data-cg-highlight="${id}"]`).first().click();
    await a.locator('[data-cg-action="set-color"][data-cg-color="purple"]').click();
    await expect.poll(() => b.locator(`[data-cg-highlight="${id}"]`).first().getAttribute('data-cg-color')).toBe('purple');
  });

  it("leaves nothing in the website's IndexedDB", async () => {
    const page = await openSeed();
    await highlightWithToolbar(page, 'hoàn thiện Hồ sơ khoa học');
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
  });
});

describe('the popup', () => {
  it('follows a highlight made while it is open', async () => {
    const page = await openSeed();
    const popup = await openPopup(h, page);
    pages.push(popup);
    const before = await popup.locator('[data-cg-action="reveal-highlight"]').count();
    await page.bringToFront();
    const id = await highlightWithToolbar(page, 'vùng kinh tế trọng điểm');
    await expect.poll(() => popup.locator(`[data-cg-action="reveal-highlight"][data-cg-id="${id}"]`).count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('[data-cg-action="reveal-highlight"]').count()).toBe(before + 1);
  });
});
