/** Blocks of article text -> their mentions and what each mention's tooltip says. Pure; runs in the worker. */
import { describeAbbreviation, describePlace, type TermInfo } from './describe';
import { type ArticleContext, findArticleMentions, type Mention } from './find-mentions';
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
  const { mentions, context: ctx } = findArticleMentions(lexicon, blocks, published, context);
  const infos: TermInfo[] = [];
  const infoIndex = new Map<string, number>();
  // Mentions that read the same share one explanation, described once.
  const identity = (m: Mention) =>
    m.type === 'place'
      ? `p\u0000${m.placeId ?? m.candidates.join('|')}\u0000${m.typeWord ?? ''}\u0000${m.placeId ? '' : m.text}`
      : `a\u0000${m.abbreviationId}\u0000${m.sense}\u0000${m.roadNumber ?? ''}\u0000${m.text}`;
  const marks = mentions.map((list) =>
    list.map((m): MarkSpec => {
      const id = identity(m);
      let index = infoIndex.get(id);
      if (index === undefined) {
        const info = m.type === 'place' ? describePlace(lexicon, m, ctx) : describeAbbreviation(lexicon, m, ctx);
        index = infos.push(info) - 1;
        infoIndex.set(id, index);
      }
      return [m.start, m.end, index];
    }),
  );
  return { marks, infos, context: ctx };
}
