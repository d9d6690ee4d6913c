/**
 * The worker's side of the reader's dictionary: keeps an article's definition, opens the settings page's form, and
 * after any change (its own or an extension page's) builds the lexicon afresh and tells every tab to mark again.
 */
import { browser } from 'wxt/browser';
import type { BackgroundReplies, BackgroundToContent, DictionaryPrefill } from '../messages/types';
import { dictionaryFormUrl } from '../dictionary/prefill';
import type { ChuGiaiDb } from '../store/db';
import { keepDefinition } from '../store/dictionary';
import type { AnnotateService } from './annotate-service';

const errorName = (error: unknown) => (error instanceof Error ? error.name : 'Error');

export class DictionaryService {
  constructor(
    private readonly db: ChuGiaiDb,
    private readonly annotate: AnnotateService,
  ) {}

  /**
   * The lexicon is dropped before any tab hears of the change, so the tabs' requests to mark again find the new one.
   * (A list of tabs kept in memory would be lost whenever the browser stops the idle worker: all are told.)
   */
  changed(): void {
    this.annotate.dictionaryChanged();
    const message: BackgroundToContent = { type: 'dictionary/changed' };
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) void browser.tabs.sendMessage(tab.id, message).catch(() => {});
    });
  }

  async keep(definition: { form: string; expansion: string }): Promise<BackgroundReplies['dictionary/keep']> {
    try {
      const kept = await keepDefinition(this.db, definition, { now: Date.now(), newId: () => crypto.randomUUID() });
      if (!kept.ok) return { ok: false, error: 'invalid' };
      this.changed();
      return { ok: true, value: { id: kept.value.id } };
    } catch (error) {
      return { ok: false, error: errorName(error) };
    }
  }

  /**
   * Opens the form: in the settings tab the reader already has open (its address changes only after `#`, so it fills
   * the form without reloading), else in a new tab next to the reader's article.
   */
  async openForm(prefill: DictionaryPrefill, from: { index: number; id?: number } | undefined): Promise<BackgroundReplies['ui/open-dictionary']> {
    try {
      const page = browser.runtime.getURL('/options.html');
      const url = dictionaryFormUrl(page, prefill);
      const [open] = await browser.tabs.query({ url: `${page}*` }).catch(() => []);
      if (open?.id !== undefined) {
        await browser.tabs.update(open.id, { url, active: true });
        if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true }).catch(() => {});
        return { ok: true, value: null };
      }
      await browser.tabs.create({
        url,
        ...(from ? { index: from.index + 1, ...(from.id !== undefined ? { openerTabId: from.id } : {}) } : {}),
      });
      return { ok: true, value: null };
    } catch (error) {
      return { ok: false, error: errorName(error) };
    }
  }
}
