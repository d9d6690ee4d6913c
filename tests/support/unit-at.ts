/** What a place was on an article's date, as the gold annotations state it: type, name and province name. */
import { provinceOf } from '../../src/annotate/find-mentions';
import type { Lexicon } from '../../src/annotate/lexicon';
import type { Place } from '../../src/annotate/types';

export function unitAt(lexicon: Lexicon, place: Place, _published: string | null): { type: string; name: string; province: string | null } {
  return { type: place.type, name: place.name, province: provinceOf(lexicon, place)?.name ?? null };
}
