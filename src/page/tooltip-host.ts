/**
 * The one tooltip, in a shadow root: opens on hover after a delay and at once on keyboard focus, stays while the
 * pointer is on the mark or on the tooltip, closes on Esc (WCAG 1.4.13), placed with Floating UI so it flips and
 * shifts to stay in view. With `actions` it has buttons: Tab from the mark moves into it, Tab past its last button
 * goes on to what follows the mark, Esc returns focus to the mark.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { h, render } from 'preact';
import { type MapView, type TermInfo, viewOf } from '../annotate/describe';
import { type KeepStatus, TermTooltip } from '../ui/TermTooltip';
import { MARK_CSS, TOOLTIP_CSS } from '../ui/tooltip.css';
import { buttonsIn, nextTabbable } from './focus-order';
import { createUiHost, type UiHost } from './ui-host';

/** What the tooltip's buttons do. */
export interface TooltipActions {
  /** "Add to my dictionary": opens the settings page's form filled in from the term. */
  addToDictionary(info: TermInfo): void;
  /** Keeps an abbreviation the article defined. @return whether it was saved */
  keepDefinition(info: TermInfo): Promise<boolean>;
}

export interface TooltipOptions {
  doc: Document;
  infoOf: (mark: Element) => TermInfo | undefined;
  /** Delay before a hover opens the tooltip, in ms. */
  openDelay?: number;
  /** Delay before leaving closes it, so the pointer can travel to the tooltip, in ms. */
  closeDelay?: number;
  showEnglish?: boolean;
  /** Which map place tooltips describe (see `viewOf`). */
  map?: MapView;
  actions?: TooltipActions;
}

/** What the reader's settings change in an open tooltip host. */
export type TooltipSettings = Pick<TooltipOptions, 'openDelay' | 'showEnglish' | 'map'>;

const TOOLTIP_ID = 'chu-giai-tooltip';
const MARK = '[data-cg-kind]';

export class TooltipHost {
  private readonly ui: UiHost;
  private readonly host: HTMLElement;
  private readonly floating: HTMLElement;
  private openMark: Element | null = null;
  private openTimer = 0;
  private closeTimer = 0;
  private stopAutoUpdate: (() => void) | null = null;
  private keepStatus: KeepStatus = 'idle';
  /** The mark focus returns to after Esc: its focus must not open the tooltip again. */
  private quietMark: Element | null = null;
  private afterClose: Array<() => void> = [];
  private readonly listeners: Array<[EventTarget, string, EventListener]> = [];

  private options: TooltipOptions;

  constructor(options: TooltipOptions) {
    this.options = options;
    const { doc } = options;
    this.ui = createUiHost(doc, TOOLTIP_CSS, MARK_CSS);
    this.host = this.ui.host;
    this.floating = this.ui.float;
    this.floating.hidden = true;

    this.on(doc, 'pointerover', (e) => this.onPointerOver(e as PointerEvent));
    this.on(doc, 'pointerout', (e) => this.onPointerOut(e as PointerEvent));
    this.on(doc, 'focusin', (e) => this.onFocusIn(e as FocusEvent));
    this.on(doc, 'focusout', (e) => this.onFocusOut(e as FocusEvent));
    this.on(doc, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent), true);
    this.on(this.host, 'pointerenter', () => this.cancelClose());
    this.on(this.host, 'pointerleave', () => this.scheduleClose());
  }

  private on(target: EventTarget, type: string, listener: EventListener, capture = false) {
    target.addEventListener(type, listener, capture);
    this.listeners.push([target, type, listener]);
  }

  private markOf(target: EventTarget | null): Element | null {
    const el = target instanceof Element ? target.closest(MARK) : null;
    return el && this.options.infoOf(el) ? el : null;
  }

  private onPointerOver(e: PointerEvent) {
    const mark = this.markOf(e.target);
    if (!mark) return;
    this.cancelClose();
    if (mark === this.openMark) return;
    window.clearTimeout(this.openTimer);
    this.openTimer = window.setTimeout(() => this.open(mark), this.options.openDelay ?? 300);
  }

  private onPointerOut(e: PointerEvent) {
    const mark = this.markOf(e.target);
    if (!mark) return;
    const to = e.relatedTarget;
    if (to instanceof Node && (mark.contains(to) || this.host.contains(to))) return;
    window.clearTimeout(this.openTimer);
    if (mark === this.openMark) this.scheduleClose();
  }

  private onFocusIn(e: FocusEvent) {
    const mark = this.markOf(e.target);
    if (mark && mark === this.quietMark) this.quietMark = null;
    else if (mark && mark !== this.openMark) this.open(mark);
  }

  private onFocusOut(e: FocusEvent) {
    if (!this.openMark) return;
    // Focus moving between the mark and the tooltip (which reads as the host element out here) keeps it open.
    const to = e.relatedTarget;
    if (to instanceof Node && (this.host.contains(to) || to === this.openMark)) return;
    if (this.markOf(e.target) === this.openMark || e.target === this.host) this.close();
  }

  private get hasFocus(): boolean {
    return this.options.doc.activeElement === this.host;
  }

  private onKeyDown(e: KeyboardEvent) {
    const mark = this.openMark;
    if (!mark) return;
    if (e.key === 'Escape') {
      // Focus goes back to the mark before the tooltip closes (closing may have the marks made anew).
      if (this.hasFocus && mark instanceof HTMLElement) this.focusQuietly(mark);
      this.close();
      e.stopPropagation();
      return;
    }
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
    const buttons = buttonsIn(this.floating);
    if (buttons.length === 0) return;
    const active = this.host.shadowRoot?.activeElement ?? null;
    const doc = this.options.doc;
    if (doc.activeElement === mark && !e.shiftKey) {
      e.preventDefault();
      buttons[0]!.focus();
    } else if (this.hasFocus && e.shiftKey && active === buttons[0] && mark instanceof HTMLElement) {
      e.preventDefault();
      mark.focus();
    } else if (this.hasFocus && !e.shiftKey && active === buttons[buttons.length - 1]) {
      const next = nextTabbable(doc, mark);
      if (!next) return;
      e.preventDefault();
      this.close();
      next.focus();
    }
  }

  private scheduleClose() {
    window.clearTimeout(this.closeTimer);
    this.closeTimer = window.setTimeout(() => this.close(), this.options.closeDelay ?? 250);
  }

  private cancelClose() {
    window.clearTimeout(this.closeTimer);
  }

  get openKey(): string | null {
    return this.openMark?.getAttribute('data-cg-key') ?? null;
  }

  /** Focuses a mark without opening its tooltip. */
  focusQuietly(mark: HTMLElement): void {
    if (this.options.doc.activeElement === mark) return;
    this.quietMark = mark;
    mark.focus();
  }

  /** Whether a tooltip is shown. */
  get isOpen(): boolean {
    return this.openMark !== null;
  }

  /** Runs `callback` once the tooltip has closed (at once when none is open); not when the host is destroyed. */
  whenClosed(callback: () => void): void {
    if (this.openMark) this.afterClose.push(callback);
    else callback();
  }

  private draw(info: TermInfo) {
    const { actions } = this.options;
    const keep = async () => {
      this.keepStatus = 'saving';
      this.draw(info);
      const saved = await actions!.keepDefinition(info).catch(() => false);
      if (!this.openMark || this.options.infoOf(this.openMark) !== info) return; // closed or moved on meanwhile
      this.keepStatus = saved ? 'saved' : 'failed';
      this.draw(info);
    };
    // The lines for the reader's choice of map; the actions get the whole entry.
    const view = viewOf(info, this.options.map ?? 'both');
    render(
      h(TermTooltip, {
        info: { ...info, vi: view.vi, en: view.en },
        id: TOOLTIP_ID,
        showEnglish: this.options.showEnglish ?? true,
        ...(actions ? { onAddToDictionary: () => actions.addToDictionary(info), onKeepDefinition: () => void keep(), keepStatus: this.keepStatus } : {}),
      }),
      this.floating,
    );
  }

  open(mark: Element): void {
    const info = this.options.infoOf(mark);
    if (!info) return;
    this.cancelClose();
    if (mark !== this.openMark) this.keepStatus = 'idle';
    this.openMark?.removeAttribute('data-cg-open');
    this.openMark = mark;
    mark.setAttribute('data-cg-open', '');
    this.draw(info);
    this.floating.hidden = false;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = autoUpdate(mark, this.floating, () => {
      void computePosition(mark, this.floating, {
        strategy: 'fixed',
        placement: 'top',
        middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        this.floating.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  }

  /** Applies changed settings; an open tooltip is drawn again with them. */
  configure(settings: TooltipSettings): void {
    this.options = { ...this.options, ...settings };
    const mark = this.openMark;
    if (mark) this.open(mark);
  }

  close(): void {
    window.clearTimeout(this.openTimer);
    this.cancelClose();
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    const wasOpen = this.openMark !== null;
    this.openMark?.removeAttribute('data-cg-open');
    this.openMark = null;
    this.floating.hidden = true;
    render(null, this.floating);
    if (wasOpen) for (const callback of this.afterClose.splice(0)) callback();
  }

  /** Removes the tooltip, its styles and its listeners from the page. */
  destroy(): void {
    this.afterClose = [];
    this.close();
    for (const [target, type, listener] of this.listeners) {
      target.removeEventListener(type, listener, true);
      target.removeEventListener(type, listener, false);
    }
    this.ui.remove();
  }
}
