/**
 * Mention -> what its tooltip says: plain strings, Vietnamese first with an English gloss, for the article's date.
 */
import type { AbbreviationMention, ArticleContext, PlaceMention } from './find-mentions';
import { provinceOf, REFORM_DATE } from './find-mentions';
import type { Lexicon } from './lexicon';
import type { Place, PlaceLevel } from './types';

export interface TermInfo {
  kind: 'place' | 'abbr';
  /** The entry's id (`data-cg-key`); several ids joined by `|` for an unresolved place. */
  key: string;
  /** Heading: "Kinh Môn", "KT-XH". */
  title: string;
  /** Vietnamese lines, most important first. */
  vi: string[];
  /** English gloss. */
  en: string;
  /** Set when the article itself defined the abbreviation. */
  definedInArticle?: boolean;
  /** For an unresolved place: one line per candidate. */
  candidates?: string[];
  /** For a place: its level (the first candidate's for an unresolved one), so the reader can choose levels to mark. */
  level?: PlaceLevel;
  /**
   * For a unit the 2025 reform did away with: which lines tell the map before 1 July 2025 and which after, so the
   * tooltip can show the map at the article's date, today's, or both (`vi` and `en` hold both).
   */
  reform?: { before: string[]; after: string[]; enBefore: string; enAfter: string; articleBeforeReform: boolean };
  /** Set for an entry of the reader's own dictionary (key `user:<entry id>`). */
  mine?: boolean;
  /** For an abbreviation: its written form without a road number ("QL" for "QL.10"), for "add to my dictionary". */
  form?: string;
}

export type MapView = 'article' | 'current' | 'both';

/** The lines a tooltip shows for the reader's choice of map. */
export function viewOf(info: TermInfo, map: MapView): { vi: string[]; en: string } {
  const r = info.reform;
  if (!r || map === 'both' || r.after.length === 0) return { vi: info.vi, en: info.en };
  // An article written after the reform that names a former unit is only understood with today's map.
  if (map === 'article' && !r.articleBeforeReform) return { vi: info.vi, en: info.en };
  return map === 'article' ? { vi: r.before, en: r.enBefore } : { vi: r.after, en: r.enAfter };
}

const TYPE_EN: Record<Place['type'], string> = {
  'tỉnh': 'province',
  'thành phố trực thuộc trung ương': 'centrally-run city',
  'thành phố': 'provincial city',
  'quận': 'urban district',
  'huyện': 'rural district',
  'thị xã': 'town',
  'phường': 'ward',
  'xã': 'commune',
  'thị trấn': 'township',
  'đặc khu': 'special zone',
  'vùng': 'region',
};

/** "thành phố trực thuộc trung ương" reads "thành phố" before a name. */
const typeBeforeName = (p: Place) => (p.type === 'thành phố trực thuộc trung ương' ? 'thành phố' : p.type);
const named = (p: Place) => `${typeBeforeName(p)} ${p.name}`;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function listNames(places: Place[], max = 6): string {
  const names = places.slice(0, max).map((p) => p.name);
  const rest = places.length - names.length;
  return rest > 0 ? `${names.join(', ')} và ${rest} đơn vị khác` : names.join(', ');
}

function lookup(lexicon: Lexicon, ids: readonly string[]): Place[] {
  return ids.map((id) => lexicon.placeById.get(id)).filter((p): p is Place => p !== undefined);
}

/** Where a former unit's area went on 1 July 2025. */
function since2025(lexicon: Lexicon, place: Place): { vi: string; en: string } | null {
  const successors = lookup(lexicon, place.successors);
  if (place.level === 'province') {
    const next = successors[0];
    if (!next) return null;
    const merged = lookup(lexicon, next.predecessors);
    const from = merged.length > 1 ? `, hợp nhất từ ${merged.map(named).join(' và ')}` : '';
    return {
      vi: `Từ 1/7/2025: thuộc ${named(next)}${from}.`,
      en: `Since 1 July 2025 part of ${next.name} ${TYPE_EN[next.type]}.`,
    };
  }
  const provinces = [...new Set(successors.map((s) => provinceOf(lexicon, s)).filter((p): p is Place => !!p))];
  const where = provinces.map(named).join(', ');
  if (place.level === 'district') {
    return {
      vi: `Từ 1/7/2025 cấp huyện không còn; địa bàn nay thuộc ${where}: ${successors.length > 1 ? 'các' : ''} ${successors[0] ? typeBeforeName(successors[0]) : 'xã'} ${listNames(successors)}.`.replace(/\s+/g, ' '),
      en: `District level abolished on 1 July 2025; its area is now in ${provinces.map((p) => p.name).join(', ')}.`,
    };
  }
  if (successors.length === 0) return null;
  return {
    vi: `Từ 1/7/2025: thuộc ${successors.map(named).join(', ')}, ${where}.`,
    en: `Since 1 July 2025 part of ${successors.map((s) => s.name).join(', ')} (${provinces.map((p) => p.name).join(', ')}).`,
  };
}

/**
 * @param writtenType the type word the article used, when it differs from the unit's last type before the reform
 *   ("thị xã Đông Triều" in 2022; Đông Triều became a thành phố in 2025)
 */
function describeOne(
  lexicon: Lexicon,
  place: Place,
  published: string | null,
  writtenType: string | null = null,
): Omit<TermInfo, 'key' | 'kind'> {
  const parent = place.parent ? lexicon.placeById.get(place.parent) : undefined;
  const shownType = writtenType && writtenType !== typeBeforeName(place) ? writtenType : place.type;
  const later = shownType !== place.type ? `; sau đó là ${place.type}` : '';
  const typeLine = parent ? `${capitalise(shownType)} thuộc ${named(parent)}` : capitalise(shownType);
  const en = parent
    ? `${capitalise(TYPE_EN[place.type])} of ${parent.name} ${TYPE_EN[parent.type]}`
    : capitalise(TYPE_EN[place.type]);
  if (place.level === 'region') {
    return { title: place.name, vi: [capitalise(place.note ?? 'Vùng địa lý')], en: 'Region of Vietnam' };
  }
  switch (place.era) {
    case 'both':
      return { title: place.name, vi: [typeLine, 'Không thay đổi khi sắp xếp đơn vị hành chính năm 2025.'], en: `${en}; unchanged by the 2025 reform.` };
    case 'former': {
      const after = since2025(lexicon, place);
      const articleBeforeReform = published !== null && published < REFORM_DATE;
      const when = articleBeforeReform ? 'thời điểm bài viết' : 'trước 1/7/2025';
      const before = `${typeLine} (${when}${later}).`;
      const enBefore = `${en} until 1 July 2025.`;
      return {
        title: place.name,
        vi: [before, ...(after ? [after.vi] : [])],
        en: `${enBefore}${after ? ` ${after.en}` : ''}`,
        reform: { before: [before], after: after ? [after.vi] : [], enBefore, enAfter: after?.en ?? '', articleBeforeReform },
      };
    }
    case 'current': {
      const from = lookup(lexicon, place.predecessors);
      const fromLine = from.length > 0 ? [`Lập từ 1/7/2025 trên cơ sở: ${from.map(named).slice(0, 8).join(', ')}${from.length > 8 ? '…' : ''}.`] : [];
      return { title: place.name, vi: [`${typeLine} (từ 1/7/2025).`, ...fromLine], en: `${en}, since 1 July 2025.` };
    }
    default: {
      const unhandled: never = place.era;
      return unhandled;
    }
  }
}

/** The reader's own words; their note, if any, as a second line. */
const ownLines = (main: string, note: string | undefined) => (note ? [main, note] : [main]);

export function describePlace(lexicon: Lexicon, mention: PlaceMention, context: Pick<ArticleContext, 'published'>): TermInfo {
  const own = mention.placeId ? lexicon.ownPlaceById.get(mention.placeId) : undefined;
  if (own) {
    return { kind: 'place', key: own.id, title: mention.text, vi: ownLines(own.description, own.note), en: own.english, mine: true };
  }
  const places = lookup(lexicon, mention.candidates);
  const key = mention.placeId ?? mention.candidates.join('|');
  const place = places[0];
  if (places.length === 1 && place) {
    const writtenType = mention.typeWord && place.level === 'district' ? mention.typeWord : null;
    return { kind: 'place', key, level: place.level, ...describeOne(lexicon, place, context.published, writtenType) };
  }
  return {
    kind: 'place',
    key,
    title: mention.text,
    ...(places[0] ? { level: places[0].level } : {}),
    vi: [`Có ${places.length} nơi mang tên này; bài viết không nói rõ là nơi nào:`],
    en: `${places.length} places have this name.`,
    candidates: places.map((p) => {
      const parent = p.parent ? lexicon.placeById.get(p.parent) : undefined;
      return parent ? `${capitalise(named(p))}, ${named(parent)}` : capitalise(named(p));
    }),
  };
}

export function describeAbbreviation(lexicon: Lexicon, mention: AbbreviationMention, context: Pick<ArticleContext, 'learned'>): TermInfo {
  if (mention.abbreviationId.startsWith('learned:')) {
    const form = mention.abbreviationId.slice('learned:'.length);
    const learned = context.learned.find((l) => l.form === form);
    return {
      kind: 'abbr',
      key: mention.abbreviationId,
      title: form,
      vi: [learned?.expansion ?? form],
      en: '',
      definedInArticle: true,
      form,
    };
  }
  if (mention.parts) return describeCompound(lexicon, mention);
  const abbreviation = lexicon.abbreviationById.get(mention.abbreviationId);
  const sense = abbreviation?.senses[mention.sense] ?? abbreviation?.senses[0];
  if (!abbreviation || !sense) return { kind: 'abbr', key: mention.abbreviationId, title: mention.text, vi: [], en: '' };
  if (abbreviation.own) {
    return { kind: 'abbr', key: abbreviation.id, title: mention.text, vi: ownLines(sense.vi, abbreviation.note), en: sense.en, mine: true, form: mention.text };
  }
  const number = mention.roadNumber ? ` ${mention.roadNumber}` : '';
  const others = abbreviation.senses.filter((s) => s !== sense).map((s) => s.vi);
  return {
    kind: 'abbr',
    key: abbreviation.id,
    title: mention.text,
    vi: [`${sense.vi}${number}`, ...(others.length > 0 ? [`Nghĩa khác: ${others.join('; ')}`] : [])],
    en: `${sense.en}${number}`,
    form: mention.roadNumber ? abbreviation.id : mention.text,
  };
}

/** Abbreviations written together ("TH-THCS-THPT"): every part's meaning, in the order written. */
function describeCompound(lexicon: Lexicon, mention: AbbreviationMention): TermInfo {
  const senses = (mention.parts ?? []).map((part) => {
    const abbreviation = lexicon.abbreviationById.get(part.abbreviationId);
    return abbreviation?.senses[part.sense] ?? abbreviation?.senses[0];
  });
  const known = senses.filter((s): s is NonNullable<typeof s> => s !== undefined);
  return {
    kind: 'abbr',
    key: mention.abbreviationId,
    title: mention.text,
    vi: [known.map((s) => s.vi).join(' - ')],
    en: known.map((s) => s.en).join(' - '),
    form: mention.text,
  };
}
