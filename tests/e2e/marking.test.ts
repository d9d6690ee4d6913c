import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_DIR } from '../../scripts/lib/fixture-server.mjs';
import { fixture, type Harness, openMarked, openPage, openPopup, startHarness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const MARK = '[data-cg-kind]';
const TOOLTIP = '[role="tooltip"]';

const openSeed = () => openMarked(h);

async function setMarking(popup: Page, action: 'toggle-marking-site' | 'toggle-marking-global', on: boolean) {
  const box = popup.locator(`[data-cg-action="${action}"]`);
  if ((await box.isChecked()) !== on) await box.click();
  await popup.waitForFunction(
    ([a, v]) => (document.querySelector(`[data-cg-action="${a}"]`) as HTMLInputElement | null)?.checked === v,
    [action, on] as const,
  );
}

describe('marks on the seed article', () => {
  it('marks every place and abbreviation of the body, exactly as the gold annotations list them, and nothing else', async () => {
    const page = await openSeed();
    const gold = JSON.parse(readFileSync(join(PAGES_DIR, fixture(h, 'bvcl-hai-phong').slug, 'gold.json'), 'utf8')) as {
      marks: Array<{ kind: string; text: string }>;
    };
    const found = await page.$$eval(MARK, (els) =>
      els.map((e) => ({ kind: e.getAttribute('data-cg-kind'), text: e.textContent, key: e.getAttribute('data-cg-key') })),
    );
    expect(found.map(({ kind, text }) => ({ kind, text }))).toEqual(gold.marks.map(({ kind, text }) => ({ kind, text })));
    expect(found.every((m) => m.key)).toBe(true);
    const outside = await page.$$eval(MARK, (els) =>
      els.filter((e) => !e.closest('[data-cg-article]') || e.closest('h1, nav, footer, header, aside')).length,
    );
    expect(outside).toBe(0);
    await page.close();
  });

  it('opens the tooltip on hover after a delay, keeps it while the pointer is on it, and closes it after leaving', async () => {
    const page = await openSeed();
    const mark = page.locator('[data-cg-key="d0:hai-duong/kinh-mon"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const tooltip = page.locator(TOOLTIP);
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const text = await tooltip.textContent();
    expect(text).toContain('Thị xã thuộc tỉnh Hải Dương');
    expect(text).toContain('thành phố Hải Phòng');
    // Move onto the tooltip itself: it stays (WCAG 1.4.13, hoverable).
    const box = (await tooltip.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.waitForTimeout(600);
    expect(await tooltip.isVisible()).toBe(true);
    // Leave both: it closes.
    await page.mouse.move(5, 5, { steps: 4 });
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.close();
  });

  it('opens on keyboard focus, closes on Esc and leaves focus where it was; the mark carries the same text for screen readers', async () => {
    const page = await openSeed();
    const mark = page.locator('[data-cg-kind="abbr"][data-cg-key="KT-XH"]').first();
    await mark.focus();
    const tooltip = page.locator(TOOLTIP);
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain('kinh tế - xã hội');
    expect(await tooltip.textContent()).toContain('socio-economic');
    expect(await mark.getAttribute('aria-description')).toContain('kinh tế - xã hội');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cg-key'))).toBe('KT-XH');
    // Tab reaches the next mark and opens its tooltip.
    await page.keyboard.press('Tab');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await page.close();
  });

  it('lists the glossary in the popup with counts, and a click scrolls to the first mark', async () => {
    const page = await openSeed();
    const popup = await openPopup(h, page);
    const entry = popup.locator('[data-cg-action="reveal"][data-cg-key="p0:hai-duong"]');
    expect(await entry.textContent()).toMatch(/Hải Dương.*×\d+/);
    expect(await popup.locator('[data-cg-action="reveal"][data-cg-key="KT-XH"]').textContent()).toContain('×4');
    await popup.locator('[data-cg-action="reveal"][data-cg-key="ĐBSH"]').click();
    // The real popup floats over the page; opened here as a tab, it hides the page, which then does not scroll.
    await page.bringToFront();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-cg-key')))
      .toBe('ĐBSH');
    const inView = () =>
      page.locator('[data-cg-key="ĐBSH"]').first().evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
    await expect.poll(inView).toBe(true);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('the marking switches', () => {
  it('turns marking off for the site and back on; off restores the article exactly', async () => {
    const page = await openSeed();
    const popup = await openPopup(h, page);
    await setMarking(popup, 'toggle-marking-site', false);
    await page.waitForFunction(() => document.querySelectorAll('[data-cg-kind]').length === 0);
    const unmarked = await page.locator('[data-cg-article]').evaluateAll((els) => els.map((e) => e.innerHTML));
    await setMarking(popup, 'toggle-marking-site', true);
    await page.waitForSelector(MARK, { state: 'attached' });
    await setMarking(popup, 'toggle-marking-site', false);
    await page.waitForFunction(() => document.querySelectorAll('[data-cg-kind]').length === 0);
    expect(await page.locator('[data-cg-article]').evaluateAll((els) => els.map((e) => e.innerHTML))).toEqual(unmarked);
    // Another page of the same site opens unmarked; another site is still marked.
    const other = await openPage(h, fixture(h, 'bad-throws').url);
    await other.page.waitForSelector('[data-cg-article]', { state: 'attached' });
    await other.page.waitForTimeout(500);
    expect(await other.page.locator(MARK).count()).toBe(0);
    const vne = await openPage(h, fixture(h, 'vnexpress-chinh-quyen').url);
    await vne.page.waitForSelector(MARK, { state: 'attached' });
    await setMarking(popup, 'toggle-marking-site', true);
    await page.waitForSelector(MARK, { state: 'attached' });
    await Promise.all([popup.close(), page.close(), other.page.close(), vne.page.close()]);
  });

  it('turns marking off everywhere and on again from the global switch', async () => {
    const page = await openSeed();
    const popup = await openPopup(h, page);
    try {
      await setMarking(popup, 'toggle-marking-global', false);
      await page.waitForFunction(() => document.querySelectorAll('[data-cg-kind]').length === 0);
      await expect.poll(() => popup.locator('[data-cg-field="glossary"]').count()).toBe(0);
      expect(await popup.locator('[data-cg-action="toggle-marking-site"]').isDisabled()).toBe(true);
    } finally {
      await setMarking(popup, 'toggle-marking-global', true);
    }
    await page.waitForSelector(MARK, { state: 'attached' });
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('later content', () => {
  it('marks a paragraph the site adds to the article after load', async () => {
    const { page, extensionErrors } = await openPage(h, fixture(h, 'bad-mutating').url);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-cg-article] p')]
          .find((p) => p.textContent?.startsWith('Cập nhật'))
          ?.querySelector('[data-cg-kind="place"][data-cg-key="p:ha-noi"]'),
      undefined,
      { timeout: 15_000 },
    );
    // The sidebar the site keeps changing is never marked.
    expect(await page.locator('aside [data-cg-kind], .sidebar [data-cg-kind]').count()).toBe(0);
    expect(extensionErrors).toEqual([]);
    await page.close();
  });
});
