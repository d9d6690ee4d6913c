/** Blocks of article text -> their mentions and what each mention's tooltip says. Pure; runs in the worker. */
import { describeAbbreviation, describePlace, type TermInfo } from './describe';
import { type ArticleContext, findMentions, readArticleContext } from './find-mentions';
import type { Lexicon } from './lexicon';

/** A mention as it travels to the page: [start, end) in the block's text, and the index of its tooltip info. */
export type MarkSpec = [start: number, end: number, info: number];

export interface AnnotateResult {
  marks: MarkSpec[][];
  infos: TermInfo[];
  /** Give it back with paragraphs added later, so they are read in the light of the whole article. */
  context: ArticleContext;
}

/**
 * Finds the mentions of every block. `context` is the article's, from an earlier call; when absent it is read
 * from these blocks (the whole article).
 */
export function annotateBlocks(
  lexicon: Lexicon,
  blocks: readonly string[],
  published: string | null,
  context: ArticleContext | null = null,
): AnnotateResult {
  const ctx = context ?? readArticleContext(lexicon, blocks, published);
  const infos: TermInfo[] = [];
  const infoIndex = new Map<string, number>();
  const marks = blocks.map((block) =>
    findMentions(lexicon, block, ctx).map((m): MarkSpec => {
      const info = m.type === 'place' ? describePlace(lexicon, m, ctx) : describeAbbreviation(lexicon, m, ctx);
      const id = JSON.stringify(info);
      let index = infoIndex.get(id);
      if (index === undefined) {
        index = infos.push(info) - 1;
        infoIndex.set(id, index);
      }
      return [m.start, m.end, index];
    }),
  );
  return { marks, infos, context: ctx };
}
