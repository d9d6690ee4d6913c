import { liveQuery } from 'dexie';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MarkingState, PopupToContent } from '../../src/messages/types';
import { parsePageState } from '../../src/messages/validate';
import { markingStateOf, withSiteMarking } from '../../src/settings/apply';
import { updateSettings } from '../../src/settings/store';
import { normalizeHost, type Settings } from '../../src/settings/model';
import { askForSites } from '../../src/settings/site-permission';
import { runsByItself } from '../../src/settings/sites';
import { type ExportFormat, exportFile } from '../../src/export/files';
import { getLocale } from '../../src/i18n';
import { EMPTY_FILTER, filterLibrary } from '../../src/library/filter';
import { ChuGiaiDb, highlightsOf } from '../../src/store/db';
import { downloadText } from '../../src/ui/download';
import type { PopupModel } from '../../src/ui/PopupView';

const POLL_MS = 150;
const POLL_LIMIT = 100;

/** The tab the popup describes: `?tabId=` (tests open the popup as a page) or the active tab. */
async function targetTab() {
  const param = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(param) && param > 0) return browser.tabs.get(param).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function ask(tabId: number, message: PopupToContent) {
  return parsePageState(await browser.tabs.sendMessage(tabId, message));
}

/**
 * Asks the tab's content script for its state. Where it is not running (a site outside the list, or a tab opened
 * before the extension was installed), the toolbar click's activeTab grant lets the popup inject it.
 */
async function connect(tabId: number): Promise<PopupModel> {
  try {
    const state = await ask(tabId, { type: 'page/get-state' });
    if (state) return state;
  } catch {
    // No content script in this tab yet.
  }
  try {
    // The reader asked for this page: the script runs here even if the site is not on the list.
    await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        (globalThis as Record<symbol, unknown>)[Symbol.for('chu-giai.asked')] = true;
      },
    });
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  } catch {
    return { status: 'unavailable' };
  }
  return { status: 'working' };
}

/** @param settings the reader's settings (`useSettings`), null until read */
export function usePageState(settings: Settings | null) {
  const [model, setModel] = useState<PopupModel>({ status: 'working' });
  const [tabId, setTabId] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const tab = await targetTab();
      if (!tab?.id) return setModel({ status: 'no-tab' });
      setTabId(tab.id);
      let next = await connect(tab.id);
      for (let i = 0; next.status === 'working' && i < POLL_LIMIT && !cancelled; i++) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        next = (await ask(tab.id, { type: 'page/get-state' }).catch(() => null)) ?? { status: 'working' };
        if (next.status === 'article' && next.saved === 'pending') next = { status: 'working' };
      }
      if (cancelled) return;
      setModel(next.status === 'working' ? { status: 'no-article', reason: 'failed' } : next);
      // Marking a long article goes on after it is found: keep the glossary up to date until it is done.
      while (!cancelled && next.status === 'article' && next.marking === 'working') {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS * 2));
        const polled = await ask(tab.id, { type: 'page/get-state' }).catch(() => null);
        if (polled?.status === 'article') {
          next = polled;
          setModel(polled);
        }
      }
    })().catch(() => !cancelled && setModel({ status: 'unavailable' }));
    return () => {
      cancelled = true;
    };
  }, []);

  // A highlight added, edited or deleted anywhere (another tab, the library) shows here at once: the popup watches
  // the article's highlights in the database and asks the page again when they change.
  const articleUrl = model.status === 'article' ? model.meta.url : null;
  useEffect(() => {
    if (tabId === null || articleUrl === null) return;
    const db = new ChuGiaiDb();
    let first = true;
    const subscription = liveQuery(() => db.highlights.where('articleUrl').equals(articleUrl).toArray()).subscribe({
      next: () => {
        if (first) {
          first = false;
          return;
        }
        // The page redraws on the worker's notice; give it a moment, then show what it shows.
        setTimeout(() => {
          void ask(tabId, { type: 'page/get-state' })
            .then((next) => next?.status === 'article' && setModel(next))
            .catch(() => {});
        }, POLL_MS);
      },
      error: () => {},
    });
    return () => {
      subscription.unsubscribe();
      db.close();
    };
  }, [tabId, articleUrl]);

  /**
   * Polls the tab until its content script has applied a change of switches (it re-marks or unmarks the article).
   * @param expected the marking state the change leads to
   */
  const refresh = useCallback(async (id: number, expected: MarkingState) => {
    let last: PopupModel | null = null;
    for (let i = 0; i < POLL_LIMIT; i++) {
      const next = await ask(id, { type: 'page/get-state' }).catch(() => null);
      if (next && next.status !== 'working') {
        last = next;
        if (next.status !== 'article' || next.marking === expected) return setModel(next);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    if (last) setModel(last);
  }, []);

  const setMarking = useCallback(
    async (scope: 'site' | 'global', on: boolean) => {
      if (tabId === null || model.status !== 'article') return;
      const site = model.meta.site;
      // The switch shows the reader's choice at once (not the page's old state until the page has applied it).
      const asked: MarkingState = on ? 'working' : scope === 'global' ? 'off-global' : 'off-site';
      setModel((current) => (current.status === 'article' ? { ...current, marking: asked } : current));
      const next = await updateSettings((s) => (scope === 'global' ? { ...s, enabled: on } : withSiteMarking(s, site, on)));
      // The content script applies it on storage.onChanged; show the state once it has.
      await refresh(tabId, markingStateOf(next, site));
    },
    [tabId, model, refresh],
  );

  const reveal = useCallback(
    (key: string) => {
      if (tabId !== null) void ask(tabId, { type: 'page/reveal', key }).catch(() => null);
    },
    [tabId],
  );

  const revealHighlight = useCallback(
    (id: string) => {
      if (tabId !== null) void ask(tabId, { type: 'page/reveal-highlight', id }).catch(() => null);
    },
    [tabId],
  );

  const deleteHighlight = useCallback(
    async (id: string) => {
      if (tabId === null) return;
      await browser.tabs.sendMessage(tabId, { type: 'page/delete-highlight', id } satisfies PopupToContent).catch(() => null);
      const next = await ask(tabId, { type: 'page/get-state' }).catch(() => null);
      if (next) setModel(next);
    },
    [tabId],
  );

  /** Exports this article's highlights, with its glossary in Markdown. */
  const exportArticle = useCallback(
    async (format: ExportFormat) => {
      if (model.status !== 'article') return;
      const db = new ChuGiaiDb();
      try {
        const article = await db.articles.get(model.meta.url);
        const highlights = await highlightsOf(db, model.meta.url);
        const group = article ? filterLibrary([article], highlights, EMPTY_FILTER)[0] : undefined;
        if (!group) return;
        const glossary = new Map([[model.meta.url, model.glossary.map(({ kind, title, summary }) => ({ kind, title, summary }))]]);
        downloadText(exportFile(format, [group], { now: new Date(), scope: model.meta.site, glossary, locale: getLocale() }));
      } finally {
        db.close();
      }
    },
    [model],
  );

  const tryAnyway = useCallback(async () => {
    if (tabId === null) return;
    setModel({ status: 'working' });
    const state = await ask(tabId, { type: 'page/extract', force: true }).catch(() => null);
    setModel(state ?? { status: 'no-article', reason: 'failed' });
  }, [tabId]);

  // The article's site when it is not on the list of sites where Chú Giải runs by itself: the tab's own host, the site
  // the reader is on, whatever the article's canonical address says.
  const pageHost = model.status === 'article' ? normalizeHost(model.host ?? model.meta.site) : null;
  const unlistedSite = pageHost && settings && !runsByItself(settings, pageHost) ? pageHost : null;

  /** Puts this site on the list, asking for its permission (in the click itself) when it needs one. */
  const runHere = useCallback((): Promise<boolean> => {
    const site = unlistedSite;
    if (!site) return Promise.resolve(false);
    return askForSites([site]).then(async (ok) => {
      if (!ok) return false;
      await updateSettings((s) => ({ ...s, sites: { ...s.sites, auto: [...s.sites.auto, site] } }));
      return true;
    });
  }, [unlistedSite]);

  return { model, tryAnyway, setMarking, reveal, revealHighlight, deleteHighlight, exportArticle, unlistedSite, runHere };
}
