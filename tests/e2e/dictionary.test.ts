import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_DIR } from '../../scripts/lib/fixture-server.mjs';
import { fixture, type Harness, openMarked, openPage, startHarness, storedRecords } from './harness';
import { select } from './reader-actions';

let h: Harness;
let fresh: Harness | null = null;
const tmp = mkdtempSync(join(tmpdir(), 'chu-giai-dictionary-'));
beforeAll(async () => {
  h = await startHarness();
  // The seed article with an abbreviation it defines ("Hồ sơ khoa học (HSKH)") and one nobody knows yet (LKV).
  const source = readFileSync(join(PAGES_DIR, fixture(h, 'bvcl-hai-phong').slug, 'source.html'), 'utf8');
  const edited = source
    .replace('hoàn thiện Hồ sơ khoa học quần thể', 'hoàn thiện Hồ sơ khoa học (HSKH) quần thể')
    .replace('vướng mắc nảy sinh.</p>', 'vướng mắc nảy sinh. Tổ LKV sẽ theo dõi HSKH.</p>');
  if (!edited.includes('(HSKH)') || !edited.includes('Tổ LKV')) throw new Error('the seed article changed: update this test');
  h.override(fixture(h, 'bvcl-hai-phong').url, edited);
});
afterAll(async () => {
  await h?.close();
  await fresh?.close();
});

const TOOLTIP = '[role="tooltip"]';
const FORM = '[data-cg-form="dictionary"]';

const openArticle = (harness: Harness, slug = 'bvcl-hai-phong') => openMarked(harness, slug);

async function openOptions(harness: Harness, hash = ''): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html${hash}`);
  await page.waitForSelector(`${FORM}`);
  await page.waitForSelector('[data-cg-field="dict-count"]');
  return page;
}

/** Adds an entry through the settings page's form. */
async function addEntry(options: Page, entry: { kind?: 'abbr' | 'place'; form: string; expansion: string; english?: string; note?: string }) {
  await options.check(`${FORM} input[value="${entry.kind ?? 'abbr'}"]`);
  await options.fill(`${FORM} [data-cg-field="form"]`, entry.form);
  await options.fill(`${FORM} [data-cg-field="expansion"]`, entry.expansion);
  await options.fill(`${FORM} [data-cg-field="english"]`, entry.english ?? '');
  await options.fill(`${FORM} [data-cg-field="note"]`, entry.note ?? '');
  await options.click('[data-cg-action="save-entry"]');
  await expect.poll(() => options.locator('[data-cg-field="dict-status"]').textContent()).toContain(entry.form);
}

/** Every entry of the reader's dictionary, read from the extension's own database, by id. */
async function storedEntries(harness: Harness): Promise<Array<Record<string, unknown>>> {
  return (await storedRecords(harness, 'dictionary')).sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

const keyOf = (page: Page, text: string) =>
  page.locator('[data-cg-kind]').evaluateAll((els, t) => els.filter((e) => e.textContent === t).map((e) => e.getAttribute('data-cg-key')), text);

/** Focuses a mark (from elsewhere: after marking anew, focus may already be on it) and returns its open tooltip. */
async function tooltipOf(page: Page, selector: string) {
  await page.bringToFront();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator(selector).first().focus();
  const tooltip = page.locator(TOOLTIP);
  await expect.poll(() => tooltip.isVisible()).toBe(true);
  return tooltip;
}

describe('the reader’s dictionary', () => {
  it('marks an abbreviation and a place added in the settings page on the open article at once, without a reload', async () => {
    const page = await openArticle(h);
    expect(await keyOf(page, 'LKV')).toEqual([]);
    expect((await keyOf(page, 'Thủy Nguyên'))[0]).toBe('d0:hai-phong/thuy-nguyen');
    const options = await openOptions(h);
    const start = Date.now();
    await addEntry(options, { form: 'LKV', expansion: 'Liên kết vùng (tổ công tác)', english: 'regional linkage team' });
    await expect.poll(() => keyOf(page, 'LKV'), { timeout: 10_000 }).toEqual([expect.stringMatching(/^user:/)]);
    console.log(`dictionary change to marked on the open article: ${Date.now() - start} ms`);
    const tooltip = await tooltipOf(page, '[data-cg-key^="user:"]');
    expect(await tooltip.textContent()).toContain('Liên kết vùng (tổ công tác)');
    expect(await tooltip.textContent()).toContain('regional linkage team');
    expect(await tooltip.locator('[data-cg-field="mine"]').textContent()).toBe('Từ điển của tôi');
    // A place written the new way ("Thuỷ") marks the article's old-style "Thủy Nguyên", over the built-in place.
    await page.keyboard.press('Escape');
    await addEntry(options, { kind: 'place', form: 'Thuỷ Nguyên', expansion: 'quê ngoại', note: 'tên địa phương của vùng đất ven sông Bạch Đằng' });
    await expect.poll(() => keyOf(page, 'Thủy Nguyên'), { timeout: 10_000 }).toEqual([expect.stringMatching(/^user:/)]);
    expect(await (await tooltipOf(page, '[data-cg-kind="place"][data-cg-key^="user:"]')).textContent()).toContain('tên địa phương của vùng đất');
    await Promise.all([page.close(), options.close()]);
  });

  it('overrides a built-in abbreviation: the tooltip shows the reader’s expansion and never the built-in one', async () => {
    const page = await openArticle(h);
    expect(await (await tooltipOf(page, '[data-cg-key="UBND"]')).textContent()).toContain("People's Committee");
    await page.keyboard.press('Escape');
    const options = await openOptions(h);
    await addEntry(options, { form: 'UBND', expansion: 'Ủy ban nhân dân (cách tôi hiểu)' });
    await expect.poll(() => keyOf(page, 'UBND'), { timeout: 10_000 }).toEqual([expect.stringMatching(/^user:/)]);
    const text = await (await tooltipOf(page, '[data-cg-kind="abbr"][data-cg-key^="user:"]:text-is("UBND")')).textContent();
    expect(text).toContain('Ủy ban nhân dân (cách tôi hiểu)');
    expect(text).not.toContain("People's Committee");
    await page.keyboard.press('Escape');
    // Deleting it brings the built-in sense back; undo brings the reader's again.
    await options.locator('[data-cg-entry]', { hasText: 'UBND' }).locator('[data-cg-action="delete-entry"]').press('Enter');
    await expect.poll(() => keyOf(page, 'UBND'), { timeout: 10_000 }).toEqual(['UBND']);
    // The focus goes to Undo, then to the entry it brought back, never to the page's body.
    const focused = () => options.evaluate(() => [document.activeElement?.getAttribute('data-cg-action'), document.activeElement?.textContent ?? '']);
    await expect.poll(focused).toEqual(['undo', 'Hoàn tác']);
    await options.keyboard.press('Enter');
    await expect.poll(() => keyOf(page, 'UBND'), { timeout: 10_000 }).toEqual([expect.stringMatching(/^user:/)]);
    await expect.poll(async () => (await focused())[1]).toContain('Ủy ban nhân dân (cách tôi hiểu)');
    await Promise.all([page.close(), options.close()]);
  });

  it('keeps an abbreviation the article defined with one click, by keyboard, and lists it in the settings page', async () => {
    const page = await openArticle(h);
    const options = await openOptions(h);
    await page.bringToFront();
    const mark = page.locator('[data-cg-key="learned:HSKH"]').first();
    await mark.focus();
    const tooltip = page.locator(TOOLTIP);
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain('Hồ sơ khoa học');
    // Tab moves into the tooltip (it stays open), to its first button.
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('data-cg-action') ?? null);
    await expect.poll(focused).toBe('keep-definition');
    expect(await tooltip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => tooltip.locator('[data-cg-field="keep-status"]').getAttribute('data-cg-value')).toBe('saved');
    expect(await tooltip.locator('[data-cg-field="keep-status"]').textContent()).toBe('Đã lưu vào từ điển của tôi.');
    // The settings page lists it at once.
    const item = options.locator('[data-cg-entry]', { hasText: 'HSKH' });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('[data-cg-field="entry-expansion"]').textContent()).toBe('Hồ sơ khoa học');
    expect(await item.textContent()).toContain('giữ từ bài viết');
    // Esc closes the tooltip; focus is back on the mark, now the reader's own, and the page marks every HSKH as such.
    await page.keyboard.press('Escape');
    await expect.poll(() => keyOf(page, 'HSKH'), { timeout: 10_000 }).toEqual([expect.stringMatching(/^user:/), expect.stringMatching(/^user:/)]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('HSKH');
    expect(await tooltip.isVisible()).toBe(false);
    expect(await storedEntries(h)).toEqual(expect.arrayContaining([expect.objectContaining({ form: 'HSKH', origin: 'article' })]));
    // Another article with the same abbreviation marks it as the reader's too.
    const vne = await openArticle(h, 'vnexpress-chinh-quyen');
    await vne.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Bổ sung HSKH theo yêu cầu.';
      document.querySelector('[data-cg-article]')!.append(p);
    });
    await expect.poll(() => keyOf(vne, 'HSKH'), { timeout: 10_000 }).toEqual([expect.stringMatching(/^user:/)]);
    await Promise.all([page.close(), options.close(), vne.close()]);
  });

  it('opens the settings page with the form filled from a tooltip and from a selection', async () => {
    const page = await openArticle(h);
    await page.locator('[data-cg-key="KT-XH"]').first().hover();
    await expect.poll(() => page.locator(TOOLTIP).isVisible()).toBe(true);
    const [options] = await Promise.all([
      h.context.waitForEvent('page'),
      page.locator(`${TOOLTIP} [data-cg-action="add-to-dictionary"]`).click(),
    ]);
    await options.waitForSelector(FORM);
    // Opened at #dictionary?kind=…&form=…; the prefill is taken out of the address once used (see below).
    expect(options.url()).toContain('/options.html#dictionary');
    await expect.poll(() => options.inputValue(`${FORM} [data-cg-field="expansion"]`)).toBe('kinh tế - xã hội');
    expect(await options.inputValue(`${FORM} [data-cg-field="form"]`)).toBe('KT-XH');
    expect(await options.isChecked(`${FORM} input[value="abbr"]`)).toBe(true);
    expect(await options.evaluate(() => document.activeElement?.getAttribute('data-cg-field'))).toBe('expansion');
    // The prefill leaves the address once used: a reload shows the empty form.
    await expect.poll(() => new URL(options.url()).hash).toBe('#dictionary');
    await options.reload();
    await options.waitForSelector('[data-cg-field="dict-count"]');
    expect(await options.inputValue(`${FORM} [data-cg-field="form"]`)).toBe('');

    // With the settings page open, the next "add to my dictionary" fills the form there instead of opening a tab.
    const tabs = h.context.pages().length;
    await page.bringToFront();
    await page.mouse.move(5, 5);
    await page.locator('[data-cg-key="KT-XH"]').first().hover();
    await page.locator(`${TOOLTIP} [data-cg-action="add-to-dictionary"]`).click();
    await expect.poll(() => options.inputValue(`${FORM} [data-cg-field="form"]`)).toBe('KT-XH');
    expect(h.context.pages().length).toBe(tabs);
    await options.close();

    await page.bringToFront();
    await page.mouse.move(5, 5);
    await expect.poll(() => page.locator(TOOLTIP).isVisible()).toBe(false);
    await select(page, 'Cầu Dinh');
    const [fromSelection] = await Promise.all([
      h.context.waitForEvent('page'),
      page.locator('[role="toolbar"] [data-cg-action="add-to-dictionary"]').click(),
    ]);
    await fromSelection.waitForSelector(FORM);
    await expect.poll(() => fromSelection.inputValue(`${FORM} [data-cg-field="form"]`)).toBe('Cầu Dinh');
    expect(await fromSelection.isChecked(`${FORM} input[value="place"]`)).toBe(true);
    await Promise.all([page.close(), fromSelection.close()]);
  });

  it('exports JSON and CSV that import into a fresh profile as the same entries', async () => {
    const options = await openOptions(h);
    await addEntry(options, { form: 'VLXD', expansion: 'vật liệu xây dựng, "gạch; đá"', english: '=building materials', note: 'Dòng một\nDòng hai, có dấu phẩy' });
    const entries = await storedEntries(h);
    expect(entries.length).toBeGreaterThanOrEqual(5);
    const exported = async (action: string) => {
      const [download] = await Promise.all([options.waitForEvent('download'), options.click(`[data-cg-action="${action}"]`)]);
      const path = join(tmp, download.suggestedFilename());
      await download.saveAs(path);
      return { name: download.suggestedFilename(), path };
    };
    const json = await exported('export-dictionary-json');
    const csv = await exported('export-dictionary-csv');
    expect(json.name).toMatch(/^chu-giai-tu-dien-\d{4}-\d{2}-\d{2}\.json$/);
    expect(readFileSync(csv.path, 'utf8').charCodeAt(0)).toBe(0xfeff);
    await options.close();

    fresh = await startHarness();
    const other = await openOptions(fresh);
    for (const file of [json, csv]) {
      await other.setInputFiles('[data-cg-action="import-dictionary"]', file.path);
      await expect.poll(() => other.locator('[data-cg-field="import-summary"]').textContent()).toContain(`${entries.length} mục mới`);
      await other.click('[data-cg-action="confirm-import"]');
      await expect.poll(() => other.locator('[data-cg-field="dict-status"]').textContent()).toContain('Đã nhập');
      expect(await storedEntries(fresh)).toEqual(entries);
      // Delete them all (with the settings page's own buttons) before the next file.
      while ((await other.locator('[data-cg-action="delete-entry"]').count()) > 0) {
        const n = await other.locator('[data-cg-action="delete-entry"]').count();
        await other.locator('[data-cg-action="delete-entry"]').first().click();
        await expect.poll(() => other.locator('[data-cg-action="delete-entry"]').count()).toBe(n - 1);
      }
      expect(await storedEntries(fresh)).toEqual([]);
    }
    await other.close();
  });

  it('names the bad rows of a file and writes nothing unless the reader imports only the valid ones', async () => {
    const options = await openOptions(h);
    const before = await storedEntries(h);
    const csv = ['Form,Expansion,Kind', 'TTKT,trung tâm kỹ thuật,abbr', ',không có cách viết,abbr', 'hà Nội,thủ đô,place', 'TTKT,lặp lại,abbr'].join('\r\n');
    await options.setInputFiles('[data-cg-action="import-dictionary"]', { name: 'sai.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const bad = options.locator('[data-cg-field="import-bad"] li');
    await expect.poll(() => bad.count()).toBe(3);
    // The preview takes the focus, so a keyboard or screen reader user learns what the file holds.
    await expect.poll(() => options.evaluate(() => document.activeElement?.getAttribute('data-cg-field'))).toBe('import-preview');
    expect(await bad.allTextContents()).toEqual([
      'Hàng 3: Cách viết (Form): Cần điền.',
      'Hàng 4: Cách viết (Form): Tên địa danh phải viết hoa chữ cái đầu (chỉ tên viết hoa mới được đánh dấu).',
      'Hàng 5: trùng với Hàng 2.',
    ]);
    expect(await options.locator('[data-cg-action="confirm-import"]').count()).toBe(0);
    await options.click('[data-cg-action="cancel-import"]');
    expect(await storedEntries(h)).toEqual(before);

    // A JSON file that is not a dictionary says so; a bad entry is named by its number.
    await options.setInputFiles('[data-cg-action="import-dictionary"]', {
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'chu-giai-dictionary', version: 1, entries: [{ form: 'A1', expansion: 'một' }, { form: 'B1' }] })),
    });
    await expect.poll(() => bad.allTextContents()).toEqual(['Mục 2: Nghĩa (Expansion): Cần điền.']);
    await options.click('[data-cg-action="import-valid"]');
    await expect.poll(() => options.locator('[data-cg-field="dict-status"]').textContent()).toContain('Đã nhập: 1 mục mới');
    expect((await storedEntries(h)).length).toBe(before.length + 1);
    await options.setInputFiles('[data-cg-action="import-dictionary"]', { name: 'y.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"AnnotationCollection"}') });
    await expect.poll(() => options.locator('[data-cg-field="dict-status"]').textContent()).toContain('đây không phải tệp từ điển của Chú Giải');
    await options.close();
  });

  it('draws the section legibly in light and dark: muted text at 4.5:1, its own button styles, inputs on the page', async () => {
    const options = await openOptions(h);
    await addEntry(options, { form: 'MÀU', expansion: 'kiểm tra màu' });
    // A clash shows the "Edit that entry" link.
    await options.fill(`${FORM} [data-cg-field="form"]`, 'MÀU');
    await options.fill(`${FORM} [data-cg-field="expansion"]`, 'lần nữa');
    await options.click('[data-cg-action="save-entry"]');
    await options.waitForSelector('[data-cg-action="edit-clash"]');
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      const look = await options.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = (c: string) => {
          const [r = 0, g = 0, b = 0] = rgb(c).map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const page = getComputedStyle(document.body).backgroundColor;
        const ratio = (c: string) => {
          const [a, b] = [luminance(c), luminance(page)].sort((x, y) => y - x);
          return (a! + 0.05) / (b! + 0.05);
        };
        const style = (s: string) => getComputedStyle(document.querySelector(s)!);
        const muted = ['.dict__intro', '.dict__field small', '.dict__count', '.dict__entry-origin'];
        return {
          mutedContrast: Math.min(...muted.map((s) => ratio(style(s).color))),
          addButton: style('[data-cg-action="save-entry"]').backgroundColor,
          deleteButton: style('[data-cg-action="delete-entry"]').color === getComputedStyle(document.body).color,
          linkBorder: style('[data-cg-action="edit-clash"]').borderTopStyle,
          inputs: [style('[data-cg-field="form"]').backgroundColor, style('[data-cg-field="dict-search"]').backgroundColor],
        };
      });
      expect(look.mutedContrast, colorScheme).toBeGreaterThanOrEqual(4.5);
      expect(look.addButton, colorScheme).toBe('rgb(37, 99, 235)');
      expect(look.deleteButton, `${colorScheme}: Delete is red, not the text colour`).toBe(false);
      expect(look.linkBorder, colorScheme).toBe('none');
      expect(look.inputs, colorScheme).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    }
    await options.close();
  });
});
