/** The real gazetteer and dictionary, loaded from the repository for tests (the extension fetches the same files). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import abbreviations from '../../src/annotate/data/abbreviations.json';
import { expandGazetteer } from '../../src/annotate/gazetteer-build';
import { buildLexicon, type Lexicon } from '../../src/annotate/lexicon';
import type { AbbreviationFile } from '../../src/annotate/types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
let cached: Lexicon | null = null;

export function realLexicon(): Lexicon {
  cached ??= buildLexicon(
    expandGazetteer(JSON.parse(readFileSync(join(ROOT, 'public/data/gazetteer.json'), 'utf8'))).places,
    (abbreviations as AbbreviationFile).entries,
  );
  return cached;
}
