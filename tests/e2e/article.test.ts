import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/lib/browser.mjs';
import type { Page } from 'playwright-core';
import { fixture, type Harness, marksSettled, openPage, openPopup, readerText, startHarness, storedArticles } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const ARTICLE = '[data-cg-article]';
/** Tests that open every sample page: a few seconds a page. */
const ALL_PAGES_MS = 600_000;

/** The article's text as the extension reads it: the containers, less the parts left out inside them. */
const articleText = (page: Page) =>
  page.evaluate(() => {
    const parts: string[] = [];
    for (const root of document.querySelectorAll('[data-cg-article]')) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('[data-cg-left-out]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
      parts.push(' ');
    }
    return parts.join('');
  });

/** Marks outside the article's containers or inside a part left out, described for the failure message. */
const strayMarks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-cg-kind]')]
      .filter((m) => !m.closest('[data-cg-article]') || m.closest('[data-cg-left-out]'))
      .map((m) => `${m.textContent} in ${m.parentElement?.closest('[class], [id]')?.getAttribute('class') ?? '?'}`),
  );

describe('finding the article in Chromium', () => {
  const articlePages = () => h.pages.filter((p) => p.expected?.isArticle);

  it('finds the article on every sample article page, with nothing around it', async () => {
    expect(articlePages().length).toBeGreaterThanOrEqual(7);
    for (const sample of articlePages()) {
      const expected = sample.expected!;
      const { page, extensionErrors } = await openPage(h, sample.url);
      await page.waitForSelector(ARTICLE, { state: 'attached', timeout: 20_000 });
      const text = readerText(await articleText(page));
      for (const phrase of expected.bodyIncludes) expect(text, sample.slug).toContain(readerText(phrase));
      for (const phrase of expected.bodyExcludes) expect(text, sample.slug).not.toContain(readerText(phrase));
      expect(extensionErrors, sample.slug).toEqual([]);
      await page.close();
    }
  }, ALL_PAGES_MS);

  it('marks nothing outside the article on any sample article page: no comment, related news, tag or next article', async () => {
    for (const sample of articlePages()) {
      const { page } = await openPage(h, sample.url);
      await page.waitForSelector('[data-cg-kind]', { state: 'attached', timeout: 20_000 }).catch(() => {
        throw new Error(`${sample.slug}: nothing was marked`);
      });
      await marksSettled(page);
      expect(await strayMarks(page), sample.slug).toEqual([]);
      // A page that loads the next article below by infinite scroll (into an empty placeholder): it arrives after
      // marking and stays unmarked.
      if (await page.locator('[data-next-url]:empty').count()) {
        await page.waitForSelector('html[data-next-loaded]', { state: 'attached', timeout: 10_000 });
        await page.waitForTimeout(600); // the additions are read after a 400 ms pause
        await marksSettled(page);
        expect(await strayMarks(page), sample.slug).toEqual([]);
      }
      // Another address's article (infinite scroll) is never marked, whether it came before or after marking.
      expect(await page.locator(`[data-url]:not([data-url="${sample.url}"]) [data-cg-kind]`).count(), sample.slug).toBe(0);
      await page.close();
    }
  }, ALL_PAGES_MS);

  it('does not take the section front page or a contact form for an article', async () => {
    for (const slug of ['vietnamnet-front', 'bad-contact']) {
      const { page } = await openPage(h, fixture(h, slug).url);
      const popup = await openPopup(h, page);
      expect(await popup.locator('[data-cg-status]').getAttribute('data-cg-status')).toBe('no-article');
      expect(await popup.locator('[data-cg-field="reason"]').getAttribute('data-cg-value')).toBe('not-readerable');
      expect(await popup.textContent('body')).toContain('Không có bài báo ở đây');
      expect(await page.locator(ARTICLE).count()).toBe(0);
      await Promise.all([popup.close(), page.close()]);
    }
  });

  it('shows title, date and word count of each article in the popup', async () => {
    for (const sample of articlePages()) {
      const expected = sample.expected!;
      const { page } = await openPage(h, sample.url);
      const popup = await openPopup(h, page);
      const field = (name: string) => popup.locator(`[data-cg-field="${name}"]`);
      if (expected.title) expect(await field('title').textContent(), sample.slug).toBe(expected.title);
      if (expected.published) {
        expect(await field('published').getAttribute('data-cg-value'), sample.slug).toBe(expected.published);
      }
      expect(Number(await field('words').getAttribute('data-cg-value')), sample.slug).toBeGreaterThan(150);
      expect(await field('saved').getAttribute('data-cg-value'), sample.slug).toBe('saved');
      await Promise.all([popup.close(), page.close()]);
    }
  }, ALL_PAGES_MS);

  it('shows the seed article as the reader sees it: 15/03/2022 10:10', async () => {
    const { page } = await openPage(h, fixture(h, 'bvcl-hai-phong').url);
    const popup = await openPopup(h, page);
    expect(await popup.textContent('[data-cg-field="published"]')).toBe('15/03/2022 10:10');
    expect(await popup.textContent('[data-cg-field="title"]')).toBe(
      'Hải Phòng, Hải Dương và Quảng Ninh ký hợp tác cùng phát triển',
    );
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('where it runs', () => {
  it('does nothing on a site outside the list until the reader clicks the toolbar button', async () => {
    const { page } = await openPage(h, fixture(h, 'other-site-article').url);
    // The same article on a listed site is marked within a second; here nothing may happen.
    await page.waitForTimeout(1500);
    expect(await page.locator(ARTICLE).count()).toBe(0);
    // Opened as a page rather than by a click, the popup has no activeTab grant and cannot inject.
    const popup = await openPopup(h, page);
    expect(await popup.locator('[data-cg-status]').getAttribute('data-cg-status')).toBe('unavailable');
    expect(await page.locator(ARTICLE).count()).toBe(0);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('the extension database', () => {
  it('records each article by canonical URL in the extension origin, with first and last seen', async () => {
    const seed = fixture(h, 'bvcl-hai-phong');
    const first = await openPage(h, seed.url);
    await first.page.waitForSelector(ARTICLE, { state: 'attached' });
    await openPopup(h, first.page).then((p) => p.close());
    const before = (await storedArticles(h)).find((a) => a.url === seed.expected!.canonical);
    expect(before).toMatchObject({
      title: seed.expected!.title,
      site: 'baovecongly.vn',
      siteName: 'Báo Bảo vệ Công lý',
      byline: 'Vũ Ba',
      published: '2022-03-15T10:10:00+07:00',
    });
    await first.page.reload();
    await first.page.waitForSelector(ARTICLE, { state: 'attached' });
    await openPopup(h, first.page).then((p) => p.close());
    const after = (await storedArticles(h)).find((a) => a.url === seed.expected!.canonical)!;
    expect(after.firstSeen).toBe(before!.firstSeen);
    expect(after.lastSeen as number).toBeGreaterThan(before!.lastSeen as number);
    for (const sample of h.pages.filter((p) => p.expected?.canonical)) {
      expect(
        (await storedArticles(h)).some((a) => a.url === sample.expected!.canonical),
        sample.slug,
      ).toBe(sample.expected!.isArticle);
    }
    await first.page.close();
  });

  it("leaves nothing in the website's own IndexedDB and gives page scripts no way to message the worker", async () => {
    const { page } = await openPage(h, fixture(h, 'bvcl-hai-phong').url);
    await page.waitForSelector(ARTICLE, { state: 'attached' });
    await openPopup(h, page).then((p) => p.close());
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe(
      'undefined',
    );
    await page.close();
  });
});

describe('hostile pages', () => {
  it('keeps going on a page whose own scripts throw, and adds no error of its own', async () => {
    const sample = fixture(h, 'bad-throws');
    const { page, extensionErrors } = await openPage(h, sample.url);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.waitForSelector(ARTICLE, { state: 'attached' });
    const popup = await openPopup(h, page);
    expect(await popup.locator('[data-cg-field="title"]').textContent()).toBe(sample.expected!.title);
    expect(extensionErrors).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  it('finds the article on a page that keeps changing, and the page keeps working', async () => {
    const { page, extensionErrors } = await openPage(h, fixture(h, 'bad-mutating').url);
    await page.waitForSelector(ARTICLE, { state: 'attached' });
    // The site's own script appends an update to the article a moment after load: it lands inside the container.
    await page.waitForFunction(() => document.querySelector('[data-cg-article]')?.textContent?.includes('Cập nhật'));
    expect(extensionErrors).toEqual([]);
    await page.close();
  });

  it('finds the body of an article page that has no title anywhere', async () => {
    const sample = fixture(h, 'bad-no-title');
    const { page } = await openPage(h, sample.url);
    await page.waitForSelector(ARTICLE, { state: 'attached' });
    const popup = await openPopup(h, page);
    expect(await popup.locator('[data-cg-status]').getAttribute('data-cg-status')).toBe('article');
    await Promise.all([popup.close(), page.close()]);
  });

  it('finds the article of a 5 MB page, parsing it outside the page', async () => {
    const { page, extensionErrors } = await openPage(h, fixture(h, 'bad-5mb').url);
    const popup = await openPopup(h, page);
    expect(await popup.locator('[data-cg-field="title"]').textContent()).toBe('Bài rất dài');
    expect(Number(await popup.locator('[data-cg-field="words"]').getAttribute('data-cg-value'))).toBeGreaterThan(500_000);
    expect(await page.locator(ARTICLE).count()).toBe(1);
    expect(extensionErrors).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  it('declines a page with 75,000 elements with a clear message and analyses it when the reader asks', async () => {
    const { page, extensionErrors } = await openPage(h, fixture(h, 'bad-huge-dom').url);
    const popup = await openPopup(h, page);
    expect(await popup.locator('[data-cg-field="reason"]').getAttribute('data-cg-value')).toBe('too-large');
    expect(await popup.textContent('body')).toContain('Trang quá lớn');
    expect(await page.locator(ARTICLE).count()).toBe(0);
    await popup.click('[data-cg-action="extract"]');
    await popup.waitForSelector('[data-cg-status="article"]', { timeout: 60_000 });
    expect(await popup.locator('[data-cg-field="title"]').textContent()).toBe('Bài nhiều bình luận');
    const marked = readerText(await articleText(page));
    expect(marked).toContain('Đoạn 8.');
    expect(marked).not.toContain('Bình luận số');
    expect(extensionErrors).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('the build', () => {
  it('ships only ASCII JavaScript (Chrome refuses content scripts it does not read as UTF-8)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (e.name.endsWith('.js')) files.push(path);
      }
    };
    walk(EXTENSION_DIR);
    expect(files.length).toBeGreaterThanOrEqual(3);
    const offenders = files.filter((f) => /[^\x00-\x7f]/.test(readFileSync(f, 'latin1')));
    expect(offenders).toEqual([]);
  });

  it('asks for no blanket host permission', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions ?? []).not.toContain('<all_urls>');
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
    expect(manifest.content_scripts[0].matches).toContain('*://*.baovecongly.vn/*');
    expect(manifest.content_scripts[0].run_at).toBe('document_idle');
  });
});
