/** The reader's entries as terms of the lexicon, where they win over the built-in ones. Pure. */
import { buildLexiconWithOwn, type Lexicon } from '../annotate/lexicon';
import type { Abbreviation, OwnPlace, Place } from '../annotate/types';
import type { DictionaryEntry } from './model';

/** The key of an entry's marks (`data-cg-key`) and of its term in the lexicon. */
export const termKeyOf = (entry: Pick<DictionaryEntry, 'id'>) => `user:${entry.id}`;

export function ownTerms(entries: readonly DictionaryEntry[]): { abbreviations: Abbreviation[]; places: OwnPlace[] } {
  const abbreviations: Abbreviation[] = [];
  const places: OwnPlace[] = [];
  for (const e of entries) {
    switch (e.kind) {
      case 'abbr':
        abbreviations.push({
          id: termKeyOf(e),
          forms: [e.form, ...e.otherForms],
          senses: [{ vi: e.expansion, en: e.english, domains: [], cues: [] }],
          own: true,
          ...(e.note ? { note: e.note } : {}),
        });
        break;
      case 'place':
        places.push({ id: termKeyOf(e), name: e.form, description: e.expansion, english: e.english, note: e.note });
        break;
      default: {
        const unhandled: never = e.kind;
        throw new Error(`unknown kind ${String(unhandled)}`);
      }
    }
  }
  return { abbreviations, places };
}

/** The lexicon of the built-in places and abbreviations with the reader's entries, theirs winning. */
export function lexiconWithDictionary(
  places: readonly Place[],
  builtIn: readonly Abbreviation[],
  entries: readonly DictionaryEntry[],
): Lexicon {
  return buildLexiconWithOwn(places, builtIn, ownTerms(entries));
}
