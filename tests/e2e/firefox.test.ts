/**
 * The Firefox build (.output/firefox-mv2) in Firefox ESR, driven over WebDriver BiDi: what a reader does on the seed
 * article, and the notes library at the width of Firefox's sidebar. Without a Firefox this file is skipped, except in
 * CI, where a missing Firefox is a failure (.ci/run installs firefox-esr).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_DIR, startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
import { findFirefox, FIREFOX_EXTENSION_DIR, launchFirefoxWithExtension, NO_FIREFOX_MESSAGE } from '../../scripts/lib/firefox.mjs';
import { selectInPage } from './reader-actions';

const firefox = findFirefox();
if (!firefox) {
  if (process.env.CI) throw new Error(`CI needs Firefox for these tests. ${NO_FIREFOX_MESSAGE}`);
  console.warn(`Skipping the Firefox tests. ${NO_FIREFOX_MESSAGE}`);
}

/** The part of the WebExtension API these tests call from an extension page. */
type ExtensionApi = {
  tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, message: unknown): Promise<unknown> };
};

/** Our UI (tooltip, highlight toolbar, note editor) lives in the open shadow root of this element. */
const UI = 'chu-giai-ui >>>';
const QUOTE = 'đã tích cực chỉ đạo, triển khai các nội dung về hợp tác và phát triển';
const NOTE = 'Ba địa phương cùng phát triển.';

describe.skipIf(!firefox)('the Firefox build in Firefox ESR', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let ff: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
  let browser: Browser;
  let seedUrl = '';
  let seedSlug = '';
  let highlightId = '';

  beforeAll(async () => {
    server = await startFixtureServer();
    const seed = server.pages.find((p) => p.slug === 'bvcl-hai-phong-hai-duong-quang-ninh');
    if (!seed) throw new Error('no seed article among the sample pages');
    [seedUrl, seedSlug] = [seed.url, seed.slug];
    ff = await launchFirefoxWithExtension({ port: server.port, hosts: server.hosts, executablePath: firefox! });
    browser = ff.browser;
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  /** Opens the seed article and waits until marking has finished (the mark count stops changing). */
  async function openSeed(): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(seedUrl);
    await page.waitForSelector('[data-cg-article]', { timeout: 20_000 });
    await page.waitForSelector('[data-cg-kind]', { timeout: 20_000 });
    await page.waitForFunction(
      () =>
        new Promise((resolve) => {
          const n = document.querySelectorAll('[data-cg-kind]').length;
          setTimeout(() => resolve(document.querySelectorAll('[data-cg-kind]').length === n), 300);
        }),
    );
    return page;
  }

  /**
   * Opens one of the extension's pages in a tab. BiDi reports no navigation events for moz-extension:// documents,
   * so the navigation is not awaited; `ready` is a selector of the loaded page.
   */
  async function openExtensionPage(path: string, ready: string): Promise<Page> {
    const page = await browser.newPage();
    void page.goto(`${ff.baseUrl}${path}`, { timeout: 60_000 }).catch(() => {});
    await waitInExtensionPage(page, ready);
    return page;
  }

  /** Polls for `selector`; a query that lands while the document is being replaced fails and is tried again. */
  async function waitInExtensionPage(page: Page, selector: string, timeout = 20_000): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      if (await page.$(selector).catch(() => null)) return;
      if (Date.now() > deadline) throw new Error(`${selector} did not appear in ${page.url()} within ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const saveStatus = (page: Page) =>
    page.$eval(`${UI} [data-cg-field="save-status"]`, (e) => e.getAttribute('data-cg-value')).catch(() => null);

  it('finds the article and marks exactly the places and abbreviations that Chrome marks', async () => {
    const page = await openSeed();
    const gold = JSON.parse(readFileSync(join(PAGES_DIR, seedSlug, 'gold.json'), 'utf8')) as {
      marks: Array<{ kind: string; text: string }>;
    };
    const found = await page.$$eval('[data-cg-kind]', (els) =>
      els.map((e) => ({ kind: e.getAttribute('data-cg-kind'), text: e.textContent, key: e.getAttribute('data-cg-key') })),
    );
    expect(found.map(({ kind, text }) => ({ kind, text }))).toEqual(gold.marks.map(({ kind, text }) => ({ kind, text })));
    expect(found.some((m) => m.kind === 'place')).toBe(true);
    expect(found.some((m) => m.kind === 'abbr')).toBe(true);
    expect(found.every((m) => m.key)).toBe(true);
    expect(await page.$$eval('[data-cg-article]', (els) => els.length)).toBe(1);
    // Nothing reached the page's own storage: the database lives in the extension.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    await page.close();
  });

  it('shows the tooltip of a place on hover, in the shadow root of its UI host', async () => {
    const page = await openSeed();
    await page.hover('[data-cg-key="d0:hai-duong/kinh-mon"]');
    const tooltip = await page.waitForSelector(`${UI} [role="tooltip"]`, { visible: true, timeout: 5_000 });
    const text = await tooltip!.evaluate((e) => e.textContent);
    expect(text).toContain('Thị xã thuộc tỉnh Hải Dương');
    expect(text).toContain('thành phố Hải Phòng');
    expect(await tooltip!.evaluate((e) => (e.getRootNode() as ShadowRoot).host.localName)).toBe('chu-giai-ui');
    await page.close();
  });

  it('highlights a selection from the toolbar, keeps a note, and finds both again after a reload', async () => {
    const page = await openSeed();
    await page.evaluate(selectInPage, [QUOTE, null] as const);
    await page.click(`${UI} [data-cg-action="highlight-color"][data-cg-color="yellow"]`);
    await page.waitForSelector('[data-cg-highlight]', { timeout: 5_000 });
    highlightId = (await page.$eval('[data-cg-highlight]', (e) => e.getAttribute('data-cg-highlight')))!;
    await expect.poll(() => saveStatus(page)).toBe('saved');
    await page.type(`${UI} [data-cg-field="note"]`, NOTE);
    await page.click(`${UI} [data-cg-action="save-note"]`);
    await expect.poll(() => saveStatus(page)).toBe('saved');

    await page.reload();
    await page.waitForSelector(`[data-cg-highlight="${highlightId}"][data-cg-has-note]`, { timeout: 20_000 });
    const text = await page.$$eval(`[data-cg-highlight="${highlightId}"]`, (els) => els.map((e) => e.textContent).join(''));
    expect(text).toBe(QUOTE);
    await page.close();
  });

  it('describes the article in the popup (title, glossary, the highlight) and its switch turns marking off and on', async () => {
    expect(highlightId).not.toBe('');
    const page = await openSeed();
    const popup = await openExtensionPage('popup.html', '[data-cg-field="status"]');
    // Opened as a tab, the popup describes its own tab; point it at the article's (tests cannot click the toolbar).
    const tabId = await popup.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: ExtensionApi }).browser;
      for (const tab of await ext.tabs.query({})) {
        const state = await ext.tabs.sendMessage(tab.id!, { type: 'page/get-state' }).catch(() => null);
        if ((state as { status?: string } | null)?.status === 'article') return tab.id!;
      }
      return null;
    });
    expect(tabId).not.toBeNull();
    await popup.evaluate((id) => location.assign(`popup.html?tabId=${id}`), tabId!);
    await waitInExtensionPage(popup, '[data-cg-status="article"] [data-cg-field="saved"][data-cg-value="saved"]');
    expect(await popup.$eval('[data-cg-field="title"]', (e) => e.textContent)).toContain('Hải Phòng, Hải Dương và Quảng Ninh');
    await popup.waitForSelector(`[data-cg-action="reveal-highlight"][data-cg-id="${highlightId}"]`, { timeout: 10_000 });
    // The glossary: both kinds, Kinh Môn among the places.
    const glossary = await popup.$$eval('[data-cg-field="glossary"] [data-cg-action="reveal"]', (els) =>
      els.map((e) => e.getAttribute('data-cg-key')),
    );
    expect(glossary).toContain('d0:hai-duong/kinh-mon');
    expect(glossary).toContain('KT-XH');

    await popup.click('[data-cg-action="toggle-marking-site"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-cg-kind]').length === 0, { timeout: 10_000 });
    await popup.click('[data-cg-action="toggle-marking-site"]');
    await page.waitForSelector('[data-cg-kind="place"]', { timeout: 10_000 });
    await popup.close();
    await page.close();
  });

  it('lists the highlight in the notes library, which fits the width of the sidebar', async () => {
    expect(highlightId).not.toBe('');
    const library = await openExtensionPage('notes.html', `[data-cg-highlight-item="${highlightId}"]`);
    const item = await library.$eval(`[data-cg-highlight-item="${highlightId}"]`, (e) => e.textContent);
    expect(item).toContain(QUOTE);
    expect(item).toContain(NOTE);
    // Firefox's sidebar is about 300 to 400 px wide: nothing may stick out sideways there.
    await library.setViewport({ width: 320, height: 700 });
    const overflow = await library.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await library.close();
  });

  it('applies a setting changed in the settings page to the open article, and switches the UI language', async () => {
    const page = await openSeed();
    const count = (kind: string) => page.$$eval(`[data-cg-kind="${kind}"]`, (els) => els.length);
    const abbreviations = await count('abbr');
    const options = await openExtensionPage('options.html', '[data-cg-setting="marking.places"]');
    await options.click('[data-cg-setting="marking.places"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-cg-kind="place"]').length === 0, { timeout: 10_000 });
    await expect.poll(() => count('abbr')).toBe(abbreviations);
    await options.click('[data-cg-setting="marking.places"]');
    await page.waitForSelector('[data-cg-kind="place"]', { timeout: 10_000 });

    await options.select('[data-cg-setting="language"]', 'en');
    await expect.poll(() => options.$eval('h1', (e) => e.textContent)).toBe('Chú Giải settings');
    await options.select('[data-cg-setting="language"]', 'vi');
    await expect.poll(() => options.$eval('h1', (e) => e.textContent)).toBe('Cài đặt Chú Giải');
    await options.close();
    await page.close();
  });

  it('runs by itself on a site the reader added in the settings, and stops when it is removed', async () => {
    const other = server.pages.find((p) => p.slug === 'other-site-article');
    if (!other) throw new Error('no sample page on another site');
    const options = await openExtensionPage('options.html', '[data-cg-setting="site-input"]');
    await options.type('[data-cg-setting="site-input"]', new URL(other.url).hostname);
    await options.click('[data-cg-action="add-site"]');
    await waitInExtensionPage(options, '[data-cg-site="tin-tuc-khac.example"]');
    // The permission was asked for that one site (and granted): no "no permission yet" badge.
    await expect.poll(() => options.$('[data-cg-site="tin-tuc-khac.example"] [data-cg-action="grant-site"]')).toBeNull();

    const page = await browser.newPage();
    await page.goto(other.url);
    await page.waitForSelector('[data-cg-article]', { timeout: 20_000 });

    await options.bringToFront();
    await options.click('[data-cg-site="tin-tuc-khac.example"] [data-cg-action="remove-site"]');
    await expect.poll(() => options.$('[data-cg-site="tin-tuc-khac.example"]')).toBeNull();
    await page.reload();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await page.$('[data-cg-article]')).toBeNull();
    await Promise.all([page.close(), options.close()]);
  });

  it('declares the library as its sidebar and routes no request beyond the sample sites', async () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.sidebar_action.default_panel).toBe('notes.html');
    expect(ff.refused).toEqual([]);
  });
});
