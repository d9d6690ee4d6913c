/** The terms the matcher knows: places and abbreviations, in one trie over their normalised written forms. */
import { canonicalTone } from '../vietnamese/normalize';
import { Trie } from './trie';
import type { Abbreviation, Place } from './types';

export interface Lexicon {
  places: readonly Place[];
  abbreviations: readonly Abbreviation[];
  placeById: ReadonlyMap<string, Place>;
  abbreviationById: ReadonlyMap<string, Abbreviation>;
  /** Values: a place `i` is stored as `2 * i`, an abbreviation `j` as `2 * j + 1`. */
  trie: Trie;
}

/** A place is only ever matched capitalised; names that are numbers ("Phường 12") are never matched alone. */
const STARTS_UPPER = /^\p{Lu}/u;

/**
 * Builds the lexicon. Later abbreviations with the same id replace earlier ones (the reader's own dictionary, passed
 * last, wins over the built-in one).
 */
export function buildLexicon(places: readonly Place[], ...abbreviationLists: ReadonlyArray<readonly Abbreviation[]>): Lexicon {
  const abbreviationById = new Map<string, Abbreviation>();
  for (const list of abbreviationLists) for (const a of list) abbreviationById.set(a.id, a);
  const abbreviations = [...abbreviationById.values()];
  const trie = new Trie();
  places.forEach((place, i) => {
    for (const name of [place.name, ...place.aliases]) {
      if (STARTS_UPPER.test(name)) trie.add(canonicalTone(name), 2 * i);
    }
  });
  abbreviations.forEach((abbreviation, j) => {
    for (const form of abbreviation.forms) trie.add(canonicalTone(form), 2 * j + 1);
  });
  return {
    places,
    abbreviations,
    placeById: new Map(places.map((p) => [p.id, p])),
    abbreviationById,
    trie,
  };
}
