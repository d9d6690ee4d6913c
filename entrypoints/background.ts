import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { AnnotateService } from '../src/background/annotate-service';
import { DictionaryService } from '../src/background/dictionary-service';
import { HighlightService } from '../src/background/highlight-service';
import { parseInExtension } from '../src/background/parse-in-extension';
import { translate } from '../src/i18n';
import { browserLocale } from '../src/i18n/browser-locale';
import type { PopupToContent } from '../src/messages/types';
import { newsSiteMatches } from '../src/site/news-sites';
import type { BackgroundReplies } from '../src/messages/types';
import { parseContentToBackground, parsePageToBackground } from '../src/messages/validate';
import type { LanguagePreference } from '../src/settings/model';
import { onSettingsChanged, readSettings } from '../src/settings/store';
import { ChuGiaiDb, recordArticleSeen } from '../src/store/db';
import { listDictionary } from '../src/store/dictionary';
import { adoptPendingSite, syncAddedSites } from '../src/background/site-scripts';

const MENU_ID = 'chu-giai-highlight';

/** Errors cross the message boundary by name only: never page text. */
const errorName = (error: unknown) => (error instanceof Error ? error.name : 'Error');

export default defineBackground(() => {
  const db = new ChuGiaiDb();
  const highlights = new HighlightService(db);
  const annotate = new AnnotateService(() => listDictionary(db));
  const dictionary = new DictionaryService(db, annotate);
  // Ask the browser to keep our data when the disk runs low (notes are the reader's work).
  void globalThis.navigator?.storage?.persist?.().catch(() => false);

  /** The toolbar shortcut and the context menu both highlight the selection of the active tab. */
  const highlightSelectionIn = (tabId: number | undefined) => {
    if (tabId === undefined) return;
    const message: PopupToContent = { type: 'page/highlight-selection', color: null };
    void browser.tabs.sendMessage(tabId, message).catch(() => {});
  };
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'highlight-selection') return;
    if (tab?.id !== undefined) return highlightSelectionIn(tab.id);
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => highlightSelectionIn(active?.id));
  });
  /** The context menu speaks the UI's language (the settings' choice, else the browser's) on the sites we run on. */
  const menuTitle = (language: LanguagePreference) => translate(browserLocale(language), 'menu_highlight_selection');
  const showMenu = async (language: LanguagePreference, addedPatterns: string[]) => {
    const menu = { title: menuTitle(language), documentUrlPatterns: [...newsSiteMatches(), ...addedPatterns] };
    // Chrome keeps the menu across restarts of the worker; Firefox's persistent background page must make it at
    // every start. Update it where it exists, make it where it does not.
    try {
      await browser.contextMenus.update(MENU_ID, menu);
    } catch {
      await browser.contextMenus.create({ id: MENU_ID, contexts: ['selection'], ...menu });
    }
  };

  /**
   * The script registered for the sites the reader added, a site the popup asked for (Firefox closes the popup at the
   * prompt) and the context menu follow the settings and the permissions. One run at a time, each with the settings
   * read afresh, so an older run never finishes after a newer one.
   */
  let syncing: Promise<void> = Promise.resolve();
  const sync = () => {
    syncing = syncing
      .then(async () => {
        const settings = await readSettings();
        if (await adoptPendingSite(settings)) return; // the settings changed: that change runs this again
        const patterns = await syncAddedSites(settings).catch(() => []);
        await showMenu(settings.language, patterns);
      })
      .catch(() => {});
  };
  sync();
  onSettingsChanged(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) highlightSelectionIn(tab?.id);
  });

  /** Only this extension's own content scripts may write; a web page or another extension is ignored. */
  const isOwnContentScript = (sender: Browser.runtime.MessageSender) =>
    sender.id === browser.runtime.id && sender.tab !== undefined;

  /** The settings page and the library: documents of this extension's own origin (they may sit in a tab too). */
  const isOwnPage = (sender: Browser.runtime.MessageSender) =>
    sender.id === browser.runtime.id && sender.url?.startsWith(browser.runtime.getURL('/')) === true;

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (isOwnPage(sender)) {
      // They write to the database themselves and say so.
      if (parsePageToBackground(raw)?.type === 'dictionary/changed') dictionary.changed();
      return undefined;
    }
    if (!isOwnContentScript(sender)) return undefined;
    const message = parseContentToBackground(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'article/parse': {
        const reply: Promise<BackgroundReplies['article/parse']> = parseInExtension(message.html).then(
          (value) => ({ ok: true, value }),
          (error: unknown) => ({ ok: false, error: errorName(error) }),
        );
        return reply;
      }
      case 'article/seen': {
        const reply: Promise<BackgroundReplies['article/seen']> = recordArticleSeen(db, message.article, Date.now()).then(
          ({ firstSeen, lastSeen }) => ({ ok: true, value: { firstSeen, lastSeen } }),
          (error: unknown) => ({ ok: false, error: errorName(error) }),
        );
        return reply;
      }
      case 'annotate/find': {
        const reply: Promise<BackgroundReplies['annotate/find']> = annotate.find(
          message.blocks,
          message.published,
          message.context,
        ).then(
          (value) => ({ ok: true, value }),
          (error: unknown) => ({ ok: false, error: errorName(error) }),
        );
        return reply;
      }
      case 'highlight/list':
      case 'highlight/save':
      case 'highlight/update':
      case 'highlight/delete':
        return highlights.handle(message, sender.tab!.id!);
      case 'dictionary/keep':
        return dictionary.keep(message);
      case 'ui/open-dictionary':
        return dictionary.openForm(message.prefill, sender.tab);
      default: {
        const unhandled: never = message;
        return unhandled;
      }
    }
  });
});
