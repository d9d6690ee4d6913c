/**
 * The one tooltip, in a shadow root: opens on hover after a delay and at once on keyboard focus, stays while the
 * pointer is on the mark or on the tooltip, closes on Esc (WCAG 1.4.13), placed with Floating UI so it flips and
 * shifts to stay in view.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { h, render } from 'preact';
import { type MapView, type TermInfo, viewOf } from '../annotate/describe';
import { TermTooltip } from '../ui/TermTooltip';
import { MARK_CSS, TOOLTIP_CSS } from '../ui/tooltip.css';
import { createUiHost, type UiHost } from './ui-host';

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
    if (mark) this.open(mark);
  }

  private onFocusOut(e: FocusEvent) {
    if (this.markOf(e.target) === this.openMark) this.close();
  }

  private onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape' && this.openMark) {
      this.close();
      e.stopPropagation();
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

  open(mark: Element): void {
    const info = this.options.infoOf(mark);
    if (!info) return;
    this.cancelClose();
    this.openMark?.removeAttribute('data-cg-open');
    this.openMark = mark;
    mark.setAttribute('data-cg-open', '');
    const view = viewOf(info, this.options.map ?? 'both');
    const shown = { ...info, vi: view.vi, en: view.en };
    render(h(TermTooltip, { info: shown, id: TOOLTIP_ID, showEnglish: this.options.showEnglish ?? true }), this.floating);
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
    this.openMark?.removeAttribute('data-cg-open');
    this.openMark = null;
    this.floating.hidden = true;
    render(null, this.floating);
  }

  /** Removes the tooltip, its styles and its listeners from the page. */
  destroy(): void {
    this.close();
    for (const [target, type, listener] of this.listeners) {
      target.removeEventListener(type, listener, true);
      target.removeEventListener(type, listener, false);
    }
    this.ui.remove();
  }
}
