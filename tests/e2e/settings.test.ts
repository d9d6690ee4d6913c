/**
 * The settings page: each setting changes what the reader sees on an article that is already open (no reload, no
 * reinstall), and settings stored by an older version are carried over.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, type Harness, marksSettled, openMarked, openPage, openPopup, readerText, startHarness } from './harness';
import { highlightWithToolbar, select } from './reader-actions';

declare const chrome: {
  storage: {
    local: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
};

let h: Harness;
let options: Page;
beforeAll(async () => {
  h = await startHarness();
  options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.waitForSelector('[data-cg-setting="marking.places"]');
});
afterAll(async () => {
  await h?.close();
});

const MARK = '[data-cg-kind]';
const TOOLTIP = '[role="tooltip"]';

const openSeed = () => openMarked(h);
const settled = (page: Page) => marksSettled(page, 400);

/** Marks on the page by kind and by the level in their key (`p…:` province, `d…:` district, `w…:` ward). */
const countMarks = (page: Page) =>
  page.$$eval(MARK, (els) => {
    const out: Record<string, number> = { place: 0, abbr: 0, province: 0, district: 0, ward: 0 };
    for (const e of els) {
      const kind = e.getAttribute('data-cg-kind')!;
      out[kind] = (out[kind] ?? 0) + 1;
      const key = e.getAttribute('data-cg-key') ?? '';
      const level = { p: 'province', d: 'district', w: 'ward' }[key[0] ?? ''];
      if (kind === 'place' && level) out[level] = (out[level] ?? 0) + 1;
    }
    return out;
  });

const articleText = (page: Page) => page.$eval('[data-cg-article]', (e) => e.textContent ?? '');

/** Sets a checkbox on the options page as a reader would (a click), and waits for it to be stored. */
async function check(setting: string, on: boolean) {
  await options.bringToFront();
  const box = options.locator(`[data-cg-setting="${setting}"]`);
  if ((await box.isChecked()) !== on) await box.click();
  await expect.poll(() => box.isChecked()).toBe(on);
  await expect.poll(() => options.locator('[data-cg-field="settings-status"]').textContent()).toBe('Đã lưu.');
}

async function hoverTooltip(page: Page, key: string): Promise<string> {
  await page.bringToFront();
  // Close what is open (a tab that was in the background may not have seen the pointer leave), then hover anew.
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  await expect.poll(() => page.locator(TOOLTIP).isVisible()).toBe(false);
  const mark = page.locator(`[data-cg-key="${key}"]`).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await expect.poll(() => page.locator(TOOLTIP).isVisible()).toBe(true);
  return readerText(await page.locator(TOOLTIP).textContent());
}

describe('settings change an open article', () => {
  it('turns places and abbreviations off and on, each on its own, and the article text stays as it was', async () => {
    const page = await openSeed();
    const text = await articleText(page);
    const all = await countMarks(page);
    expect(all.place).toBeGreaterThan(10);
    expect(all.abbr).toBeGreaterThan(10);

    await check('marking.places', false);
    await expect.poll(async () => (await countMarks(page)).place).toBe(0);
    await settled(page);
    expect((await countMarks(page)).abbr).toBe(all.abbr);
    expect(await articleText(page)).toBe(text);

    await check('marking.abbreviations', false);
    await expect.poll(async () => (await countMarks(page)).abbr).toBe(0);
    expect(await page.locator(MARK).count()).toBe(0);
    expect(await articleText(page)).toBe(text);

    await check('marking.places', true);
    await check('marking.abbreviations', true);
    await expect.poll(() => countMarks(page)).toEqual(all);
    expect(await articleText(page)).toBe(text);
    await page.close();
  });

  it('marks only the unit levels the reader chose', async () => {
    const page = await openSeed();
    const all = await countMarks(page);
    expect(all.province).toBeGreaterThan(0);
    expect(all.district).toBeGreaterThan(0);

    await check('marking.levels.district', false);
    await expect.poll(async () => (await countMarks(page)).district).toBe(0);
    await settled(page);
    const without = await countMarks(page);
    expect(without.province).toBe(all.province);
    expect(without.abbr).toBe(all.abbr);

    await check('marking.levels.province', false);
    await expect.poll(async () => (await countMarks(page)).province).toBe(0);

    await check('marking.levels.district', true);
    await check('marking.levels.province', true);
    await expect.poll(() => countMarks(page)).toEqual(all);
    await page.close();
  });

  it('describes a former district on the map at the article’s date, today’s, or both', async () => {
    const page = await openSeed();
    const kinhMon = 'd0:hai-duong/kinh-mon';
    const both = await hoverTooltip(page, kinhMon);
    expect(both).toContain('Thị xã thuộc tỉnh Hải Dương');
    expect(both).toContain('thành phố Hải Phòng');

    // The page hears of the change a moment after the settings page stored it: hover again until it shows.
    await check('marking.map.article', true);
    await expect.poll(() => hoverTooltip(page, kinhMon)).not.toContain('Hải Phòng');
    expect(await hoverTooltip(page, kinhMon)).toContain('Thị xã thuộc tỉnh Hải Dương (thời điểm bài viết');

    await check('marking.map.current', true);
    await expect.poll(() => hoverTooltip(page, kinhMon)).not.toContain('Thị xã thuộc tỉnh Hải Dương');
    expect(await hoverTooltip(page, kinhMon)).toContain('thành phố Hải Phòng');

    await check('marking.map.both', true);
    await expect.poll(() => hoverTooltip(page, kinhMon)).toBe(both);
    await page.close();
  });

  it('shows the English gloss only when it is on, and an open tooltip follows the switch', async () => {
    const page = await openSeed();
    await hoverTooltip(page, 'd0:hai-duong/kinh-mon');
    const english = page.locator(`${TOOLTIP} [lang="en"]`);
    await expect.poll(() => english.count()).toBe(1);
    expect(await english.textContent()).toContain('until 1 July 2025');

    await check('marking.english', false);
    // The tooltip stays open on the article (its tab is in the background) and is redrawn without the gloss.
    await expect.poll(() => english.count()).toBe(0);
    await expect.poll(() => hoverTooltip(page, 'd0:hai-duong/kinh-mon')).not.toContain('until 1 July 2025');

    await check('marking.english', true);
    await hoverTooltip(page, 'd0:hai-duong/kinh-mon');
    await expect.poll(() => english.count()).toBe(1);
    await page.close();
  });

  it('waits the hover delay the reader set before opening a tooltip', async () => {
    const page = await openSeed();
    const setDelay = async (ms: number) => {
      await options.bringToFront();
      // A range input: the reader drags it; set its value and send the events a drag sends.
      await options.locator('[data-cg-setting="marking.tooltipDelayMs"]').evaluate((input: HTMLInputElement, value) => {
        input.value = String(value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, ms);
      await expect.poll(() => options.locator('#marking').textContent()).toContain(`${ms} ms`);
      await expect.poll(() => options.locator('[data-cg-field="settings-status"]').textContent()).toBe('Đã lưu.');
    };
    await setDelay(1500);
    await page.bringToFront();
    const mark = page.locator('[data-cg-key="d0:hai-duong/kinh-mon"]').first();
    await mark.scrollIntoViewIfNeeded();
    await page.mouse.move(2, 2);
    await mark.hover();
    // Well past the default 300 ms, the tooltip is still closed; then it opens.
    await page.waitForTimeout(700);
    expect(await page.locator(TOOLTIP).isVisible()).toBe(false);
    await expect.poll(() => page.locator(TOOLTIP).isVisible(), { timeout: 5000 }).toBe(true);

    await setDelay(300);
    await page.close();
  });

  it('renames and recolours a highlight colour; the toolbar and the highlights on the page follow', async () => {
    const page = await openSeed();
    await options.bringToFront();
    const name = options.locator('[data-cg-setting="highlights.yellow.name"]');
    await name.fill('Quan trọng');
    await name.press('Tab');
    await options.locator('[data-cg-setting="highlights.yellow.hex"]').evaluate((input: HTMLInputElement) => {
      input.value = '#ff0000';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => options.locator('[data-cg-field="settings-status"]').textContent()).toBe('Đã lưu.');

    await page.bringToFront();
    const id = await highlightWithToolbar(page, 'Kinh Môn');
    const background = () =>
      page.locator(`[data-cg-highlight="${id}"]`).first().evaluate((e) => getComputedStyle(e).backgroundColor);
    await expect.poll(background).toBe('rgba(255, 0, 0, 0.4)');
    await select(page, 'Hải Dương');
    const swatch = page.locator('[data-cg-action="highlight-color"][data-cg-color="yellow"]');
    await expect.poll(() => swatch.getAttribute('title')).toBe('Quan trọng');

    // Back to the default: the open page follows again.
    await options.bringToFront();
    await options.locator('[data-cg-action="reset-colors"]').click();
    await page.bringToFront();
    await expect.poll(background).toBe('rgba(250, 204, 21, 0.4)');
    await page.close();
  });

  it('shows the keyboard shortcut of the highlight command', async () => {
    await options.bringToFront();
    await expect.poll(() => options.locator('#shortcut').textContent()).toContain('Alt+Shift+H');
    expect(await options.locator('[data-cg-action="open-shortcuts"]').isVisible()).toBe(true);
  });
});

describe('sites', () => {
  it('stops running by itself on a site taken off the list, runs there when the reader asks, and again when restored', async () => {
    await options.bringToFront();
    await options.locator('[data-cg-site="baovecongly.vn"] [data-cg-action="remove-site"]').click();
    await expect.poll(() => options.locator('[data-cg-site="baovecongly.vn"]').count()).toBe(0);

    const { page } = await openPage(h, fixture(h, 'bvcl-hai-phong').url);
    await page.waitForTimeout(2500);
    expect(await page.locator('[data-cg-article]').count()).toBe(0);
    expect(await page.locator(MARK).count()).toBe(0);

    // The toolbar button (the popup) analyses this page all the same.
    const popup = await openPopup(h, page);
    expect(await popup.locator('[data-cg-status="article"]').count()).toBe(1);
    await popup.close();
    await page.waitForSelector(MARK, { state: 'attached', timeout: 20_000 });

    await options.bringToFront();
    await options.locator('[data-cg-setting="site-input"]').fill('https://www.BaoVeCongLy.vn/some/article');
    await options.locator('[data-cg-action="add-site"]').click();
    await expect.poll(() => options.locator('[data-cg-site="baovecongly.vn"]').count()).toBe(1);
    await page.reload();
    await page.waitForSelector(MARK, { state: 'attached', timeout: 20_000 });
    await page.close();
  });

  it('puts a site back on the list from the popup ("always run on this site")', async () => {
    await options.bringToFront();
    await options.locator('[data-cg-site="baovecongly.vn"] [data-cg-action="remove-site"]').click();
    await expect.poll(() => options.locator('[data-cg-site="baovecongly.vn"]').count()).toBe(0);

    const { page } = await openPage(h, fixture(h, 'bvcl-hai-phong').url);
    const popup = await openPopup(h, page);
    const button = popup.locator('[data-cg-action="run-here"]');
    expect(await button.textContent()).toBe('Luôn chạy trên baovecongly.vn');
    await button.click();
    await expect.poll(() => popup.locator('[data-cg-field="run-here"]').count()).toBe(0);
    await popup.close();
    await options.bringToFront();
    await expect.poll(() => options.locator('[data-cg-site="baovecongly.vn"]').count()).toBe(1);

    await page.reload();
    await page.waitForSelector(MARK, { state: 'attached', timeout: 20_000 });
    await page.close();
  });

  it('takes a removal back with undo, and says when a site is already covered by one on the list', async () => {
    await options.bringToFront();
    await options.locator('[data-cg-site="tuoitre.vn"] [data-cg-action="remove-site"]').click();
    await expect.poll(() => options.locator('[data-cg-site="tuoitre.vn"]').count()).toBe(0);
    expect(await options.locator('[data-cg-field="settings-status"]').textContent()).toContain('Đã bỏ tuoitre.vn');
    await options.locator('[data-cg-action="undo-settings"]').click();
    await expect.poll(() => options.locator('[data-cg-site="tuoitre.vn"]').count()).toBe(1);

    await options.locator('[data-cg-setting="site-input"]').fill('m.vnexpress.net');
    await options.locator('[data-cg-action="add-site"]').click();
    await expect.poll(() => options.locator('[data-cg-field="settings-status"]').textContent()).toContain('vnexpress.net');
    expect(await options.locator('[data-cg-site="m.vnexpress.net"]').count()).toBe(0);
  });

  it('refuses a site name that is not a host, and says why', async () => {
    await options.bringToFront();
    await options.locator('[data-cg-setting="site-input"]').fill('không phải tên miền');
    await options.locator('[data-cg-action="add-site"]').click();
    await expect.poll(() => options.locator('[data-cg-field="settings-status"]').textContent()).toContain('không phải là một tên miền');
  });

  it('lists the sites where marking is off and turns one back on from the settings', async () => {
    const page = await openSeed();
    const popup = await openPopup(h, page);
    await popup.locator('[data-cg-action="toggle-marking-site"]').click();
    await expect.poll(() => page.locator(MARK).count()).toBe(0);
    await popup.close();

    await options.bringToFront();
    const row = options.locator('[data-cg-list="sites-off"] [data-cg-site="baovecongly.vn"]');
    await expect.poll(() => row.count()).toBe(1);
    await row.locator('[data-cg-action="enable-site"]').click();
    await expect.poll(() => page.locator(MARK).count()).toBeGreaterThan(10);
    await page.close();
  });
});

describe('language', () => {
  it('switches the settings page and an open article’s tooltip to English and back, at once', async () => {
    const page = await openSeed();
    await options.bringToFront();
    await options.locator('[data-cg-setting="language"]').selectOption('en');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Chú Giải settings');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await options.locator('#marking h2').textContent()).toBe('Marking');

    const tip = await hoverTooltip(page, 'd0:hai-duong/kinh-mon');
    expect(tip).toContain('Place');
    // The explanation itself stays Vietnamese first.
    expect(tip).toContain('Thị xã thuộc tỉnh Hải Dương');

    await options.bringToFront();
    await options.locator('[data-cg-setting="language"]').selectOption('vi');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Cài đặt Chú Giải');
    await expect.poll(() => hoverTooltip(page, 'd0:hai-duong/kinh-mon')).toContain('Địa danh');
    await page.close();
  });
});

describe('stored settings', () => {
  it('carries the switches of version 0.1.0 over to the new settings, once', async () => {
    await h.worker.evaluate(async () => {
      await chrome.storage.local.remove('settings');
      await chrome.storage.local.set({ marking: { enabled: true, disabledSites: ['vnexpress.net'] } });
    });
    await options.reload();
    const row = options.locator('[data-cg-list="sites-off"] [data-cg-site="vnexpress.net"]');
    await expect.poll(() => row.count()).toBe(1);
    const stored = await h.worker.evaluate(() => chrome.storage.local.get(null));
    expect(stored.marking).toBeUndefined();
    expect((stored.settings as { version: number; sites: { off: string[] } }).version).toBe(2);
    expect((stored.settings as { sites: { off: string[] } }).sites.off).toEqual(['vnexpress.net']);
    await row.locator('[data-cg-action="enable-site"]').click();
    await expect.poll(() => row.count()).toBe(0);
  });
});
