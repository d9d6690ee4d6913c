/**
 * The reader's highlights on an article page: anchors the stored ones, renders them, and lets the reader make, edit
 * and delete them through a toolbar next to the selection and an editor next to a highlight (both in a shadow root).
 * Storage is reached through `api` (messages to the worker); every write is shown as saved only once confirmed.
 */
import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import { anchorSelectors, describeRange, type TextQuoteSelector } from '../highlight/selectors';
import { readArticleText } from '../highlight/reader-text';
import type { HighlightChanges, HighlightSummary } from '../messages/types';
import type { HighlightColor, HighlightRecord } from '../highlight/model';
import { type MessageKey, onLocaleChange, t } from '../i18n';
import { HighlightEditor, type SaveStatus, SelectionToolbar, Toast } from '../ui/HighlightUi';
import { HIGHLIGHT_MARK_CSS, HIGHLIGHT_UI_CSS } from '../ui/tooltip.css';
import { LEFT_OUT_ATTR } from './article-marker';
import type { DomJournal } from './dom-journal';
import { HIGHLIGHT_ATTR, HighlightLayer } from './highlight-layer';
import { createUiHost, type UiHost } from './ui-host';
import { highlightPageCss, type Palette, setPalette, swatchCss } from '../ui/palette';

export interface HighlightApi {
  list(): Promise<HighlightRecord[]>;
  save(highlight: HighlightRecord): Promise<HighlightRecord>;
  update(id: string, changes: HighlightChanges): Promise<HighlightRecord | null>;
  remove(id: string): Promise<HighlightRecord | null>;
}

export interface HighlighterOptions {
  doc: Document;
  containers: readonly Element[];
  articleUrl: string;
  /** "Title — Site" for copied quotes. */
  source: string;
  api: HighlightApi;
  /** Shared with the marks: both split the same text nodes and are taken back together. */
  journal: DomJournal;
  /**
   * Removing highlights changes nodes that marks may sit in: the page takes every change back through the journal,
   * calls `renderAll` and marks again.
   */
  rebuild: () => void;
  /** Something the popup shows changed (list, colour, note, orphans). */
  onChange?: () => void;
  /** The toolbar's "add to dictionary", with the selected text. */
  addToDictionary?: (selected: string) => void;
}

interface Entry {
  record: HighlightRecord;
  /** Offset in the reader text where it was found; null for an orphan. */
  start: number | null;
  status: SaveStatus;
}

const quoteOf = (r: HighlightRecord) =>
  (r.selectors.find((s) => s.type === 'TextQuoteSelector') as TextQuoteSelector | undefined)?.exact ?? '';

const UNDO_MS = 8000;

export class Highlighter {
  private readonly layer: HighlightLayer;
  private readonly entries = new Map<string, Entry>();
  private readonly ui: UiHost;
  private readonly host: HTMLElement;
  private readonly float: HTMLElement;
  private lastColor: HighlightColor = 'yellow';
  private panel: { kind: 'toolbar' } | { kind: 'editor'; id: string; focusNote: boolean } | null = null;
  private toast: { message: MessageKey; undo?: () => void } | null = null;
  private toastTimer = 0;
  private stopPlacement: (() => void) | null = null;
  private readonly listeners: Array<[EventTarget, string, EventListener, boolean]> = [];
  private readonly stopFollowingLocale: () => void;

  constructor(private readonly options: HighlighterOptions) {
    this.layer = new HighlightLayer(options.journal);
    const { doc } = options;
    this.ui = createUiHost(doc, HIGHLIGHT_UI_CSS, HIGHLIGHT_MARK_CSS);
    this.host = this.ui.host;
    this.float = this.ui.float;
    this.ui.setExtraCss(swatchCss(), highlightPageCss());

    this.on(doc, 'mouseup', () => setTimeout(() => this.onSelectionEnd(), 0));
    this.on(doc, 'keyup', (e) => {
      if ((e as KeyboardEvent).shiftKey || (e as KeyboardEvent).key === 'Shift') this.onSelectionEnd();
    });
    this.on(doc, 'click', (e) => this.onClick(e as MouseEvent), true);
    this.on(doc, 'focusin', (e) => this.onFocusIn(e as FocusEvent));
    this.on(doc, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent), true);
    // The highlights' accessible names and an open toast follow a change of language at once.
    this.stopFollowingLocale = onLocaleChange(() => {
      for (const entry of this.entries.values()) this.label(entry.record);
      this.refreshPanel();
    });
  }

  private on(target: EventTarget, type: string, listener: EventListener, capture = false) {
    target.addEventListener(type, listener, capture);
    this.listeners.push([target, type, listener, capture]);
  }

  // ---- Loading, anchoring, rendering ----

  /** Loads the article's highlights and shows them. */
  async load(): Promise<void> {
    const records = await this.options.api.list();
    this.entries.clear();
    for (const record of records) this.entries.set(record.id, { record, start: null, status: 'saved' });
    this.options.rebuild();
  }

  /**
   * Anchors every highlight on the current page and renders those found; the others are orphans. Call it on a page
   * without highlights drawn: after the shared journal was taken back.
   */
  renderAll(): void {
    this.layer.forget();
    const text = readArticleText(this.options.containers);
    const found: Array<{ entry: Entry; start: number; end: number }> = [];
    for (const entry of this.entries.values()) {
      const anchor = anchorSelectors(text.text, entry.record.selectors);
      entry.start = anchor ? anchor.start : null;
      if (anchor) found.push({ entry, start: anchor.start, end: anchor.end });
    }
    // Drawing splits text nodes, so each highlight's Range is made on the page as the previous ones left it; the
    // reader text (and so the offsets) stays the same.
    found.sort((a, b) => a.entry.record.created - b.entry.record.created);
    for (const { entry, start, end } of found) {
      const range = readArticleText(this.options.containers).toRange(start, end);
      if (range) this.draw(entry, range);
      else entry.start = null;
    }
    this.options.onChange?.();
  }

  /** Tries again to find orphans, e.g. after the site added content. */
  retryOrphans(): void {
    if ([...this.entries.values()].some((e) => e.start === null)) this.options.rebuild();
  }

  private draw(entry: Entry, range: Range) {
    const { record } = entry;
    this.layer.render(record.id, range, (el, i) => {
      el.setAttribute('data-cg-color', record.color);
      if (i === 0) {
        el.tabIndex = 0;
        el.setAttribute('role', 'button');
      }
    });
    this.decorate(entry);
  }

  /** The accessible name of the highlight's first element (the one that takes focus). */
  private label(record: HighlightRecord) {
    const quote = quoteOf(record).slice(0, 80);
    this.layer.elementsOf(record.id)[0]?.setAttribute('aria-label', record.note ? t('hl_mark_with_note', quote) : t('hl_mark', quote));
  }

  private decorate(entry: Entry) {
    const elements = this.layer.elementsOf(entry.record.id);
    elements.forEach((el) => {
      el.setAttribute('data-cg-color', entry.record.color);
      el.toggleAttribute('data-cg-pending', entry.status !== 'saved');
      el.removeAttribute('data-cg-has-note');
    });
    this.label(entry.record);
    if (entry.record.note) elements[elements.length - 1]?.setAttribute('data-cg-has-note', '');
  }

  // ---- What the popup shows ----

  summaries(): HighlightSummary[] {
    const all = [...this.entries.values()];
    const placed = all.filter((e) => e.start !== null).sort((a, b) => a.start! - b.start!);
    const orphans = all.filter((e) => e.start === null).sort((a, b) => a.record.created - b.record.created);
    return [...placed, ...orphans].map(({ record, start }) => ({
      id: record.id,
      quote: quoteOf(record),
      color: record.color,
      note: record.note,
      orphan: start === null,
    }));
  }

  reveal(id: string): boolean {
    const first = this.layer.elementsOf(id)[0];
    if (!first) return false;
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    first.focus({ preventScroll: true });
    return true;
  }

  // ---- Making a highlight ----

  private selectionRange(): Range | null {
    const selection = this.options.doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const inside = this.options.containers.some((c) => c.contains(range.commonAncestorContainer) || range.intersectsNode(c));
    // A selection wholly in a part left out of the article (comments, related news) is not the article's.
    const common = range.commonAncestorContainer;
    const leftOut = (common.nodeType === 1 ? (common as Element) : common.parentElement)?.closest(`[${LEFT_OUT_ATTR}]`);
    return inside && !leftOut && range.toString().trim() ? range : null;
  }

  private onSelectionEnd() {
    const range = this.selectionRange();
    if (range) {
      this.panel = { kind: 'toolbar' };
      this.show(range);
    } else if (this.panel?.kind === 'toolbar') {
      this.hidePanel();
    }
  }

  /**
   * Highlights the current selection (toolbar, keyboard shortcut or context menu).
   * @return the new highlight's id, or null when nothing in the article is selected
   */
  async highlightSelection(color: HighlightColor | null = null, withNote = false): Promise<string | null> {
    const range = this.selectionRange();
    if (!range) return null;
    const text = readArticleText(this.options.containers);
    const offsets = text.fromRange(range);
    if (!offsets) return null;
    const { quote, position } = describeRange(text.text, offsets.start, offsets.end);
    const now = Date.now();
    const record: HighlightRecord = {
      id: crypto.randomUUID(),
      articleUrl: this.options.articleUrl,
      selectors: [quote, position],
      color: color ?? this.lastColor,
      note: '',
      created: now,
      updated: now,
    };
    this.lastColor = record.color;
    const entry: Entry = { record, start: offsets.start, status: 'saving' };
    this.entries.set(record.id, entry);
    const drawn = text.toRange(offsets.start, offsets.end);
    if (drawn) this.draw(entry, drawn);
    this.options.doc.getSelection()?.removeAllRanges();
    this.panel = { kind: 'editor', id: record.id, focusNote: withNote };
    this.showFor(record.id);
    this.options.onChange?.();
    try {
      entry.record = await this.options.api.save(record);
      entry.status = 'saved';
    } catch {
      // Not stored: the reader sees it and can try again; it disappears from the page.
      this.entries.delete(record.id);
      this.options.rebuild();
      this.flash('hl_toast_save_failed');
      return null;
    }
    this.decorate(entry);
    this.refreshPanel();
    this.options.onChange?.();
    return record.id;
  }

  // ---- Editing ----

  private async change(id: string, changes: HighlightChanges) {
    const entry = this.entries.get(id);
    if (!entry) return;
    const before = entry.record;
    entry.record = { ...before, ...changes };
    entry.status = 'saving';
    if (changes.color) this.lastColor = changes.color;
    this.decorate(entry);
    this.refreshPanel();
    try {
      const saved = await this.options.api.update(id, changes);
      if (saved) entry.record = saved;
      entry.status = 'saved';
    } catch {
      entry.record = before;
      entry.status = 'failed';
    }
    this.decorate(entry);
    this.refreshPanel();
    this.options.onChange?.();
  }

  async remove(id: string): Promise<boolean> {
    const entry = this.entries.get(id);
    if (!entry) return false;
    let deleted: HighlightRecord | null;
    try {
      deleted = await this.options.api.remove(id);
    } catch {
      this.flash('hl_toast_delete_failed');
      return false;
    }
    this.entries.delete(id);
    if (this.panel?.kind === 'editor' && this.panel.id === id) this.hidePanel();
    this.options.rebuild();
    this.options.onChange?.();
    if (deleted) {
      const restore = deleted;
      this.flash('hl_toast_deleted', async () => {
        try {
          const saved = await this.options.api.save(restore);
          this.entries.set(saved.id, { record: saved, start: null, status: 'saved' });
          this.options.rebuild();
          this.options.onChange?.();
        } catch {
          this.flash('hl_toast_restore_failed');
        }
      });
    }
    return true;
  }

  /** Another tab (or the library) changed this article's highlights: show what is stored now. */
  async refresh(): Promise<void> {
    const records = await this.options.api.list();
    const structural =
      records.length !== this.entries.size || records.some((r) => !this.entries.has(r.id));
    const next = new Map<string, Entry>();
    for (const record of records) {
      const old = this.entries.get(record.id);
      next.set(record.id, { record, start: old?.start ?? null, status: 'saved' });
    }
    this.entries.clear();
    for (const [id, e] of next) this.entries.set(id, e);
    if (structural) this.options.rebuild();
    else for (const e of this.entries.values()) this.decorate(e);
    this.refreshPanel();
    this.options.onChange?.();
  }

  private async copy(id: string) {
    const entry = this.entries.get(id);
    if (!entry) return;
    const text = `“${quoteOf(entry.record)}”\n— ${this.options.source}\n${this.options.articleUrl}`;
    try {
      await navigator.clipboard.writeText(text);
      this.flash('hl_toast_copied');
    } catch {
      this.flash('hl_toast_copy_blocked');
    }
  }

  // ---- Events ----

  private highlightOf(target: EventTarget | null): string | null {
    const el = target instanceof Element ? target.closest(`[${HIGHLIGHT_ATTR}]`) : null;
    const id = el?.getAttribute(HIGHLIGHT_ATTR) ?? null;
    return id && this.entries.has(id) ? id : null;
  }

  private onClick(e: MouseEvent) {
    if (this.host.contains(e.target as Node)) return;
    const id = this.highlightOf(e.target);
    if (id && !this.selectionRange()) {
      this.panel = { kind: 'editor', id, focusNote: false };
      this.showFor(id);
    } else if (this.panel?.kind === 'editor' && !e.composedPath().includes(this.host)) {
      this.hidePanel();
    }
  }

  private onFocusIn(e: FocusEvent) {
    const id = this.highlightOf(e.target);
    if (id) {
      this.panel = { kind: 'editor', id, focusNote: false };
      this.showFor(id);
    }
  }

  private onKeyDown(e: KeyboardEvent) {
    if (e.key !== 'Escape' || !this.panel) return;
    const id = this.panel.kind === 'editor' ? this.panel.id : null;
    this.hidePanel();
    if (id) this.layer.elementsOf(id)[0]?.focus({ preventScroll: true });
    e.stopPropagation();
  }

  // ---- The floating panel ----

  private showFor(id: string) {
    const first = this.layer.elementsOf(id)[0];
    if (first) this.show(first);
    else this.refreshPanel();
  }

  private show(reference: Element | Range) {
    this.stopPlacement?.();
    const virtual: VirtualElement = {
      getBoundingClientRect: () => reference.getBoundingClientRect(),
      getClientRects: () => reference.getClientRects(),
    };
    this.refreshPanel();
    const place = () =>
      void computePosition(virtual, this.float, {
        strategy: 'fixed',
        placement: this.panel?.kind === 'toolbar' ? 'top' : 'bottom-start',
        middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        this.float.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    this.stopPlacement = reference instanceof Element ? autoUpdate(reference, this.float, place) : (place(), null);
  }

  private hidePanel() {
    this.panel = null;
    this.stopPlacement?.();
    this.stopPlacement = null;
    this.refreshPanel();
  }

  private flash(message: MessageKey, undo?: () => void) {
    this.toast = { message, ...(undo ? { undo } : {}) };
    window.clearTimeout(this.toastTimer);
    this.toastTimer = window.setTimeout(() => {
      this.toast = null;
      this.refreshPanel();
    }, UNDO_MS);
    this.refreshPanel();
  }

  private refreshPanel() {
    const panel = this.panel;
    let content = null;
    if (panel?.kind === 'toolbar') {
      const { addToDictionary } = this.options;
      content = h(SelectionToolbar, {
        lastColor: this.lastColor,
        onHighlight: (color, withNote) => void this.highlightSelection(color, withNote),
        ...(addToDictionary
          ? {
              onAddToDictionary: () => {
                const selected = this.selectionRange()?.toString() ?? '';
                this.hidePanel();
                addToDictionary(selected);
              },
            }
          : {}),
      });
    } else if (panel?.kind === 'editor') {
      const entry = this.entries.get(panel.id);
      if (entry) {
        content = h(HighlightEditor, {
          id: panel.id,
          color: entry.record.color,
          note: entry.record.note,
          quote: quoteOf(entry.record),
          status: entry.status,
          focusNote: panel.focusNote,
          onColor: (color) => void this.change(panel.id, { color }),
          onSaveNote: (note) => void this.change(panel.id, { note }),
          onCopy: () => void this.copy(panel.id),
          onDelete: () => void this.remove(panel.id),
          onClose: () => this.hidePanel(),
        });
      }
    }
    const toast = this.toast;
    render(
      h('div', { class: 'cg-stack' }, [
        content,
        toast
          ? h(Toast, {
              message: t(toast.message),
              ...(toast.undo ? { actionLabel: t('common_undo'), onAction: () => {
                const undo = toast.undo!;
                this.toast = null;
                this.refreshPanel();
                undo();
              } } : {}),
            })
          : null,
      ]),
      this.float,
    );
  }

  /** The reader changed the colours' names or shades: restyle the highlights and the open toolbar or editor. */
  setPalette(palette: Palette): void {
    setPalette(palette);
    this.ui.setExtraCss(swatchCss(), highlightPageCss());
    this.refreshPanel();
  }

  /** Removes the highlighter's UI and listeners; the page's text is taken back by the journal's owner. */
  destroy(): void {
    this.stopFollowingLocale();
    this.hidePanel();
    window.clearTimeout(this.toastTimer);
    this.layer.forget();
    for (const [target, type, listener, capture] of this.listeners) target.removeEventListener(type, listener, capture);
    render(null, this.float);
    this.ui.remove();
  }
}
