/** What a place was on an article's date, as the gold annotations state it: type, name and province name. */
import { statusAt } from '../../src/annotate/history';
import type { Lexicon } from '../../src/annotate/lexicon';
import type { Place } from '../../src/annotate/types';

export interface UnitAt {
  type: string;
  name: string;
  province: string | null;
  /** `snapshot`: the data cannot tell the article's date; the tooltip then says for which day it speaks. */
  basis: 'history' | 'snapshot';
}

/** As the tooltip states it: from the dated history (province and district level), else the 2025 map. */
export function unitAt(lexicon: Lexicon, place: Place, published: string | null): UnitAt {
  const date = published !== null && published < '2025-07-01' ? published : null;
  const status = statusAt(lexicon, place, published);
  const province = status.provinceId ? lexicon.placeById.get(status.provinceId) : undefined;
  return {
    type: status.type,
    name: status.name,
    province: province ? statusAt(lexicon, province, published).name : null,
    basis: date !== null && status.basis === 'snapshot' ? 'snapshot' : 'history',
  };
}
