/**
 * Marks an article's places and abbreviations: reads its blocks, asks for their mentions (`find`, answered by the
 * worker), and wraps them, the blocks in view first and in slices short enough that the page never stalls.
 */
import type { AnnotateResult } from '../annotate/annotate-blocks';
import type { TermInfo } from '../annotate/describe';
import type { ArticleContext } from '../annotate/find-mentions';
import type { GlossaryEntry } from '../messages/types';
import type { DomJournal } from './dom-journal';
import { MarkLayer } from './marks';
import { collectBlocks, type TextBlock } from './text-blocks';

export interface AnnotatorOptions {
  containers: readonly Element[];
  find: (blocks: string[], context: ArticleContext | null) => Promise<AnnotateResult>;
  yieldToPage: () => Promise<void>;
  /** Called after each slice of our own DOM writes (lets a MutationObserver drop the records we caused). */
  afterWrite?: () => void;
  /** Time one slice of writing may take, in ms. */
  sliceMs?: number;
  /**
   * Shared with the highlights: then `stop` leaves the page alone and the owner of the journal takes every change
   * back at once. Without it the annotator keeps its own and `stop` restores the article.
   */
  journal?: DomJournal;
  /** Which terms to mark (the reader's settings); all when absent. */
  accept?: (info: TermInfo) => boolean;
}

function isInView(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const view = el.ownerDocument.defaultView;
  const height = view?.innerHeight ?? 0;
  return r.bottom >= 0 && r.top <= height;
}

export class Annotator {
  private readonly layer: MarkLayer;
  private readonly infos = new WeakMap<Element, TermInfo>();
  private context: ArticleContext | null = null;
  private stopped = false;

  constructor(private readonly options: AnnotatorOptions) {
    this.layer = new MarkLayer(options.journal);
  }

  /** Marks the whole article. Resolves when every mark is in place. */
  async annotate(): Promise<void> {
    await this.annotateBlocks(collectBlocks(this.options.containers));
  }

  /** Marks paragraphs the site added later, read in the light of the article's context. */
  async annotateAdded(roots: readonly Element[]): Promise<void> {
    const inside = roots.filter((r) => r.isConnected && this.options.containers.some((c) => c.contains(r)));
    if (inside.length > 0) await this.annotateBlocks(collectBlocks(inside));
  }

  /**
   * The blocks on screen are read and marked first, on their own (a small request answered at once), then the rest;
   * the article's context (definitions, provinces named) carries over from one request to the next.
   */
  private async annotateBlocks(blocks: TextBlock[]): Promise<void> {
    if (blocks.length === 0 || this.stopped) return;
    const visible = blocks.filter((b) => isInView(b.element));
    const rest = blocks.filter((b) => !visible.includes(b));
    for (const batch of [visible, rest]) {
      if (batch.length === 0) continue;
      const result = await this.options.find(batch.map((b) => b.text), this.context);
      if (this.stopped) return;
      this.context = result.context;
      await this.wrapBatch(batch, result);
    }
  }

  private async wrapBatch(blocks: TextBlock[], result: AnnotateResult): Promise<void> {
    const sliceMs = this.options.sliceMs ?? 8;
    let sliceStart = performance.now();
    for (let i = 0; i < blocks.length; i++) {
      if (this.stopped) return;
      const accept = this.options.accept;
      const specs = (result.marks[i] ?? []).filter((spec) => !accept || accept(result.infos[spec[2]]!));
      if (specs.length === 0) continue;
      const block = blocks[i]!;
      const made = this.layer.wrap(
        block,
        specs.map(([start, end, info]) => {
          const term = result.infos[info]!;
          return { start, end, kind: term.kind, key: term.key, description: [term.vi[0], term.en].filter(Boolean).join(' — ') };
        }),
      );
      made.forEach((mark, k) => {
        if (mark) this.infos.set(mark, result.infos[specs[k]![2]]!);
      });
      if (performance.now() - sliceStart > sliceMs) {
        this.options.afterWrite?.();
        await this.options.yieldToPage();
        sliceStart = performance.now();
      }
    }
    this.options.afterWrite?.();
  }

  infoOf(mark: Element): TermInfo | undefined {
    return this.infos.get(mark);
  }

  get marks(): readonly HTMLElement[] {
    return this.layer.marks;
  }

  /** Places and abbreviations of the article with their counts, in order of first appearance. */
  glossary(): GlossaryEntry[] {
    const byKey = new Map<string, GlossaryEntry>();
    for (const mark of this.layer.marks) {
      const info = this.infos.get(mark);
      if (!info) continue;
      const entry = byKey.get(info.key);
      if (entry) entry.count++;
      else {
        // Road marks read "QL.10", "QL.18": the glossary line is the designation itself (the reader's own: as written).
        const title = info.kind === 'abbr' && !info.mine ? info.key.replace(/^learned:/, '') : info.title;
        byKey.set(info.key, { kind: info.kind, key: info.key, title, summary: info.vi[0] ?? '', count: 1 });
      }
    }
    return [...byKey.values()];
  }

  /** The first mark of a term, scrolled into view and focused. */
  reveal(key: string): boolean {
    const mark = this.layer.marks.find((m) => m.getAttribute('data-cg-key') === key);
    if (!mark) return false;
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (mark.tabIndex >= 0) mark.focus({ preventScroll: true });
    return true;
  }

  /** Stops marking. With its own journal, removes every mark (the article's DOM is as it was). */
  stop(): void {
    this.stopped = true;
    if (this.options.journal) this.layer.forget();
    else this.layer.undo();
    this.options.afterWrite?.();
  }
}
