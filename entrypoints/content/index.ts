import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyzePage } from '../../src/extract/analyze-page';
import type { ArticleMarks } from '../../src/page/article-marker';
import { markArticle } from '../../src/page/article-marker';
import type { BackgroundReplies, ContentToBackground, PageState } from '../../src/messages/types';
import { isParsedArticle, parsePopupToContent } from '../../src/messages/validate';
import { newsSiteMatches } from '../../src/site/news-sites';

/** Set in the isolated world so a second injection from the toolbar button reuses the running instance. */
const INSTANCE = Symbol.for('chu-giai.content');

export default defineContentScript({
  matches: newsSiteMatches(),
  runAt: 'document_idle',
  main(ctx) {
    const world = globalThis as { [INSTANCE]?: boolean };
    if (world[INSTANCE]) return;
    world[INSTANCE] = true;

    let state: PageState = { status: 'working' };
    let marks: ArticleMarks | null = null;
    let running: Promise<PageState> | null = null;

    const save = async (meta: Extract<PageState, { status: 'article' }>['meta']) => {
      const message: ContentToBackground = { type: 'article/seen', article: meta };
      try {
        const reply = (await browser.runtime.sendMessage(message)) as BackgroundReplies['article/seen'] | undefined;
        return reply?.ok ? 'saved' : 'failed';
      } catch {
        return 'failed'; // The worker may be restarting or the extension was reloaded.
      }
    };

    /** Readability runs in the extension's own document; the page's main thread only copies and serializes. */
    const parseInExtension = async (html: string) => {
      const message: ContentToBackground = { type: 'article/parse', html };
      const reply = (await browser.runtime.sendMessage(message)) as BackgroundReplies['article/parse'] | undefined;
      if (!reply?.ok) throw new Error('parse failed');
      if (reply.value !== null && !isParsedArticle(reply.value)) throw new Error('malformed parse');
      return reply.value;
    };

    const run = (force: boolean): Promise<PageState> => {
      running ??= (async (): Promise<PageState> => {
        try {
          state = { status: 'working' };
          const result = await analyzePage(document, location.href, { force, parse: parseInExtension });
          if (ctx.isInvalid) return state;
          if (!result.ok) return (state = { status: 'no-article', reason: result.reason });
          marks?.undo();
          marks = markArticle(result.containers);
          state = { status: 'article', meta: result.meta, saved: 'pending' };
          const saved = await save(result.meta);
          return (state = { ...state, saved });
        } catch {
          // Never let our failure reach the page's console; the popup says what happened.
          return (state = { status: 'no-article', reason: 'failed' });
        } finally {
          running = null;
        }
      })();
      return running;
    };

    browser.runtime.onMessage.addListener((raw: unknown) => {
      const message = parsePopupToContent(raw);
      if (!message) return undefined;
      switch (message.type) {
        case 'page/get-state':
          return Promise.resolve(running ? { status: 'working' } : state);
        case 'page/extract':
          return run(message.force);
        default: {
          const unhandled: never = message;
          return unhandled;
        }
      }
    });

    ctx.onInvalidated(() => {
      marks?.undo();
      world[INSTANCE] = false;
    });

    // document_idle has passed; wait for an idle moment so the page's own start-up goes first.
    const start = () => void run(false);
    if ('requestIdleCallback' in window) ctx.requestIdleCallback(start, { timeout: 1500 });
    else ctx.setTimeout(start, 0);
  },
});
