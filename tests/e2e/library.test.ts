import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, type Harness, openPage, openPopup, startHarness } from './harness';
import { highlightWithToolbar } from './reader-actions';

let h: Harness;
let fresh: Harness | null = null;
const tmp = mkdtempSync(join(tmpdir(), 'chu-giai-library-'));
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
  await fresh?.close();
});

async function openArticle(harness: Harness, slug: string): Promise<Page> {
  const { page } = await openPage(harness, fixture(harness, slug).url);
  await page.waitForSelector('[data-cg-kind]', { state: 'attached', timeout: 20_000 });
  return page;
}

async function openLibrary(harness: Harness): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/notes.html`);
  await page.waitForSelector('.lib');
  return page;
}

/** Clicks an export button and returns the downloaded file's name and text. */
async function exported(library: Page, action: string) {
  const [download] = await Promise.all([library.waitForEvent('download'), library.click(`[data-cg-action="${action}"]`)]);
  const path = join(tmp, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const QUOTES = [
  'Thời gian qua, Hải Phòng, Hải Dương và Quảng Ninh đã tích cực chỉ đạo',
  'phát triển KT-XH nhanh, bền vững',
];

describe('the notes library', () => {
  let json = '';

  it('lists the articles with their highlights, and finds "hai phong" without tone marks', async () => {
    const seed = await openArticle(h, 'bvcl-hai-phong');
    await highlightWithToolbar(seed, QUOTES[0]!);
    await seed.locator('[data-cg-field="note"]').fill('Ghi chú =SUM(A1) <script>alert(1)</script>');
    await seed.locator('[data-cg-action="save-note"]').click();
    await expect.poll(() => seed.locator('[data-cg-field="save-status"]').getAttribute('data-cg-value')).toBe('saved');
    await highlightWithToolbar(seed, QUOTES[1]!, null, 'green');
    const vne = await openArticle(h, 'vnexpress-chinh-quyen');
    await highlightWithToolbar(vne, 'hàng chục người dân xếp hàng làm thủ tục', null, 'blue');

    const library = await openLibrary(h);
    await expect.poll(() => library.locator('[data-cg-highlight-item]').count()).toBe(3);
    expect(await library.locator('.lib__article').count()).toBe(2);
    // Both titles name Hải Phòng: every highlight of both articles.
    await library.fill('[data-cg-field="search"]', 'hai phong');
    await expect.poll(() => library.locator('[data-cg-highlight-item]').count()).toBe(3);
    await library.fill('[data-cg-field="search"]', 'tich cuc chi dao');
    await expect.poll(() => library.locator('[data-cg-highlight-item]').count()).toBe(1);
    await library.fill('[data-cg-field="search"]', 'xep hang lam thu tuc');
    await expect.poll(() => library.locator('[data-cg-highlight-item]').count()).toBe(1);
    await library.fill('[data-cg-field="search"]', '');
    // A change in a tab shows up in the library without a reload.
    await highlightWithToolbar(seed, 'nâng cao đời sống xã hội', null, 'pink');
    await expect.poll(() => library.locator('[data-cg-highlight-item]').count()).toBe(4);
    expect(await library.locator('script').count()).toBe(1); // only the page's own module script: notes are text
    await Promise.all([seed.close(), vne.close(), library.close()]);
  });

  it('exports Markdown, CSV, JSON and HTML as files named for the site and date', async () => {
    const library = await openLibrary(h);
    await expect.poll(() => library.locator('[data-cg-highlight-item]').count()).toBe(4);
    const md = await exported(library, 'export-markdown');
    expect(md.name).toMatch(/^chu-giai-tat-ca-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.text).toContain('> Thời gian qua, Hải Phòng');
    expect(md.text).toContain('#highlight/green');
    const csv = await exported(library, 'export-csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text.slice(1).split('\r\n')[0]).toBe('Highlight,Title,Author,URL,Note,Location,Date,Color,Site');
    expect(csv.text).toContain('Ghi chú =SUM(A1)');
    const html = await exported(library, 'export-html');
    expect(html.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.text).not.toContain('<script>alert(1)');
    const js = await exported(library, 'export-json');
    const collection = JSON.parse(js.text);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(4);
    json = js.text;
    const one = await library.locator('.lib__article').first().locator('[data-cg-action="export-article-markdown"]');
    const [download] = await Promise.all([library.waitForEvent('download'), one.click()]);
    expect(download.suggestedFilename()).toMatch(/^chu-giai-(baovecongly\.vn|vnexpress\.net)-/);
    await library.close();
  });

  it('sends an edit, a delete and its undo made in the library to the open article', async () => {
    const seed = await openArticle(h, 'bvcl-hai-phong');
    const library = await openLibrary(h);
    await library.fill('[data-cg-field="search"]', 'nang cao doi song');
    await expect.poll(() => library.locator('[data-cg-highlight-item]').count()).toBe(1);
    const item = library.locator('[data-cg-highlight-item]');
    const id = (await item.getAttribute('data-cg-highlight-item'))!;
    await expect.poll(() => seed.locator(`[data-cg-highlight="${id}"]`).count()).toBeGreaterThan(0);
    await item.locator('[data-cg-action="edit-note"]').click();
    await item.locator('textarea').fill('Sửa trong thư viện');
    await item.locator('[data-cg-action="save-note"]').click();
    await expect.poll(() => seed.locator(`[data-cg-highlight="${id}"][data-cg-has-note]`).count()).toBe(1);
    await item.locator('[data-cg-action="delete"]').click();
    await expect.poll(() => seed.locator(`[data-cg-highlight="${id}"]`).count()).toBe(0);
    await library.click('[data-cg-action="undo"]');
    await expect.poll(() => seed.locator(`[data-cg-highlight="${id}"]`).count()).toBeGreaterThan(0);
    await Promise.all([seed.close(), library.close()]);
  });

  it('exports one article from the popup, as Obsidian Markdown with its glossary', async () => {
    const seed = await openArticle(h, 'bvcl-hai-phong');
    const popup = await openPopup(h, seed);
    await popup.waitForSelector('[data-cg-action="export-markdown"]');
    const md = await exported(popup, 'export-markdown');
    expect(md.name).toMatch(/^chu-giai-baovecongly\.vn-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.text.startsWith('---\n')).toBe(true);
    expect(md.text).toContain('title: "Hải Phòng, Hải Dương và Quảng Ninh ký hợp tác cùng phát triển"');
    expect(md.text).toContain('KT-XH');
    expect(md.text).toContain('Kinh Môn');
    await Promise.all([popup.close(), seed.close()]);
  });

  it('imports the JSON into a fresh profile, and the highlights anchor on the pages again', async () => {
    fresh = await startHarness();
    const library = await openLibrary(fresh);
    const file = join(tmp, 'export.json');
    writeFileSync(file, json);
    await library.setInputFiles('[data-cg-field="import"]', file);
    await expect.poll(() => library.locator('[data-cg-field="import-preview"]').textContent()).toContain('4 tô sáng trong 2 bài');
    await library.click('[data-cg-action="import-confirm"]');
    await expect.poll(() => library.locator('[data-cg-highlight-item]').count()).toBe(4);
    // Importing the same file again adds nothing.
    await library.setInputFiles('[data-cg-field="import"]', file);
    await library.click('[data-cg-action="import-confirm"]');
    await expect.poll(() => library.locator('[data-cg-field="status"]').textContent()).toContain('Đã nhập 0 tô sáng (4 đã có');
    const seed = await openArticle(fresh, 'bvcl-hai-phong');
    await expect.poll(() => seed.locator('[data-cg-highlight]').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-cg-highlight'))).size)).toBe(3);
    expect(await seed.locator('[data-cg-highlight][data-cg-color="green"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('KT-XH')]),
    );
    await Promise.all([seed.close(), library.close()]);
  });

  it('refuses damaged, wrong, huge and hostile files with a clear message and writes nothing', async () => {
    const library = await openLibrary(fresh!);
    await expect.poll(() => library.locator('[data-cg-highlight-item]').count()).toBe(4);
    const cases: Array<[string, string]> = [
      ['truncated.json', json.slice(0, json.length / 2)],
      ['wrong.json', JSON.stringify({ type: 'AnnotationCollection', items: [{ target: 42 }] })],
      ['huge.json', `{"x":"${'a'.repeat(21 * 1024 * 1024)}"}`],
      ['hostile.json', json.replace(/"https:\/\/baovecongly\.vn/g, '"javascript:alert(1)//')],
    ];
    for (const [name, text] of cases) {
      const file = join(tmp, name);
      writeFileSync(file, text);
      await library.setInputFiles('[data-cg-field="import"]', file);
      await expect.poll(() => library.locator('[data-cg-field="status"]').textContent(), { timeout: 15_000 }).toContain(`Không nhập được “${name}”`);
      expect(await library.locator('[data-cg-field="import-preview"]').count()).toBe(0);
    }
    expect(await library.locator('[data-cg-highlight-item]').count()).toBe(4);
    await library.close();
  });
});
