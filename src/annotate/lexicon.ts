/** The terms the matcher knows: places and abbreviations, in one trie over their normalised written forms. */
import { canonicalTone } from '../vietnamese/normalize';
import { spellingVariants } from '../vietnamese/spelling';
import { DATELINE_PAPERS, UNIT_PREFIXES } from './data/unit-prefixes';
import { Trie } from './trie';
import type { Abbreviation, OwnPlace, Place } from './types';

export interface Lexicon {
  places: readonly Place[];
  abbreviations: readonly Abbreviation[];
  placeById: ReadonlyMap<string, Place>;
  abbreviationById: ReadonlyMap<string, Abbreviation>;
  /** The reader's own places (their own abbreviations are in `abbreviations`, marked `own`). */
  ownPlaces: readonly OwnPlace[];
  ownPlaceById: ReadonlyMap<string, OwnPlace>;
  /** Written forms (`canonicalTone`) of the reader's own abbreviations: an article's own definition of one yields. */
  ownForms: ReadonlySet<string>;
  /** Values (see `TERM_PLACE`): a place `i` is stored as `3 * i`, an abbreviation `j` as `3 * j + 1`, an own place `k` as `3 * k + 2`. */
  trie: Trie;
}

/** What a trie value points to, `value % 3`; the index in its list is `Math.floor(value / 3)`. */
export const TERM_PLACE = 0;
export const TERM_ABBREVIATION = 1;
export const TERM_OWN_PLACE = 2;

/** A place is only ever matched capitalised; names that are numbers ("Phường 12") are never matched alone. */
const STARTS_UPPER = /^\p{Lu}/u;
const HAS_UPPER = /\p{Lu}/u;

function makeLexicon(places: readonly Place[], abbreviations: readonly Abbreviation[], ownPlaces: readonly OwnPlace[]): Lexicon {
  const trie = new Trie();
  places.forEach((place, i) => {
    for (const name of [place.name, ...place.aliases]) {
      // Regions are also written with a lower-case "miền", "vùng", "đồng bằng" ("miền Trung"); places never are.
      if (!STARTS_UPPER.test(name) && !(place.level === 'region' && HAS_UPPER.test(name))) continue;
      trie.add(canonicalTone(name), 3 * i + TERM_PLACE);
      for (const variant of spellingVariants(name)) trie.add(canonicalTone(variant), 3 * i + TERM_PLACE);
    }
  });
  const ownForms = new Set<string>();
  abbreviations.forEach((abbreviation, j) => {
    for (const form of abbreviation.forms) {
      const key = canonicalTone(form);
      trie.add(key, 3 * j + TERM_ABBREVIATION);
      if (abbreviation.own) ownForms.add(key);
    }
  });
  ownPlaces.forEach((place, k) => {
    if (STARTS_UPPER.test(place.name)) trie.add(canonicalTone(place.name), 3 * k + TERM_OWN_PLACE);
  });
  return {
    places,
    abbreviations,
    placeById: new Map(places.map((p) => [p.id, p])),
    // Datelines are found by their position, not in the trie ("TP" alone is "thành phố").
    abbreviationById: new Map([...Object.values(DATELINE_PAPERS), ...abbreviations].map((a) => [a.id, a])),
    ownPlaces,
    ownPlaceById: new Map(ownPlaces.map((p) => [p.id, p])),
    ownForms,
    trie,
  };
}

/**
 * Builds the lexicon, with the unit prefixes ("P.", "Q.", …) and each place's other spellings. Later abbreviations
 * with the same id replace earlier ones.
 */
export function buildLexicon(places: readonly Place[], ...abbreviationLists: ReadonlyArray<readonly Abbreviation[]>): Lexicon {
  const abbreviationById = new Map<string, Abbreviation>();
  for (const list of [UNIT_PREFIXES, ...abbreviationLists]) for (const a of list) abbreviationById.set(a.id, a);
  return makeLexicon(places, [...abbreviationById.values()], []);
}

/**
 * The built-in lexicon with the reader's own entries, which win. A built-in abbreviation loses every written form
 * that one of the reader's abbreviations has (compared as `canonicalTone` makes them: NFC, one tone placement, case
 * kept), and is left out when none remains, so its sense is never shown for that form; the reader's places are
 * chosen over built-in places of the same name by the matcher.
 * @param own abbreviations with `own: true` and ids `user:…`, and places
 */
export function buildLexiconWithOwn(
  places: readonly Place[],
  builtIn: readonly Abbreviation[],
  own: { abbreviations: readonly Abbreviation[]; places: readonly OwnPlace[] },
): Lexicon {
  const taken = new Set(own.abbreviations.flatMap((a) => a.forms.map(canonicalTone)));
  const kept: Abbreviation[] = [];
  for (const a of [...UNIT_PREFIXES, ...builtIn]) {
    const forms = a.forms.filter((f) => !taken.has(canonicalTone(f)));
    if (forms.length === a.forms.length) kept.push(a);
    else if (forms.length > 0) kept.push({ ...a, forms });
  }
  return makeLexicon(places, [...kept, ...own.abbreviations], own.places);
}
