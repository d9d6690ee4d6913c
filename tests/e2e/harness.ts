/** One Chromium with the built extension and the fixture server, shared by the tests of a file. */
import type { BrowserContext, ConsoleMessage, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { launchWithExtension, tabIdOf } from '../../scripts/lib/browser.mjs';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
import { loadPages, type Page as FixturePage } from '../../scripts/lib/fixture-server.mjs';

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  pages: FixturePage[];
  /** Serves `html` at `url` instead of its sample page (`null`: the sample again). */
  override(url: string, html: string | null): void;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = await startFixtureServer(loadPages());
  try {
    const browser = await launchWithExtension({ port: server.port, hosts: server.hosts });
    // Debian's Chromium ships only its en-US locale, so "follow the browser" would mean English here; the tests read
    // the UI in Vietnamese, as the reader chose it in the settings (language.test.ts covers the other choices).
    await browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
        settings: { version: 2, language: 'vi' },
      }),
    );
    return {
      context: browser.context,
      worker: browser.worker,
      extensionId: browser.extensionId,
      pages: server.pages,
      override: server.override,
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}

export function fixture(h: Harness, slug: string): FixturePage {
  const exact = h.pages.find((p) => p.slug === slug);
  if (exact) return exact;
  const matches = h.pages.filter((p) => p.slug.startsWith(`${slug}-`));
  if (matches.length !== 1) throw new Error(`${matches.length === 0 ? 'no' : 'more than one'} sample page ${slug}`);
  return matches[0]!;
}

/**
 * Opens a sample page and collects what our extension writes to its console: content-script errors show there with
 * a chrome-extension:// location. The page's own errors are the page's business and are kept apart.
 */
export async function openPage(h: Harness, url: string) {
  const page = await h.context.newPage();
  const ours: string[] = [];
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://')) ours.push(m.text());
  };
  page.on('console', onConsole);
  await page.goto(url);
  return { page, extensionErrors: ours };
}

/** Opens the popup as a page describing `page`'s tab and waits until it has an answer. */
export async function openPopup(h: Harness, page: Page): Promise<Page> {
  const tabId = await tabIdOf(h.worker, page);
  const popup = await h.context.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector(
    '[data-cg-status="article"] [data-cg-field="saved"]:not([data-cg-value="pending"]), [data-cg-status="no-article"], [data-cg-status="unavailable"]',
    { timeout: 30_000 },
  );
  return popup;
}

/** Reads every record of one table of the extension's own database (in the worker's origin). */
export async function storedRecords(h: Harness, table: string): Promise<Array<Record<string, unknown>>> {
  return h.worker.evaluate(
    (name) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('chu-giai');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return resolve([]);
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as Array<Record<string, unknown>>);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    table,
  );
}

/** Every article record. */
export const storedArticles = (h: Harness) => storedRecords(h, 'articles');

/** Waits until marking has finished: the count of marks stops changing. */
export async function marksSettled(page: Page, quietMs = 300): Promise<void> {
  await page.waitForFunction(
    (ms) =>
      new Promise((resolve) => {
        const n = document.querySelectorAll('[data-cg-kind]').length;
        setTimeout(() => resolve(document.querySelectorAll('[data-cg-kind]').length === n), ms);
      }),
    quietMs,
  );
}

/** Opens a sample article, waits for its marks to settle, and checks that our extension logged no error there. */
export async function openMarked(h: Harness, slug = 'bvcl-hai-phong'): Promise<Page> {
  const { page, extensionErrors } = await openPage(h, fixture(h, slug).url);
  await page.waitForSelector('[data-cg-kind]', { state: 'attached', timeout: 20_000 });
  await marksSettled(page);
  expect(extensionErrors).toEqual([]);
  return page;
}

/** Text as a reader sees it: NFC, runs of white space as one space. */
export const readerText = (s: string | null | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ');
