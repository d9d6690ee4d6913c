/**
 * Mention -> what its tooltip says: plain strings, Vietnamese first with an English gloss, for the article's date.
 */
import type { AbbreviationMention, ArticleContext, PlaceMention } from './find-mentions';
import { provinceOf, REFORM_DATE, typeBeforeName } from './find-mentions';
import { changesOf, dayOf, HISTORY_END, type HistoryChange, statusAt } from './history';
import type { Lexicon } from './lexicon';
import type { Place, PlaceLevel, PlaceType } from './types';

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

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayVi = (day: string) => `${Number(day.slice(8, 10))}/${Number(day.slice(5, 7))}/${day.slice(0, 4)}`;
const dayEn = (day: string) => `${Number(day.slice(8, 10))} ${MONTHS_EN[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;

/** When a change took effect: its day, or the years it falls in when the day is not known. */
function whenOf(change: HistoryChange): { vi: string; en: string } {
  if (!change.latest) return { vi: dayVi(change.date), en: dayEn(change.date) };
  const [from, to] = [change.date.slice(0, 4), change.latest.slice(0, 4)];
  return from === to ? { vi: `năm ${from}`, en: from } : { vi: `khoảng ${from}–${to}`, en: `${from}–${to}` };
}

const typeWord = (type: PlaceType) => (type === 'thành phố trực thuộc trung ương' ? 'thành phố' : type);

/** A unit as it was on a day: "huyện Tân Thành", "tỉnh Thừa Thiên Huế". */
function namedAt(lexicon: Lexicon, id: string, day: string): { vi: string; en: string } | null {
  const place = lexicon.placeById.get(id);
  if (!place) return null;
  const s = statusAt(lexicon, place, day);
  return { vi: `${typeWord(s.type)} ${s.name}`, en: `${s.name} ${TYPE_EN[s.type]}` };
}

/** The day before a YYYY-MM-DD day. */
function dayBefore(day: string): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** What a recorded change did to `place`: "thị xã từ năm 2013 (Nghị quyết …)". */
function changePhrase(lexicon: Lexicon, place: Place, change: HistoryChange): { vi: string; en: string } {
  const when = whenOf(change);
  const day = change.latest ?? change.date;
  const others = (ids: readonly string[]) => ids.filter((id) => id !== place.id).map((id) => namedAt(lexicon, id, day)).filter((n) => n !== null);
  const join = (names: { vi: string; en: string }[]) => ({ vi: names.map((n) => n.vi).join(', '), en: names.map((n) => n.en).join(', ') });
  const goesOn = change.before.includes(place.id) && change.after.includes(place.id);
  let vi: string;
  let en: string;
  if (!change.before.includes(place.id)) {
    // The change that made it: what it was made from, as those units were the day before.
    const from = change.before.map((id) => namedAt(lexicon, id, dayBefore(change.date))).filter((n) => n !== null);
    vi = `lập từ ${when.vi} trên cơ sở ${from.map((n) => n.vi).join(', ')}`;
    en = `formed from ${from.map((n) => n.en).join(', ')} from ${when.en}`;
  } else if (goesOn) {
    const after = statusAt(lexicon, place, day);
    if (change.was?.type || change.was?.name) {
      const name = change.was?.name ? ` ${after.name}` : '';
      vi = `${typeWord(after.type)}${name} từ ${when.vi}`;
      en = `${change.was?.name ? `${after.name} ` : ''}${TYPE_EN[after.type]} from ${when.en}`;
    } else if (change.was?.parent && after.parentId) {
      const parent = namedAt(lexicon, after.parentId, day);
      vi = `thuộc ${parent?.vi ?? after.parentId} từ ${when.vi}`;
      en = `part of ${parent?.en ?? after.parentId} from ${when.en}`;
    } else if (change.kind === 'merged') {
      const added = join(others(change.before));
      vi = `nhập thêm ${added.vi} từ ${when.vi}`;
      en = `${added.en} merged into it from ${when.en}`;
    } else {
      const split = join(others(change.after));
      vi = `tách một phần lập ${split.vi} từ ${when.vi}`;
      en = `part split off as ${split.en} from ${when.en}`;
    }
  } else {
    const into = join(others(change.after));
    const verb = change.kind === 'split' ? ['chia thành', 'split into'] : change.kind === 'merged' ? ['nhập vào', 'merged into'] : ['thành', 'became'];
    vi = `${verb[0]} ${into.vi} từ ${when.vi}`;
    en = `${verb[1]} ${into.en} from ${when.en}`;
  }
  return change.resolution ? { vi: `${vi} (${change.resolution})`, en: `${en} (${change.resolution})` } : { vi, en };
}

/**
 * The line for the unit's status at the article's date (province and district level from the history; wards as on
 * 30 June 2025; dates before 2008 as on 1 January 2008), then its later recorded changes.
 * @param writtenType the type word the article used; when the history gives another type, the history lacks a change
 *   and the line falls back to the 30 June 2025 map
 */
function statusLine(
  lexicon: Lexicon,
  place: Place,
  published: string | null,
  writtenType: string | null,
): { vi: string; en: string } {
  const articleBeforeReform = published !== null && published < REFORM_DATE;
  const date = articleBeforeReform ? published : null;
  let s = statusAt(lexicon, place, date);
  let when: { vi: string; en: string };
  const contradicted = writtenType !== null && s.basis === 'history' && date !== null && writtenType !== typeWord(s.type);
  if (contradicted) {
    s = { ...statusAt(lexicon, place, null), basis: 'snapshot', asOf: HISTORY_END, later: [] };
  }
  const ending = place.until !== undefined ? changesOf(place.id).find((c) => !c.after.includes(place.id)) : undefined;
  if (!date) {
    when = ending ? { vi: `đến ${whenOf(ending).vi}`, en: `until ${whenOf(ending).en}` } : { vi: 'trước 1/7/2025', en: 'before 1 July 2025' };
  } else if (s.basis === 'snapshot') {
    when = { vi: `theo bản đồ ngày ${dayVi(s.asOf ?? HISTORY_END)}`, en: `as on ${dayEn(s.asOf ?? HISTORY_END)}` };
    // The data does not know the unit's type on the article's date; the article says it ("xã Xuân Đỉnh" in 2011).
    if (writtenType !== null && writtenType !== typeWord(s.type)) {
      when = { vi: `${when.vi}; bài viết ghi «${writtenType}»`, en: `${when.en}; the article says ${writtenType}` };
    }
  } else if (s.uncertain && !s.uncertain.before.includes(place.id)) {
    when = { vi: 'có thể chưa thành lập vào thời điểm bài viết', en: 'possibly not yet formed at the article’s date' };
  } else if (s.uncertain) {
    const w = whenOf(s.uncertain);
    when = { vi: `trước thay đổi ${w.vi}`, en: `before the change of ${w.en}` };
  } else if (!s.existed) {
    when =
      place.from !== undefined && dayOf(date) < place.from
        ? { vi: 'chưa thành lập vào thời điểm bài viết', en: 'not yet formed at the article’s date' }
        : { vi: 'không còn vào thời điểm bài viết', en: 'no longer in existence at the article’s date' };
  } else {
    when = { vi: 'thời điểm bài viết', en: 'at the article’s date' };
  }
  const parentId = s.parentId;
  const parent = parentId ? namedAt(lexicon, parentId, s.basis === 'history' && date ? date : (s.asOf ?? HISTORY_END)) : null;
  const name = s.name !== place.name ? ` ${s.name}` : '';
  // A ward is placed by its district and its province: "Xã thuộc huyện Mù Cang Chải, tỉnh Yên Bái".
  const province =
    place.level === 'ward' && s.provinceId && s.provinceId !== parentId
      ? namedAt(lexicon, s.provinceId, s.basis === 'history' && date ? date : (s.asOf ?? HISTORY_END))
      : null;
  const where = parent ? `${parent.vi}${province ? `, ${province.vi}` : ''}` : '';
  const head = parent ? `${capitalise(s.type)}${name} thuộc ${where}` : `${capitalise(s.type)}${name}`;
  const typeEn = name ? `${s.name} ${TYPE_EN[s.type]}` : capitalise(TYPE_EN[s.type]);
  const headEn = parent ? `${typeEn} of ${parent.en}${province ? `, ${province.en}` : ''}` : typeEn;
  // After the date: its later changes; a unit that had already ended: the change that ended it.
  const changes = date ? [...(ending && !s.later.includes(ending) && !s.existed ? [ending] : []), ...s.later] : ending ? [ending] : [];
  const later = changes.map((c) => changePhrase(lexicon, place, c));
  const laterVi = later.map((l) => `; ${l.vi}`).join('');
  const laterEn = later.map((l) => `; ${l.en}`).join('');
  const enWhen = s.basis === 'snapshot' || s.uncertain || !s.existed ? ` (${when.en})` : '';
  return { vi: `${head} (${when.vi})${laterVi}.`, en: `${headEn}${enWhen}${laterEn}` };
}

/** Where a former unit's area went on 1 July 2025. */
function since2025(lexicon: Lexicon, place: Place): { vi: string; en: string } | null {
  if (place.until !== undefined) {
    // A unit that ended before 2025: the provinces its successors' area went to.
    const next = lookup(lexicon, place.successors).filter((p) => p.until === undefined);
    const lines = next.map((p) => since2025(lexicon, p)).filter((l) => l !== null);
    if (lines.length === 0) return null;
    const provinces = [...new Set(next.flatMap((p) => lookup(lexicon, p.level === 'province' ? [p.id] : p.successors)).map((s) => provinceOf(lexicon, s)).filter((p): p is Place => !!p))];
    if (place.level === 'province') return lines[0]!;
    return {
      vi: `Từ 1/7/2025 cấp huyện không còn; địa bàn nay thuộc ${provinces.map(named).join(', ')}.`,
      en: `District level abolished on 1 July 2025; its area is now in ${provinces.map((p) => p.name).join(', ')}.`,
    };
  }
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
  const typeLine = parent ? `${capitalise(place.type)} thuộc ${named(parent)}` : capitalise(place.type);
  const en = parent
    ? `${capitalise(TYPE_EN[place.type])} of ${parent.name} ${TYPE_EN[parent.type]}`
    : capitalise(TYPE_EN[place.type]);
  if (place.level === 'region') {
    return { title: place.name, vi: [capitalise(place.note ?? 'Vùng địa lý')], en: 'Region of Vietnam' };
  }
  switch (place.era) {
    case 'both': {
      const articleBeforeReform = published !== null && published < REFORM_DATE;
      if (articleBeforeReform && changesOf(place.id).length > 0) {
        const line = statusLine(lexicon, place, published, null);
        return { title: place.name, vi: [line.vi, 'Không thay đổi khi sắp xếp đơn vị hành chính năm 2025.'], en: `${line.en}; unchanged by the 2025 reform.` };
      }
      return { title: place.name, vi: [typeLine, 'Không thay đổi khi sắp xếp đơn vị hành chính năm 2025.'], en: `${en}; unchanged by the 2025 reform.` };
    }
    case 'former': {
      const after = since2025(lexicon, place);
      const articleBeforeReform = published !== null && published < REFORM_DATE;
      const line = statusLine(lexicon, place, published, writtenType);
      const before = line.vi;
      const enBefore = place.until === undefined ? `${line.en} until 1 July 2025.` : `${line.en}.`;
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
  if (mention.unlisted) return describeUnlisted(lexicon, mention, mention.unlisted);
  const places = lookup(lexicon, mention.candidates);
  const key = mention.placeId ?? mention.candidates.join('|');
  const place = places[0];
  if (places.length === 1 && place) {
    const writtenType = mention.typeWord && (place.level === 'district' || place.level === 'ward') ? mention.typeWord : null;
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

/**
 * A unit the article names that the data does not have (renamed, split or merged before 30 June 2025): what the
 * article says of it, and that the map does not know it. Never a guess at which unit of today it became.
 */
function describeUnlisted(lexicon: Lexicon, mention: PlaceMention, unlisted: { name: string; parentId: string | null }): TermInfo {
  const word = mention.typeWord ?? 'đơn vị';
  const parent = unlisted.parentId ? lexicon.placeById.get(unlisted.parentId) : undefined;
  const province = parent && parent.level !== 'province' ? provinceOf(lexicon, parent) : null;
  const where = parent ? ` thuộc ${named(parent)}${province ? `, ${named(province)}` : ''}` : '';
  const whereEn = parent ? ` in ${parent.name}${province ? `, ${province.name}` : ''}` : '';
  const typeEn = (Object.entries(TYPE_EN).find(([vi]) => vi === word)?.[1] ?? 'unit');
  return {
    kind: 'place',
    key: `unlisted:${word} ${unlisted.name}`,
    title: mention.text,
    level: word === 'quận' || word === 'huyện' || word === 'thị xã' ? 'district' : 'ward',
    vi: [
      `${capitalise(word)} ${unlisted.name}${where} (như bài viết ghi).`,
      'Không có trong dữ liệu bản đồ ngày 30/6/2025: đơn vị này có thể đã đổi tên, chia tách hoặc sáp nhập trước đó.',
    ],
    en: `${unlisted.name} ${typeEn}${whereEn}, as the article says; not on the map of 30 June 2025 (renamed, split or merged before).`,
  };
}
