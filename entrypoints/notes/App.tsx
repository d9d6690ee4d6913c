import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { BackgroundToContent } from '../../src/messages/types';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type ExportFormat, exportFile } from '../../src/export/files';
import { duplicateKey, parseImport } from '../../src/export/import';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../../src/highlight/model';
import { getLocale, type Message, t } from '../../src/i18n';
import { useLocale } from '../../src/i18n/use-locale';
import { EMPTY_FILTER, filterLibrary, type LibraryArticle, type LibraryFilter } from '../../src/library/filter';
import {
  type ArticleRecord,
  ChuGiaiDb,
  deleteArticle,
  deleteHighlight,
  importLibrary,
  putHighlight,
  restoreArticle,
  updateHighlight,
} from '../../src/store/db';
import { downloadText } from '../../src/ui/download';
import { colorName } from '../../src/ui/HighlightUi';
import { LibraryView } from '../../src/ui/LibraryView';
import { usePalette } from '../../src/ui/use-palette';
import { useSettings } from '../../src/ui/use-settings';

const db = new ChuGiaiDb();
/** Highlights shown before "Show more": enough for a screen, few enough to draw at once with 10,000 stored. */
const PAGE = 100;

/** Tells the open tabs that an article's highlights changed here, so they redraw them (as the worker does). */
async function notifyTabs(articleUrls: Iterable<string>) {
  const tabs = await browser.tabs.query({});
  for (const articleUrl of new Set(articleUrls)) {
    const message: BackgroundToContent = { type: 'highlights/changed', articleUrl };
    for (const tab of tabs) if (tab.id !== undefined) void browser.tabs.sendMessage(tab.id, message).catch(() => {});
  }
}

/** Runs a change to one highlight, then tells the tabs showing its article. */
async function changeHighlight<T>(id: string, change: () => Promise<T>): Promise<T> {
  const before = await db.highlights.get(id);
  const result = await change();
  const after = await db.highlights.get(id);
  void notifyTabs([before?.articleUrl, after?.articleUrl].filter((u): u is string => !!u));
  return result;
}

type Pending = { articles: ArticleRecord[]; highlights: HighlightRecord[]; skipped: Message[]; name: string };
type Status = { message: Message; error?: boolean; undo?: () => void };

const count = (n: number): Message => ({ plural: 'common_highlights', count: n });

export function App() {
  const locale = useLocale();
  useEffect(() => {
    document.title = t('library_title');
  }, [locale]);
  const [articles, setArticles] = useState<ArticleRecord[]>([]);
  const [highlights, setHighlights] = useState<HighlightRecord[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_FILTER);
  const [shown, setShown] = useState(PAGE);
  const [status, setStatus] = useState<Status | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  // Changes made in a tab (or here) show up at once.
  useEffect(() => {
    const sub = liveQuery(() => Promise.all([db.articles.toArray(), db.highlights.toArray()])).subscribe({
      next: ([a, h]) => {
        setArticles(a);
        setHighlights(h);
        setLoaded(true);
      },
      error: () => setStatus({ message: { key: 'library_db_error' }, error: true }),
    });
    return () => sub.unsubscribe();
  }, []);

  const paletteCss = usePalette(useSettings());
  const groups = useMemo(() => filterLibrary(articles, highlights, filter), [articles, highlights, filter]);
  /** Whole articles, until about `shown` highlights are on screen. */
  const visible = useMemo(() => {
    let count = 0;
    let n = 0;
    while (n < groups.length && (n === 0 || count < shown)) count += groups[n++]!.highlights.length;
    return groups.slice(0, n);
  }, [groups, shown]);
  const sites = useMemo(() => [...new Set(articles.filter((a) => a.highlightCount > 0).map((a) => a.site))].sort(), [articles]);

  const exportAs = (format: ExportFormat, items: LibraryArticle[], scope: string) => {
    if (items.length === 0) return setStatus({ message: { key: 'library_nothing_to_export' }, error: true });
    const n = items.reduce((sum, g) => sum + g.highlights.length, 0);
    setStatus({ message: { key: 'library_exporting', subs: [count(n)] } });
    // Let the status paint before a large export runs.
    setTimeout(() => {
      const file = exportFile(format, items, { now: new Date(), scope, locale: getLocale() });
      downloadText(file);
      setStatus({ message: { key: 'library_exported', subs: [count(n), file.name] } });
    }, 0);
  };

  const readImport = async (file: File) => {
    setPending(null);
    const result = parseImport(await file.text(), { now: new Date() });
    if (!result.ok) return setStatus({ message: { key: 'library_import_failed', subs: [file.name, result.error] }, error: true });
    if (result.value.highlights.length === 0) {
      const [first, ...rest] = result.value.skipped.slice(0, 3);
      const message: Message = first
        ? { key: 'library_import_none_why', subs: [file.name, rest.reduce<Message>((list, m) => ({ key: 'common_list', subs: [list, m] }), first)] }
        : { key: 'library_import_none', subs: [file.name] };
      return setStatus({ message, error: true });
    }
    setPending({ ...result.value, name: file.name });
    setStatus(null);
  };

  const confirmImport = async () => {
    if (!pending) return;
    try {
      const r = await importLibrary(db, pending.articles, pending.highlights, duplicateKey, Date.now());
      setStatus({ message: { key: 'library_imported', subs: [count(r.added), r.duplicates, r.articlesAdded] } });
      void notifyTabs(pending.highlights.map((h) => h.articleUrl));
    } catch (error) {
      const name: Message | string = error instanceof Error ? error.name : { key: 'common_error' };
      setStatus({ message: { key: 'library_write_failed', subs: [name] }, error: true });
    }
    setPending(null);
  };

  return (
    <>
    <style>{paletteCss}</style>
    <LibraryView
      loaded={loaded}
      groups={visible}
      total={groups.length}
      filter={filter}
      sites={sites}
      colors={HIGHLIGHT_COLORS.map((c) => [c, colorName(c)] as const)}
      status={status}
      pending={pending && { name: pending.name, articles: pending.articles.length, highlights: pending.highlights.length, skipped: pending.skipped.length }}
      onFilter={(f) => {
        setFilter(f);
        setShown(PAGE);
      }}
      onMore={() => setShown((n) => n + PAGE)}
      onExport={(format, group) =>
        group ? exportAs(format, [group], group.article.site) : exportAs(format, groups, filter.site ?? 'tat-ca')
      }
      onImportFile={(file) => void readImport(file)}
      onImportConfirm={() => void confirmImport()}
      onImportCancel={() => setPending(null)}
      onNote={(id, note) => void changeHighlight(id, () => updateHighlight(db, id, { note }, Date.now()))}
      onColor={(id, color: HighlightColor) => void changeHighlight(id, () => updateHighlight(db, id, { color }, Date.now()))}
      onDeleteHighlight={async (id) => {
        const deleted = await changeHighlight(id, () => deleteHighlight(db, id, Date.now()));
        if (!deleted) return;
        const undo = () => void putHighlight(db, deleted, Date.now()).then(() => notifyTabs([deleted.articleUrl]));
        setStatus({ message: { key: 'library_deleted_highlight' }, undo });
      }}
      onDeleteArticle={async (url) => {
        const deleted = await deleteArticle(db, url);
        void notifyTabs([url]);
        if (!deleted) return;
        const undo = () => void restoreArticle(db, deleted).then(() => notifyTabs([url]));
        setStatus({ message: { key: 'library_deleted_article', subs: [count(deleted.highlights.length)] }, undo });
      }}
    />
    </>
  );
}
