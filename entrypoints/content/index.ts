import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ArticleContext } from '../../src/annotate/find-mentions';
import { prefillFromSelection, prefillFromTerm } from '../../src/dictionary/prefill';
import { analyzePage } from '../../src/extract/analyze-page';
import { findLeftOut } from '../../src/extract/left-out';
import type { ArticleMeta } from '../../src/extract/types';
import { setLocale } from '../../src/i18n';
import { browserLocale } from '../../src/i18n/browser-locale';
import type {
  BackgroundReplies,
  ContentToBackground,
  GlossaryEntry,
  MarkingState,
  PageState,
} from '../../src/messages/types';
import { isParsedArticle, parseBackgroundToContent, parsePopupToContent } from '../../src/messages/validate';
import { DomJournal } from '../../src/page/dom-journal';
import { Highlighter } from '../../src/page/highlighter';
import { Annotator } from '../../src/page/annotator';
import { type ArticleMarks, markArticle } from '../../src/page/article-marker';
import { markAt, markPlace } from '../../src/page/mark-focus';
import { type TooltipActions, TooltipHost, type TooltipSettings } from '../../src/page/tooltip-host';
import { markingKey, markingStateOf, marksTerm } from '../../src/settings/apply';
import type { Settings } from '../../src/settings/model';
import { runsByItself } from '../../src/settings/sites';
import { onSettingsChanged, peekSettings } from '../../src/settings/store';
import { newsSiteMatches } from '../../src/site/news-sites';

/** Set in the isolated world so a second injection from the toolbar button reuses the running instance. */
const INSTANCE = Symbol.for('chu-giai.content');
/** Set by the popup before it injects the script: the reader asked for this page, whatever the site list says. */
const ASKED = Symbol.for('chu-giai.asked');

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function ask<T extends ContentToBackground['type']>(
  message: Extract<ContentToBackground, { type: T }>,
): Promise<BackgroundReplies[T]> {
  const reply = (await browser.runtime.sendMessage(message)) as BackgroundReplies[T] | undefined;
  if (!reply) throw new Error(`no reply to ${message.type}`);
  return reply;
}

const tooltipSettings = (s: Settings): TooltipSettings => ({
  openDelay: s.marking.tooltipDelayMs,
  showEnglish: s.marking.english,
  map: s.marking.map,
});

export default defineContentScript({
  matches: newsSiteMatches(),
  runAt: 'document_idle',
  async main(ctx) {
    const world = globalThis as { [INSTANCE]?: boolean; [ASKED]?: boolean };
    if (world[INSTANCE]) return;
    let settings: Settings;
    try {
      settings = await peekSettings();
    } catch {
      return; // The extension was reloaded under us; nothing to do on this page.
    }
    if (world[INSTANCE]) return;
    world[INSTANCE] = true;
    // A site the reader took off the list (the manifest still matches it) waits until the reader opens the popup.
    let dormant = !world[ASKED] && !runsByItself(settings, location.hostname);
    // The tooltip and the highlight UI speak the reader's language (the page's own `lang` is left alone).
    setLocale(browserLocale(settings.language));

    let state: PageState = { status: 'working' };
    let article: { meta: ArticleMeta; containers: Element[]; marks: ArticleMarks } | null = null;
    let saved: 'pending' | 'saved' | 'failed' = 'pending';
    let marking: MarkingState = 'unavailable';
    let annotator: Annotator | null = null;
    let tooltip: TooltipHost | null = null;
    let observer: MutationObserver | null = null;
    let highlighter: Highlighter | null = null;
    /** Every change to the article's text nodes, marks and highlights alike, to take back in one go. */
    const journal = new DomJournal();
    let running: Promise<PageState> | null = null;

    const glossary = (): GlossaryEntry[] => annotator?.glossary() ?? [];
    const currentState = (): PageState =>
      article
        ? {
            status: 'article',
            meta: article.meta,
            saved,
            marking,
            glossary: glossary(),
            highlights: highlighter?.summaries() ?? [],
            host: location.hostname.toLowerCase().replace(/^www\./, ''),
          }
        : state;

    /** Readability runs in the extension's own document; the page's main thread only copies and serializes. */
    const parseInExtension = async (html: string) => {
      const reply = await ask({ type: 'article/parse', html });
      if (!reply.ok) throw new Error('parse failed');
      if (reply.value !== null && !isParsedArticle(reply.value)) throw new Error('malformed parse');
      return reply.value;
    };

    const find = async (blocks: string[], context: ArticleContext | null) => {
      const reply = await ask({ type: 'annotate/find', blocks, published: article?.meta.published ?? null, context });
      if (!reply.ok) throw new Error('annotate failed');
      return reply.value;
    };

    /** Stops marking and takes back every change to the text (highlights too: draw them again after). */
    const stopMarking = () => {
      observer?.disconnect();
      observer = null;
      tooltip?.destroy();
      tooltip = null;
      annotator?.stop();
      annotator = null;
      journal.undoAll();
    };

    /** Paragraphs the site adds to the article later are marked too (debounced; only the new nodes). */
    const watchForAdditions = (current: Annotator, containers: Element[]) => {
      let pending: Element[] = [];
      let timer = 0;
      observer = new MutationObserver((records) => {
        for (const r of records) {
          for (const n of r.addedNodes) {
            if (n.nodeType === 1 && !(n as Element).matches('[data-cg-kind], [data-cg-ui], [data-cg-highlight]')) {
              pending.push(n as Element);
            }
          }
        }
        if (pending.length === 0) return;
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          const roots = pending.filter((r) => r.isConnected && containers.some((c) => c.contains(r)));
          pending = [];
          // What the site adds may be a comment, a related box or the next article (infinite scroll): left out, as
          // the same parts were when the article was found.
          article?.marks.leaveOut(findLeftOut(roots, { includeRoots: true }));
          void current.annotateAdded(roots).catch(() => {});
          highlighter?.retryOrphans();
        }, 400);
      });
      for (const c of containers) observer.observe(c, { childList: true, subtree: true });
    };

    const startMarking = async () => {
      if (!article || annotator) return;
      const { containers } = article;
      const current = new Annotator({
        containers,
        find,
        yieldToPage,
        journal,
        accept: (info) => marksTerm(settings, info),
        // Our own wraps are mutations too: drop their records so they are not taken for new paragraphs.
        afterWrite: () => void observer?.takeRecords(),
      });
      annotator = current;
      tooltip = new TooltipHost({
        doc: document,
        infoOf: (mark) => current.infoOf(mark),
        actions: dictionaryActions,
        ...tooltipSettings(settings),
      });
      watchForAdditions(current, containers);
      await current.annotate();
    };

    const applyMarkingSettings = async () => {
      if (!article) return;
      const next = markingStateOf(settings, article.meta.site);
      if (next !== 'on') {
        if (annotator) rebuild(false);
        marking = next;
        return;
      }
      if (annotator) return;
      marking = 'working';
      try {
        await startMarking();
        marking = 'on';
      } catch {
        rebuild(false);
        marking = 'unavailable';
      }
    };

    /** The tooltip's buttons: the reader's dictionary lives in the extension; the worker writes and opens pages. */
    const dictionaryActions: TooltipActions = {
      addToDictionary: (info) => void ask({ type: 'ui/open-dictionary', prefill: prefillFromTerm(info) }).catch(() => {}),
      keepDefinition: async (info) =>
        (await ask({ type: 'dictionary/keep', form: info.form ?? info.title, expansion: info.vi[0] ?? '' })).ok,
    };

    /**
     * The reader's dictionary changed: mark again (the worker has the new lexicon). On the tab in view, once the reader
     * has left an open tooltip, so that its confirmation stays readable and its buttons do not vanish under them.
     */
    let remarkPending = false;
    const remarkForDictionary = () => {
      if (!annotator || remarkPending) return;
      remarkPending = true;
      const remark = () => {
        remarkPending = false;
        if (!annotator) return;
        // As `rebuild`, and the reader's focus back on the mark they were on.
        const place = markPlace(document, document.activeElement);
        rebuild(false);
        void applyMarkingSettings().then(() => {
          const mark = place && markAt(document, place);
          if (mark) tooltip?.focusQuietly(mark);
        });
      };
      // A tab in the background (the reader is in the settings page) marks again at once.
      if (tooltip && document.visibilityState === 'visible') tooltip.whenClosed(remark);
      else remark();
    };

    /**
     * Highlights and marks split the same text nodes, so they come off together (the journal, last change first) and
     * go back on: the highlights, then the marks unless `remark` is false.
     */
    const rebuild = (remark = true) => {
      stopMarking();
      highlighter?.renderAll();
      if (remark) void applyMarkingSettings();
    };

    const startHighlights = async (meta: ArticleMeta, containers: Element[]) => {
      const call = async <T>(message: ContentToBackground): Promise<T> => {
        const reply = (await browser.runtime.sendMessage(message)) as { ok: true; value: T } | { ok: false; error: string } | undefined;
        if (!reply) throw new Error('no reply');
        if (!reply.ok) throw new Error(reply.error);
        return reply.value;
      };
      highlighter = new Highlighter({
        doc: document,
        containers,
        articleUrl: meta.url,
        source: [meta.title, meta.siteName ?? meta.site].filter(Boolean).join(' — '),
        journal,
        rebuild: () => rebuild(),
        addToDictionary: (selected) =>
          void ask({ type: 'ui/open-dictionary', prefill: prefillFromSelection(selected) }).catch(() => {}),
        api: {
          list: () => call({ type: 'highlight/list', articleUrl: meta.url }),
          save: (highlight) => call({ type: 'highlight/save', highlight }),
          update: (id, changes) => call({ type: 'highlight/update', id, changes }),
          remove: (id) => call({ type: 'highlight/delete', id }),
        },
      });
      highlighter.setPalette(settings.highlights.colors);
      await highlighter.load();
    };

    const save = async (meta: ArticleMeta): Promise<'saved' | 'failed'> => {
      try {
        return (await ask({ type: 'article/seen', article: meta })).ok ? 'saved' : 'failed';
      } catch {
        return 'failed'; // The worker may be restarting or the extension was reloaded.
      }
    };

    const run = (force: boolean): Promise<PageState> => {
      running ??= (async (): Promise<PageState> => {
        try {
          const result = await analyzePage(document, location.href, { force, parse: parseInExtension });
          if (ctx.isInvalid) return state;
          if (!result.ok) {
            if (!article) state = { status: 'no-article', reason: result.reason };
            return currentState();
          }
          highlighter?.destroy();
          highlighter = null;
          stopMarking();
          article?.marks.undo();
          article = { meta: result.meta, containers: result.containers, marks: markArticle(result.containers, result.leftOut) };
          saved = await save(result.meta);
          // Highlights (which start marking once drawn) go on after the article is reported; the popup shows progress.
          if (saved === 'saved') void startHighlights(result.meta, result.containers).catch(() => void applyMarkingSettings());
          else void applyMarkingSettings();
          return currentState();
        } catch {
          // Never let our failure reach the page's console; the popup says what happened.
          if (!article) state = { status: 'no-article', reason: 'failed' };
          return currentState();
        } finally {
          running = null;
        }
      })();
      return running;
    };

    browser.runtime.onMessage.addListener((raw: unknown) => {
      const fromWorker = parseBackgroundToContent(raw);
      if (fromWorker) {
        if (fromWorker.type === 'dictionary/changed') remarkForDictionary();
        else if (highlighter && article?.meta.url === fromWorker.articleUrl) void highlighter.refresh().catch(() => {});
        return undefined;
      }
      const message = parsePopupToContent(raw);
      if (!message) return undefined;
      switch (message.type) {
        case 'page/get-state':
          if (dormant) {
            // Opening the popup on this page is the reader asking for it, as the toolbar click is elsewhere.
            dormant = false;
            void run(false);
            return Promise.resolve({ status: 'working' });
          }
          return Promise.resolve(running ? { status: 'working' } : currentState());
        case 'page/extract':
          return run(message.force);
        case 'page/reveal':
          return Promise.resolve(annotator?.reveal(message.key) ?? false);
        case 'page/reveal-highlight':
          return Promise.resolve(highlighter?.reveal(message.id) ?? false);
        case 'page/delete-highlight':
          return highlighter ? highlighter.remove(message.id) : Promise.resolve(false);
        case 'page/highlight-selection':
          return highlighter ? highlighter.highlightSelection(message.color) : Promise.resolve(null);
        default: {
          const unhandled: never = message;
          return unhandled;
        }
      }
    });

    /** A change in the settings page or the popup shows on the open article at once. */
    const stopFollowingSettings = onSettingsChanged((next) => {
      const before = settings;
      settings = next;
      setLocale(browserLocale(next.language));
      highlighter?.setPalette(next.highlights.colors);
      tooltip?.configure(tooltipSettings(next));
      if (article && markingKey(before, article.meta.site) !== markingKey(next, article.meta.site)) {
        // Fewer marks: take them all off and mark again; the highlights are drawn again in between.
        if (annotator) rebuild();
        else void applyMarkingSettings();
      }
    });

    ctx.onInvalidated(() => {
      stopFollowingSettings();
      highlighter?.destroy();
      stopMarking();
      article?.marks.undo();
      world[INSTANCE] = false;
    });

    // document_idle has passed; wait for an idle moment so the page's own start-up goes first.
    const start = () => {
      if (!dormant) void run(false);
    };
    if ('requestIdleCallback' in window) ctx.requestIdleCallback(start, { timeout: 1500 });
    else ctx.setTimeout(start, 0);
  },
});
