/** The worker's side of marking: loads the gazetteer and dictionary once, then answers `annotate/find`. */
import { browser } from 'wxt/browser';
import { annotateBlocks, type AnnotateResult } from '../annotate/annotate-blocks';
import abbreviations from '../annotate/data/abbreviations.json';
import type { ArticleContext } from '../annotate/find-mentions';
import { expandGazetteer } from '../annotate/gazetteer-build';
import { buildLexicon, type Lexicon } from '../annotate/lexicon';
import type { AbbreviationFile } from '../annotate/types';

let lexicon: Promise<Lexicon> | null = null;

/** The gazetteer (about 2 MB) is fetched from the package on first use, never bundled into a page. */
async function loadLexicon(): Promise<Lexicon> {
  const response = await fetch(browser.runtime.getURL('/data/gazetteer.json'));
  if (!response.ok) throw new Error(`gazetteer: HTTP ${response.status}`);
  const gazetteer = expandGazetteer(await response.json());
  return buildLexicon(gazetteer.places, (abbreviations as AbbreviationFile).entries);
}

export async function findInArticle(
  blocks: string[],
  published: string | null,
  context: ArticleContext | null,
): Promise<AnnotateResult> {
  lexicon ??= loadLexicon().catch((error: unknown) => {
    lexicon = null; // try again next time
    throw error;
  });
  return annotateBlocks(await lexicon, blocks, published, context);
}
