/**
 * Text -> Mention[]: one pass per block over normalised text, with the rules that decide whether a name is a place
 * here (type words, person names, things named after places), which place it is (the article's date, a parent named
 * next to it or elsewhere in the article), and which sense an abbreviation has.
 */
import { canonicalTone, isWordChar, isWordCode, normalizeWithMap, originalOffset } from '../vietnamese/normalize';
import { DATELINE_PAPERS, UNIT_PREFIX_TYPES } from './data/unit-prefixes';
import { changesOf, existsAt, statusAt } from './history';
import { type Lexicon, TERM_ABBREVIATION, TERM_OWN_PLACE, TERM_PLACE } from './lexicon';
import type { Abbreviation, Place, PlaceLevel } from './types';

/** Day the 2025 reform took effect, in Vietnam time. */
export const REFORM_DATE = '2025-07-01T00:00:00+07:00';

export interface PlaceMention {
  type: 'place';
  /** UTF-16 offsets in the block's original text; `end` exclusive. */
  start: number;
  end: number;
  text: string;
  /** The place it is, or null when several remain (listed in `candidates`). */
  placeId: string | null;
  candidates: string[];
  /** The type word the article wrote before the name ("thị xã"), which may differ from the unit's later type. */
  typeWord: string | null;
  /**
   * A unit the article names with its type word that the data does not have (renamed, split or merged before
   * 30 June 2025: "các xã Xuân Đỉnh, Cổ Nhuế", "P.7, Q.3" in 2019): the name as written, and what the article
   * places it in (its district, or the province of the list it is in).
   */
  unlisted?: { name: string; parentId: string | null };
}

export interface AbbreviationMention {
  type: 'abbr';
  start: number;
  end: number;
  text: string;
  /** Dictionary id, or `learned:<letters>` for an abbreviation the article defined itself. */
  abbreviationId: string;
  /** Index of the chosen sense. */
  sense: number;
  /** For road designations: the number written after it ("10", "398B"). */
  roadNumber: string | null;
  /**
   * For abbreviations written together ("TH-THCS-THPT", "UBND-HĐND"): each part's dictionary id and sense, in order;
   * `abbreviationId` is then the parts' ids joined by "+".
   */
  parts?: Array<{ abbreviationId: string; sense: number }>;
}

export type Mention = PlaceMention | AbbreviationMention;

/** An abbreviation the article defined itself: "Hồ sơ khoa học (HSKH)". */
export interface LearnedAbbreviation {
  form: string;
  expansion: string;
}

export interface ArticleContext {
  /** ISO date of publication; null when unknown (then today's map applies). */
  published: string | null;
  learned: LearnedAbbreviation[];
  /** How often each province was named in the article, by province id: used to resolve ambiguous names. */
  provinceCounts: Record<string, number>;
  /** For abbreviations with several senses, the sense the article's words call for, by abbreviation id. */
  senses: Record<string, number>;
}

const enum Kind {
  Place = 0,
  Abbreviation = 1,
  OwnPlace = 2,
}

type TypeClass = 'province' | 'city' | 'district' | 'ward';

/** Type words before a name, longest first; "TP." and "TX." are also abbreviation marks of their own. */
const TYPE_WORDS: ReadonlyArray<[RegExp, TypeClass, string]> = [
  [/(?:^|[^\p{L}])(thành phố|tp\.?)\s*:?\s*$/iu, 'city', 'thành phố'],
  [/(?:^|[^\p{L}])(thị xã|tx\.?)\s*:?\s*$/iu, 'district', 'thị xã'],
  [/(?:^|[^\p{L}])(thị trấn)\s*:?\s*$/iu, 'ward', 'thị trấn'],
  [/(?:^|[^\p{L}])(đặc khu)\s*:?\s*$/iu, 'ward', 'đặc khu'],
  [/(?:^|[^\p{L}])(tỉnh)\s*:?\s*$/iu, 'province', 'tỉnh'],
  [/(?:^|[^\p{L}])(quận)\s*:?\s*$/iu, 'district', 'quận'],
  [/(?:^|[^\p{L}])(huyện)\s*:?\s*$/iu, 'district', 'huyện'],
  [/(?:^|[^\p{L}])(phường)\s*:?\s*$/iu, 'ward', 'phường'],
  [/(?:^|[^\p{L}])(xã)\s*:?\s*$/iu, 'ward', 'xã'],
];

/** Abbreviated type words, case as written ("P.Bến Thành", "Q. Bình Thạnh", "TT.Củ Chi"): a lone "p." is not one. */
const PREFIX_BEFORE = /(?:^|[^\p{L}])(TT|Tt|P|X|Q|H)\.\s?$/u;

/** What stands before a person's initial, not a unit prefix: "Ảnh: H. Bình Minh", "Bài và ảnh: P. Hải An", "TS. H. Gia Lâm". */
const BYLINE_BEFORE = /(?:^|[^\p{L}])(?:ảnh|bài|video|clip|nguồn|tác giả|thực hiện|pv|ctv|gs|pgs|ts|ths|bs|ks|ls|ncs)\s*[.:]?\s*$/iu;

/** Whether the abbreviated type word at `at` ("H." of "Ảnh: H. Bình Minh") is a person's initial in a byline. */
const isBylineInitial = (text: string, at: number) => BYLINE_BEFORE.test(text.slice(Math.max(0, at - 20), at));

/** The same type words in one expression, for the quick test that nearly always fails. */
const ANY_TYPE_WORD = /(?:thành phố|tp\.?|thị xã|tx\.?|thị trấn|đặc khu|tỉnh|quận|huyện|phường|xã|\.)\s*:?\s*$/iu;

/** What may stand between a type word and the names it governs. */
const TYPE_QUALIFIER =
  /(?:\s(?:từ|gồm|là|như|biên giới|vùng cao|vùng sâu|vùng xa|miền núi|ven biển|đảo|trung tâm|nông thôn|giáp ranh|lân cận|ngoại thành|nội thành|mới|cũ|khác|còn lại)){1,3}\s*:?\s$/u;

interface TypeCue {
  cls: TypeClass;
  word: string;
}

function typeWordBefore(text: string, start: number): TypeCue | null {
  // "các xã từ Nậm Khắt đến Púng Luông", "các xã biên giới Sơn Thủy, Na Mèo", "các phường gồm: …": a word that
  // qualifies the units stands between the type word and the names.
  const qualifier = TYPE_QUALIFIER.exec(text.slice(Math.max(0, start - 40), start));
  if (qualifier) start -= qualifier[0].length - 1;
  const before = text.slice(Math.max(0, start - 16), start);
  if (!ANY_TYPE_WORD.test(before)) return null;
  for (const [re, cls, word] of TYPE_WORDS) if (re.test(before)) return { cls, word };
  const prefix = PREFIX_BEFORE.exec(before);
  if (prefix && !isBylineInitial(text, start - before.length + prefix.index + prefix[0].indexOf(prefix[1]!))) {
    const type = UNIT_PREFIX_TYPES[`${prefix[1]!.toUpperCase()}.`];
    if (type) return { cls: type.cls, word: type.word };
  }
  return null;
}

/** Common family names, and the middle names that mark a person's full name. */
const NAME_WORDS = new Set(
  (
    'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lương Trương Đinh Đào Đoàn Mai Cao ' +
    'Lâm Tô Tạ Chu Trịnh Vương Quách Lưu Tăng Kiều Phùng Triệu Thị Văn Hữu Đức Công Ngọc'
  )
    .split(' ')
    .map(canonicalTone),
);

/** Words after which a capitalised name is a person: "ông Nguyễn Thái Bình", "bà Lê Thị Hà Nam". */
const HONORIFICS = new Set(
  'ông bà anh chị em cháu cô chú bác cụ con vợ chồng tên bạn thầy đồng chí chủ tịch nghệ sĩ nhà văn ca sĩ bệnh nhân bị cáo'
    .split(' ')
    .map(canonicalTone),
);

/**
 * Things named after places that are not the place: "cầu Quang Thanh", "đường Hải Phòng", "thôn Lâm Đồng",
 * "Trường THPT Kim Thành", "Công ty CP Xi măng Hải Phòng", "trạm Sa Pa".
 */
const THING_WORDS = new Set(
  (
    'cầu phà đò bến đường phố ngõ ngách hẻm kiệt sông suối kênh rạch núi đèo hồ đầm vịnh chợ cảng ga trạm cống ' +
    'đồi thôn ấp xóm bản buôn làng khóm tổ trường viện chùa đình đền báo đồn HTX CLB THCS THPT PTDTBT PTDTNT KĐT KCN ' +
    'CCN BV BVĐK'
  )
    .split(' ')
    .map((w) => canonicalTone(w).toLowerCase()),
);
/**
 * Things named with two words ("công ty", "sân bay"), as those two words joined by a space. Pairs that are also
 * everyday phrases before a place ("du lịch Hà Nội", "đô thị Hải Phòng") are left out.
 */
const THING_PAIRS = new Set(
  [
    'bến xe', 'bến tàu', 'sân bay', 'nhà máy', 'khách sạn', 'bệnh viện', 'khu phố', 'dân phố', 'công ty', 'tập đoàn',
    'ngân hàng', 'tác xã', 'lạc bộ', 'đội bóng', 'nhà hát', 'bảo tàng', 'đại học', 'học viện', 'cao đẳng', 'tiểu học',
    'mầm non', 'trung học', 'tạp chí', 'nhà sách', 'nhà thờ', 'chung cư', 'cửa khẩu', 'siêu thị', 'khí tượng',
    'thủy văn', 'đo mưa', 'đo mặn', 'xa lộ', 'ngã ba', 'ngã tư', 'ngã sáu', 'nút giao', 'cầu vượt', 'cột cờ',
    'cao nguyên', 'thủy điện', 'hội trường',
  ].map((w) => canonicalTone(w)),
);

/** Things whose names often carry a description first: "trạm đo mưa A Lưới", "khu đô thị mới Thủ Thiêm". */
const DESCRIBED_THINGS = new Set(
  ['trạm', 'khu', 'trường', 'công ty', 'bệnh viện', 'nhà máy', 'thủy điện', 'hội trường', 'viện', 'cột cờ', 'cao nguyên']
    .map((w) => canonicalTone(w)),
);

/** Words that end a name when walking back from a place: whatever stands before them is not part of its name. */
const NAME_BREAKS = new Set(
  (
    'tại ở của thuộc và với cho từ đến về trên dưới trong ngoài là có được bị đã đang sẽ các những người dân ' +
    'địa bàn khu vực vùng tới qua sang như gồm cùng nhân dân lãnh đạo đoàn ủy ban sở cục chi công an tỉnh huyện ' +
    'quận xã phường vào ra lên xuống đi nối giữa'
  )
    .split(' ')
    .map((w) => canonicalTone(w).toLowerCase()),
);

/** The words before `start` in the same clause, nearest first (stops at punctuation). */
function wordsBefore(text: string, start: number, max: number): string[] {
  const words: string[] = [];
  let i = start;
  while (words.length < max) {
    let j = i;
    while (j > 0 && text[j - 1] === ' ') j--;
    if (j === i && i !== start) break;
    let k = j;
    while (k > 0 && isWordChar(text[k - 1])) k--;
    if (k === j) break;
    words.push(text.slice(k, j));
    i = k;
  }
  return words;
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

/** A name inside a person's name: after an honorific, or after capitalised words that include a family name. */
function isInPersonName(text: string, start: number): boolean {
  // "Ảnh: H. Bình Minh": the initial of a byline's name.
  const initial = /\p{Lu}\.\s?$/u.exec(text.slice(Math.max(0, start - 3), start));
  if (initial) {
    const at = start - Math.min(3, start) + initial.index;
    if ((at === 0 || !isWordChar(text[at - 1])) && isBylineInitial(text, at)) return true;
  }
  const before = wordsBefore(text, start, 4);
  const lower = before.map((w) => w.toLowerCase());
  if (lower[0] && HONORIFICS.has(lower[0])) return true;
  if (lower[1] !== undefined && HONORIFICS.has(`${lower[1]} ${lower[0]}`)) return true;
  let i = 0;
  while (i < before.length && isCapitalised(before[i]!)) {
    if (NAME_WORDS.has(before[i]!)) return true;
    i++;
  }
  if (i > 0 && i < before.length && HONORIFICS.has(lower[i]!)) return true;
  return false;
}

const isNameWord = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);

/**
 * Whether the name at `start` is part of the name of something else: a bridge, a street, a hamlet, a school, a
 * company. Walks back over the words of the same phrase: the thing word may stand right before the name, or before
 * other words of that thing's name ("Trường THPT", "Công ty CP Xi măng").
 */
function isInsideName(text: string, start: number): boolean {
  // Most names follow a word that ends any name ("tại Hải Phòng", "của Hà Nội"): look no further then.
  const [first] = wordsBefore(text, start, 1);
  if (first === undefined || (!isNameWord(first) && NAME_BREAKS.has(first.toLowerCase()))) return false;
  const words = wordsBefore(text, start, 8);
  let allNames = true;
  // The scanned text is already in canonical tone placement: lower case is all the words need.
  const lower = words.map((w) => w.toLowerCase());
  for (let k = 0; k < words.length; k++) {
    const w = lower[k]!;
    const pair = k + 1 < words.length ? `${lower[k + 1]!} ${w}` : null;
    const capital = isNameWord(words[k]!);
    const thing = THING_WORDS.has(w) || (pair !== null && THING_PAIRS.has(pair));
    // Right before the name any thing word counts; further back, a lower-case one only across a run of names.
    const near = k <= 3 && (DESCRIBED_THINGS.has(w) || (pair !== null && DESCRIBED_THINGS.has(pair)));
    if (thing && (k === 0 || near || allNames || capital || (pair !== null && isNameWord(words[k + 1]!)))) return true;
    if (!capital && NAME_BREAKS.has(w)) return false;
    if (!capital) allNames = false;
  }
  return false;
}

/**
 * A capitalised word right after the name, that starts no unit of its own, makes it part of a longer proper name:
 * "Gỗ Phú An Phát", "báo Hà Nội Mới".
 */
function continuesName(lexicon: Lexicon, text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || !/^[\p{Lu}][\p{Ll}\p{M}]/u.test(text.slice(end + 1, end + 3))) return false;
  return lexicon.trie.matchesAt(text, end + 1, (e) => acceptEnd(text, e)).length === 0;
}

/** A name followed by a rainfall figure ("Tam Đảo 215 mm") is a rain-gauge station. */
const STATION_AFTER = /^\s*:?\s*\(?\d+(?:[.,]\d+)?\s?mm\b/u;

function stationAfter(text: string, end: number): boolean {
  let i = end;
  while (i < end + 3 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3a || text.charCodeAt(i) === 0x28)) i++;
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57 && STATION_AFTER.test(text.slice(end, end + 16));
}

const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, region: 1, district: 2, ward: 3 };

function fitsType(place: Place, cls: TypeClass | null): boolean {
  switch (cls) {
    case null:
      return place.level !== 'ward';
    case 'province':
      // "các tỉnh Tây Bắc": the provinces of a region.
      return place.level === 'province' || place.level === 'region';
    case 'city':
      return (place.level === 'province' && place.type === 'thành phố trực thuộc trung ương') ||
        (place.level === 'district' && place.type === 'thành phố');
    case 'district':
      return place.level === 'district';
    case 'ward':
      return place.level === 'ward';
    default: {
      const unhandled: never = cls;
      return unhandled;
    }
  }
}

/**
 * A "thành phố" before a name that was a province's then ("TP Huế" in 2017, when Huế was the city of tỉnh Thừa
 * Thiên Huế) is not the province: its type on the article's date decides, where the history knows it.
 */
function fitsTypeOn(lexicon: Lexicon, place: Place, cls: TypeClass | null, published: string | null): boolean {
  if (cls !== 'city' || place.level !== 'province' || !isBeforeReform(published) || changesOf(place.id).length === 0) return true;
  return statusAt(lexicon, place, published).type !== 'tỉnh';
}

const isBeforeReform = (published: string | null) => published !== null && published < REFORM_DATE;

/** Current units for articles since the reform (or undated), former ones before it; units of both eras always fit. */
function fitsEra(place: Place, published: string | null): boolean {
  if (!existsAt(place, published)) return false;
  if (place.era === 'both') return true;
  return isBeforeReform(published) ? place.era === 'former' : place.era === 'current';
}

/** The province a unit belongs to (itself for a province). */
export function provinceOf(lexicon: Lexicon, place: Place): Place | null {
  let p: Place | undefined = place;
  for (let depth = 0; p && depth < 4; depth++) {
    if (p.level === 'province') return p;
    p = p.parent ? lexicon.placeById.get(p.parent) : undefined;
  }
  return null;
}

/** The units above a place (district, province), nearest first. */
function ancestors(lexicon: Lexicon, place: Place): Place[] {
  const out: Place[] = [];
  let p = place.parent ? lexicon.placeById.get(place.parent) : undefined;
  for (let depth = 0; p && depth < 4; depth++) {
    out.push(p);
    p = p.parent ? lexicon.placeById.get(p.parent) : undefined;
  }
  return out;
}

/**
 * The units a place is read together with: its ancestors, and across the 2025 reform the ancestors of what it came
 * from or became ("xã Phú An (TP Bến Cát cũ)": the new commune's former district; a former district's new province).
 */
function relatedUnits(lexicon: Lexicon, place: Place): Place[] {
  let cache = relatedCache.get(lexicon);
  if (!cache) relatedCache.set(lexicon, (cache = new Map()));
  let units = cache.get(place);
  if (!units) cache.set(place, (units = computeRelatedUnits(lexicon, place)));
  return units;
}

const relatedCache = new WeakMap<Lexicon, Map<Place, Place[]>>();

function computeRelatedUnits(lexicon: Lexicon, place: Place): Place[] {
  const out = ancestors(lexicon, place);
  const across = place.era === 'current' ? place.predecessors : place.era === 'former' ? place.successors : [];
  for (const id of across.slice(0, 40)) {
    const other = lexicon.placeById.get(id);
    if (!other) continue;
    if (other.level === 'province' && !out.includes(other)) out.push(other);
    for (const a of ancestors(lexicon, other)) if (!out.includes(a)) out.push(a);
  }
  return out;
}

const NAME_PART = String.raw`[\p{Lu}\d][\p{L}\p{M}\d]*`;
/**
 * "huyện Thanh Hà (Hải Dương)", "huyện Châu Thành, tỉnh Hậu Giang", "xã Phú An (TP Bến Cát cũ)", "P.7, Q.3",
 * "thuộc tỉnh Bình Dương cũ": the unit named right after a name, which it belongs to (or belonged to).
 */
const PARENT_AFTER = new RegExp(
  String.raw`^\s*(?:[(,–-]\s*)?(?:(?:thuộc|của)\s+)?(?:(?:tỉnh|thành phố|[Tt][Pp]\.?|huyện|quận|thị xã|TX\.?|Q\.|H\.)\s*)?` +
    String.raw`(${NAME_PART}(?:[ -]+${NAME_PART}){0,3})`,
  'u',
);

function chooseByParent(lexicon: Lexicon, candidates: Place[], text: string, end: number): Place[] {
  const m = PARENT_AFTER.exec(text.slice(end, end + 60));
  if (!m?.[1]) return candidates;
  const named = canonicalTone(m[1]);
  const fits = candidates.filter((c) =>
    relatedUnits(lexicon, c).some((u) => canonicalNames(u).some((a) => named === a || named.startsWith(`${a} `))),
  );
  return fits.length > 0 ? fits : candidates;
}

const canonicalCache = new WeakMap<Place, readonly string[]>();

/** A place's name and aliases as `canonicalTone` writes them; cached, as every candidate's units are compared. */
function canonicalNames(place: Place): readonly string[] {
  let names = canonicalCache.get(place);
  if (!names) canonicalCache.set(place, (names = [place.name, ...place.aliases].map(canonicalTone)));
  return names;
}

/** Candidates whose province the article names most (all of them, ranked, when it names none). */
function chooseByArticle(lexicon: Lexicon, candidates: Place[], counts: Record<string, number>): Place[] {
  const score = (c: Place) => relatedUnits(lexicon, c).reduce((n, u) => Math.max(n, counts[u.id] ?? 0), counts[c.id] ?? 0);
  const scored = candidates.map((c) => [c, score(c)] as const);
  const best = Math.max(...scored.map(([, n]) => n));
  if (best > 0) return scored.filter(([, n]) => n === best).map(([c]) => c);
  return candidates;
}

/**
 * Keeps the candidates that share a unit with `near` (places named without doubt next to them), when any does; else
 * the namesakes of the other map that do ("các phường Tân An, Hiệp An của TP Thủ Dầu Một cũ" after the reform).
 */
function chooseByNeighbours(lexicon: Lexicon, candidates: Place[], others: readonly Place[], near: ReadonlySet<string>): Place[] {
  if (near.size === 0 || candidates.length + others.length < 2) return candidates;
  const fits = related(lexicon, candidates, near);
  if (fits.length > 0) return fits;
  const across = related(lexicon, others, near);
  return across.length > 0 ? across : candidates;
}

/**
 * Among namesakes the article's context could not tell apart, the one of the type the article wrote ("huyện Hồng
 * Ngự", not the thành phố of the same name); a preference only, since a unit's type may have changed since.
 */
function preferWrittenType(candidates: Place[], word: string | null): Place[] {
  if (word === null || candidates.length < 2) return candidates;
  const same = candidates.filter((p) => typeBeforeName(p) === word);
  return same.length > 0 ? same : candidates;
}

/** A unit's type as written before its name: "thành phố trực thuộc trung ương" reads "thành phố". */
export const typeBeforeName = (p: Place) => (p.type === 'thành phố trực thuộc trung ương' ? 'thành phố' : p.type);

/** A list being read: "các xã Tả Van, Bản Hồ và Trung Chải" gives its type word to every name. */
interface ListState {
  type: TypeCue;
  /** Where the last name of the list ends. */
  end: number;
  /** What the last name was (its candidates). */
  previous: Place[];
}

/** What may stand between two names of a list. */
const LIST_GAP = /^(?:\s*\([^()]{0,80}\))?(?:\s*[,;]\s*(?:(?:và|cùng|hoặc|hay)\s+)?|\s+(?:và|cùng|hoặc|hay|với|đến|tới|sang|đi|qua|giáp)\s+|\s*[-–]\s*)$/u;

/** Decides whether the name at [start, end) is a place here, and which. */
function resolvePlace(
  lexicon: Lexicon,
  text: string,
  start: number,
  end: number,
  indices: readonly number[],
  published: string | null,
  list: ListState | null,
): { candidates: Place[]; others: Place[]; typeWord: TypeCue | null; chained: boolean } | null {
  const all = indices.map((i) => lexicon.places[i]!);
  let typeWord = typeWordBefore(text, start);
  let chained = false;
  if (!typeWord && list) {
    // "xã Tân Phú, Đồng Phú, Bình Phước" is an address, not a list: a name that is above the last one is that unit.
    // Unless a unit of the list's type by that name sits beside the last one ("xã Bình Minh, Bình Sơn và Vạn Tường").
    const previousUnits = new Set(list.previous.flatMap((p) => relatedUnits(lexicon, p)));
    const above = all.filter((p) => previousUnits.has(p));
    const parents = new Set(list.previous.map((p) => p.parent));
    const beside = all.filter((p) => fitsType(p, list.type.cls) && !previousUnits.has(p) && parents.has(p.parent));
    if (above.length > 0 && beside.length === 0) return { candidates: above, others: [], typeWord: null, chained: true };
    // Provinces and cities in a list need no type word to be read right.
    if (list.type.cls === 'ward' || list.type.cls === 'district') {
      typeWord = list.type;
      chained = true;
    }
  }
  if (!typeWord) {
    if (isInPersonName(text, start) || isInsideName(text, start) || stationAfter(text, end)) return null;
    if (continuesName(lexicon, text, end)) return null;
  }
  let candidates = all.filter((p) => fitsType(p, typeWord?.cls ?? null) && fitsTypeOn(lexicon, p, typeWord?.cls ?? null, published));
  if (candidates.length === 0 && chained) {
    // No unit of the list's type has this name: the list has ended; read it on its own.
    typeWord = null;
    chained = false;
    if (isInPersonName(text, start) || isInsideName(text, start)) return null;
    candidates = all.filter((p) => fitsType(p, null));
  }
  if (candidates.length === 0) return null;
  // The article's date picks the map; units of the other map are kept aside, for context that names them.
  const inEra = candidates.filter((p) => fitsEra(p, published));
  let others = inEra.length > 0 ? candidates.filter((p) => !inEra.includes(p)) : [];
  if (inEra.length > 0) candidates = inEra;
  // The unit named right after it is the strongest evidence, whichever map it belongs to. The type the article
  // wrote is weighed last, once the article is read (see `preferWrittenType`): units change type, not province.
  if (candidates.length + others.length > 1) {
    const byParent = chooseByParent(lexicon, [...candidates, ...others], text, end);
    if (byParent.length < candidates.length + others.length) {
      // "xã Phú An (TP Bến Cát cũ)": a parent said to be former calls for the unit of the former map.
      // Where both maps have a unit there, the type written tells them apart ("phường Phú An (TP Bến Cát cũ)" is the
      // new phường; "xã Phú An (TP Bến Cát cũ)" the former xã); else the article's date does.
      const inMap = byParent.filter((p) => candidates.includes(p));
      const pick = inMap.length > 0 ? inMap : byParent;
      const written = typeWord ? byParent.filter((p) => typeBeforeName(p) === typeWord!.word) : [];
      candidates = written.length > 0 && written.length < byParent.length && !pick.some((p) => written.includes(p)) ? written : pick;
      if (written.length > 0 && pick.some((p) => written.includes(p))) candidates = pick.filter((p) => written.includes(p));
      others = [];
    }
  }
  // "TT.Củ Chi cũ", "huyện Nông Cống cũ": the unit of the former map, when the article's date gave today's.
  if (others.length > 0 && FORMER_AFTER.test(text.slice(end, end + 6))) {
    const former = others.filter((p) => p.era === 'former');
    if (former.length > 0) {
      candidates = former;
      others = [];
    }
  }
  // Without a type word, the larger unit is meant: "Hải Dương" is the province, not the city.
  const top = Math.min(...candidates.map((p) => LEVEL_RANK[p.level]));
  candidates = candidates.filter((p) => LEVEL_RANK[p.level] === top);
  others = others.filter((p) => LEVEL_RANK[p.level] === top);
  if (list && chained) {
    // Names of one list are siblings: "các phường Hồng Bàng, Lê Chân" are wards of one city, also when the list
    // names former wards in an article written after the reform.
    const near = new Set(list.previous.flatMap((p) => [p.id, ...relatedUnits(lexicon, p).map((u) => u.id)]));
    const siblings = related(lexicon, candidates, near);
    if (siblings.length > 0) candidates = siblings;
    else {
      const across = related(lexicon, others, near);
      if (across.length > 0) candidates = across;
    }
    others = [];
  }
  return { candidates, others, typeWord, chained };
}

/** " cũ" right after a name: the former unit. */
const FORMER_AFTER = /^\s+cũ(?![\p{L}\p{M}])/u;

/** The candidates that share a unit with the ids in `near` (an ancestor, or across the reform). */
function related(lexicon: Lexicon, candidates: readonly Place[], near: ReadonlySet<string>): Place[] {
  if (near.size === 0) return [];
  return candidates.filter((c) => relatedUnits(lexicon, c).some((u) => near.has(u.id)));
}

/** "quận 8", "Phường 12", "Q.3", "P.7", "Q. 10": a numbered unit, one mark with its type word. */
const NUMBERED_UNIT = /^(?:(quận|phường|Quận|Phường|QUẬN|PHƯỜNG)\s+|(Q|P)\.\s?)(\d{1,2})(?![\p{L}\p{N}]|[.,/]\d)/u;

/** The district named right after a ward ("P.7, Q.3", "phường 12, quận Gò Vấp"), when it is one unit. */
function districtNamedAfter(lexicon: Lexicon, text: string, end: number, published: string | null): Place | null {
  // Past the other wards of a list: "P.6, P.7 và P.8 của Q.3".
  const m =
    /^(?:\s*(?:,|và)\s*(?:P\.\s?|[Pp]hường\s+)?\d{1,2}(?![\p{L}\p{N}]))*\s*(?:,|\(|của|thuộc)\s*(?:quận|Quận|Q\.\s?|huyện|H\.\s?|thị xã|TX\.\s?|thành phố|TP\.?\s?)/u.exec(
      text.slice(end, end + 60),
    );
  if (!m) return null;
  const at = end + m[0].length;
  const digits = /^(\d{1,2})(?![\p{L}\p{N}])/u.exec(text.slice(at, at + 3));
  if (digits) {
    const units = (numberedUnits(lexicon).get(`quận|${digits[1]!}`) ?? []).filter((p) => fitsEra(p, published));
    return units.length === 1 ? units[0]! : null;
  }
  for (const c of candidatesAt(lexicon, text, at)) {
    if (c.kind !== Kind.Place) continue;
    const districts = c.indices.map((i) => lexicon.places[i]!).filter((p) => p.level === 'district' && fitsEra(p, published));
    if (districts.length === 1) return districts[0]!;
  }
  return null;
}

const numberedIndex = new WeakMap<Lexicon, Map<string, Place[]>>();

/** Units whose name is a number, by `type|number`. */
function numberedUnits(lexicon: Lexicon): Map<string, Place[]> {
  let index = numberedIndex.get(lexicon);
  if (!index) {
    index = new Map();
    for (const p of lexicon.places) {
      if (!/^\d+$/.test(p.name)) continue;
      const key = `${p.type}|${p.name}`;
      const list = index.get(key) ?? [];
      list.push(p);
      index.set(key, list);
    }
    numberedIndex.set(lexicon, index);
  }
  return index;
}

function numberedAt(lexicon: Lexicon, text: string, start: number, published: string | null): Found | null {
  const first = text.charCodeAt(start) | 0x20; // "q" or "p", either case
  if (first !== 0x71 && first !== 0x70) return null;
  const m = NUMBERED_UNIT.exec(text.slice(start, start + 16));
  if (!m) return null;
  const word = m[1] ? m[1].toLowerCase() : m[2] === 'Q' ? 'quận' : 'phường';
  let candidates = numberedUnits(lexicon).get(`${word}|${m[3]!}`) ?? [];
  if (candidates.length === 0) return null;
  const inEra = candidates.filter((p) => fitsEra(p, published));
  if (inEra.length > 0) candidates = inEra;
  const end = start + m[0].length;
  const cls: TypeClass = word === 'quận' ? 'district' : 'ward';
  if (cls === 'ward') {
    // "P.7, Q.3" in 2019: a ward the 2025 data no longer has (merged before), in the district the article names.
    const parent = districtNamedAfter(lexicon, text, end, published);
    if (parent && !candidates.some((c) => c.parent === parent.id)) {
      return { type: 'place', start, end, candidates: [], others: [], typeWord: { cls, word }, chained: false, unlisted: { name: m[3]!, parentId: parent.id } };
    }
  }
  if (candidates.length > 1) candidates = chooseByParent(lexicon, candidates, text, end);
  return { type: 'place', start, end, candidates, others: [], typeWord: { cls, word }, chained: false };
}

/** "QL.10", "QL 1A", "QL1A", "ĐT.398B": the number written after a road designation. */
const ROAD_NUMBER = /^(?:\.\s?|\s)?(\d{1,4}[A-Z]?\d?)(?![\p{L}\p{N}])/u;

function patternSense(abbreviation: Abbreviation, text: string, end: number): number | null {
  const after = text.slice(end, end + 20);
  for (let i = 0; i < abbreviation.senses.length; i++) {
    for (const cue of abbreviation.senses[i]!.cues) {
      if (cue === 'pattern:number-after' && ROAD_NUMBER.test(after)) return i;
      if (cue === 'pattern:colon-digits' && /^\s*:\s*\+?\d/.test(after)) return i;
    }
  }
  return null;
}

/** The sense whose cue words the article uses most (the first sense when none). */
function articleSense(abbreviation: Abbreviation, lowerText: string): number {
  let best = 0;
  let bestHits = 0;
  abbreviation.senses.forEach((sense, i) => {
    const hits = sense.cues.filter((c) => !c.startsWith('pattern:') && lowerText.includes(c)).length;
    if (hits > bestHits) {
      best = i;
      bestHits = hits;
    }
  });
  return best;
}

/** URLs and e-mail addresses, where nothing is marked. */
// An address starts where its run of characters starts, and its parts are bounded as the standard bounds them: else
// a long run of letters before an "@" is scanned again from each of its letters (100 KB took 20 s).
const URL_OR_EMAIL =
  /\b(?:https?:\/\/|www\.)[^\s<>()]+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}\.\p{L}{2,63}/giu;

function excludedSpans(text: string): Array<[number, number]> {
  // The e-mail half of the expression restarts at every letter: only run it where an address can be.
  if (!text.includes('@') && !text.includes('://') && !text.includes('www.')) return [];
  return Array.from(text.matchAll(URL_OR_EMAIL), (m) => [m.index, m.index + m[0].length] as [number, number]);
}

/** Letters of an abbreviation that its expansion's words start with ("KT-XH" -> "KTXH"). */
const lettersOf = (form: string) => form.replace(/[^\p{L}]/gu, '');
const initialOf = (word: string) => canonicalTone(word).normalize('NFD').charAt(0).toUpperCase();

/** What may stand inside the parentheses of a definition: "(UBND)", "(NN&PTNT)", "(KT-XH)". */
const ABBREVIATION_IN_PARENS = /^\(\s*([\p{Lu}][\p{Lu}\p{N}&.-]{1,11})\s*\)/u;

/** "Ủy ban nhân dân (UBND)": words followed by a parenthesised abbreviation made of their initials. */
export function findDefinitions(text: string): LearnedAbbreviation[] {
  const found: LearnedAbbreviation[] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const m = ABBREVIATION_IN_PARENS.exec(text.slice(open, open + 16));
    if (!m) continue;
    const form = m[1]!;
    const letters = lettersOf(form).normalize('NFD').replace(/\p{M}/gu, '');
    if (letters.length < 2) continue;
    const before = text.slice(Math.max(0, open - 160), open);
    const words = before.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
    // Take as many words from the end as the abbreviation has letters ("và" may stand for "&").
    const picked: string[] = [];
    let li = letters.length - 1;
    for (let wi = words.length - 1; wi >= 0 && li >= 0; wi--) {
      const w = words[wi]!;
      if (/[^\p{L}\p{M}]/u.test(w)) break; // punctuation ends the phrase
      if (initialOf(w) === letters[li]) {
        picked.unshift(w);
        li--;
      } else if (w.toLowerCase() === 'và' && form.includes('&')) picked.unshift(w);
      else break;
    }
    if (li >= 0 || picked.length === 0) continue;
    // The expansion as written: from the first picked word to the parenthesis.
    let from = before.length;
    for (let k = picked.length - 1; k >= 0; k--) from = before.lastIndexOf(picked[k]!, from - 1);
    const expansion = before.slice(Math.max(0, from)).replace(/\s+/g, ' ').trim();
    found.push({ form, expansion });
  }
  return found;
}

interface Candidate {
  end: number;
  kind: Kind;
  indices: number[];
}

const NO_CANDIDATES: Candidate[] = [];

/** Every term of the trie starting at `start`, longest first, grouped by kind. */
function candidatesAt(lexicon: Lexicon, text: string, start: number): Candidate[] {
  if (!lexicon.trie.startsAt(text, start)) return NO_CANDIDATES;
  const out: Candidate[] = [];
  for (const [end, values] of lexicon.trie.matchesAt(text, start, (e) => acceptEnd(text, e))) {
    let places: number[] | null = null;
    let abbreviations: number[] | null = null;
    let own: number[] | null = null;
    for (const v of values) {
      const kind = v % 3;
      const index = (v - kind) / 3;
      if (kind === TERM_PLACE) (places ??= []).push(index);
      else if (kind === TERM_ABBREVIATION) (abbreviations ??= []).push(index);
      else if (kind === TERM_OWN_PLACE) (own ??= []).push(index);
    }
    // Reversed below: at one end, the reader's own place comes first, then built-in places, then abbreviations.
    if (abbreviations) out.push({ end, kind: Kind.Abbreviation, indices: abbreviations });
    if (places) out.push({ end, kind: Kind.Place, indices: places });
    if (own) out.push({ end, kind: Kind.OwnPlace, indices: own });
  }
  return out.reverse();
}

/** A term may end before a non-word character, after a dot, or before a digit (a road number: checked later). */
function acceptEnd(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const next = text.charCodeAt(end);
  return !isWordCode(next) || text.charCodeAt(end - 1) === 0x2e || (next >= 48 && next <= 57);
}

function learnedAt(text: string, start: number, learned: readonly LearnedAbbreviation[]): LearnedAbbreviation | null {
  for (const l of learned) {
    if (text.startsWith(l.form, start) && !isWordChar(text[start + l.form.length])) return l;
  }
  return null;
}

/** A mention found in the scan; a place may still have several candidates, resolved once the article is read. */
type Found =
  | {
      type: 'place';
      start: number;
      end: number;
      candidates: Place[];
      /** Namesakes of the other map (before or after the reform), chosen only when the article's context names them. */
      others: Place[];
      typeWord: TypeCue | null;
      chained: boolean;
      /** A unit the data does not have (see `PlaceMention.unlisted`). */
      unlisted?: { name: string; parentId: string | null };
    }
  | { type: 'own-place'; start: number; end: number; id: string; typeWord: string | null }
  | {
      type: 'abbr';
      start: number;
      end: number;
      abbreviationId: string;
      sense: number | null;
      roadNumber: string | null;
      parts?: Array<{ abbreviationId: string; sense: number }>;
    };

/** "TP - Sáng 12/3…": a newspaper's name opening the article, followed by a dash. */
const DATELINE = /^([\p{Lu}]{2,6})\s*[-–]\s/u;

/** Letters and digits only, all capitals: the parts an abbreviation compound is made of ("THCS", "GD", "ĐT"). */
const COMPOUND_PART = /^[\p{Lu}\d]{2,}$/u;
/** What joins the parts of a compound: "TH-THCS-THPT", "TN&MT", "UBND-HĐND". */
const isJoiner = (code: number) => code === 0x2d || code === 0x26 || code === 0x2013;

/** The dictionary abbreviation starting at `start`, longest form first, that is not a road or a unit prefix. */
function plainAbbreviationAt(lexicon: Lexicon, text: string, start: number): { end: number; abbreviation: Abbreviation } | null {
  for (const c of candidatesAt(lexicon, text, start)) {
    if (c.kind !== Kind.Abbreviation) continue;
    const abbreviation = lexicon.abbreviations[c.indices[0]!]!;
    if (abbreviation.road || abbreviation.unitPrefix || !COMPOUND_PART.test(text.slice(start, c.end))) continue;
    if (c.end < text.length && isWordCode(text.charCodeAt(c.end))) continue;
    return { end: c.end, abbreviation };
  }
  return null;
}

const MAX_COMPOUND_PARTS = 6;

/**
 * Abbreviations written together ("TH-THCS-THPT", "TM-DV" when only the parts are known): one mark whose
 * explanation has every part. Null when fewer than two parts are known abbreviations.
 */
function compoundAt(lexicon: Lexicon, text: string, start: number, first: { end: number; abbreviation: Abbreviation }, lowerSense: (a: Abbreviation, end: number) => number | null): Found | null {
  const parts = [{ abbreviationId: first.abbreviation.id, sense: lowerSense(first.abbreviation, first.end) ?? 0 }];
  let end = first.end;
  // A few parts at most: a hostile page's endless "UBND-HĐND-…" would be one mark with an endless explanation.
  while (parts.length < MAX_COMPOUND_PARTS && end + 1 < text.length && isJoiner(text.charCodeAt(end))) {
    const next = plainAbbreviationAt(lexicon, text, end + 1);
    if (!next) break;
    parts.push({ abbreviationId: next.abbreviation.id, sense: lowerSense(next.abbreviation, next.end) ?? 0 });
    end = next.end;
  }
  if (parts.length < 2) return null;
  return { type: 'abbr', start, end, abbreviationId: parts.map((p) => p.abbreviationId).join('+'), sense: 0, roadNumber: null, parts };
}

function mentionAt(
  lexicon: Lexicon,
  text: string,
  start: number,
  learned: readonly LearnedAbbreviation[],
  published: string | null,
  list: ListState | null,
): Found | null {
  const defined = learnedAt(text, start, learned);
  if (defined) {
    return { type: 'abbr', start, end: start + defined.form.length, abbreviationId: `learned:${defined.form}`, sense: 0, roadNumber: null };
  }
  if (start < 4 && /^\s*$/.test(text.slice(0, start))) {
    const dateline = DATELINE.exec(text.slice(start, start + 12));
    const paper = dateline ? DATELINE_PAPERS[dateline[1]!] : undefined;
    if (dateline && paper) return { type: 'abbr', start, end: start + dateline[1]!.length, abbreviationId: paper.id, sense: 0, roadNumber: null };
  }
  const numbered = numberedAt(lexicon, text, start, published);
  if (numbered) return numbered;
  for (const candidate of candidatesAt(lexicon, text, start)) {
    const next = text.charCodeAt(candidate.end);
    const followedByDigit = next >= 48 && next <= 57 && text.charCodeAt(candidate.end - 1) !== 0x2e;
    if (candidate.kind === Kind.Abbreviation) {
      const abbreviation = lexicon.abbreviations[candidate.indices[0]!]!;
      const road = abbreviation.road ? ROAD_NUMBER.exec(text.slice(candidate.end, candidate.end + 8)) : null;
      if (followedByDigit && !road) continue;
      if (abbreviation.unitPrefix && (!unitFollows(lexicon, text, candidate.end, published) || isBylineInitial(text, start))) continue;
      const sense = abbreviation.senses.length > 1 ? patternSense(abbreviation, text, candidate.end) : 0;
      if (!road && !abbreviation.unitPrefix && isJoiner(next)) {
        const compound = compoundAt(lexicon, text, start, { end: candidate.end, abbreviation }, (a, end) =>
          a.senses.length > 1 ? patternSense(a, text, end) : 0,
        );
        if (compound) return compound;
      }
      return {
        type: 'abbr',
        start,
        end: road ? candidate.end + road[0].length : candidate.end,
        abbreviationId: abbreviation.id,
        sense,
        roadNumber: road?.[1] ?? null,
      };
    }
    if (followedByDigit) continue;
    if (candidate.kind === Kind.OwnPlace) {
      // The reader's place keeps the rules on people and things named after places, and needs no type word.
      const typeWord = typeWordBefore(text, start);
      if (!typeWord && (isInPersonName(text, start) || isInsideName(text, start))) continue;
      const own = lexicon.ownPlaces[candidate.indices[0]!]!;
      return { type: 'own-place', start, end: candidate.end, id: own.id, typeWord: typeWord?.word ?? null };
    }
    const resolved = resolvePlace(lexicon, text, start, candidate.end, candidate.indices, published, list);
    if (resolved) return { type: 'place', start, end: candidate.end, ...resolved };
  }
  return null;
}

/** Whether a unit's name or number follows a unit prefix ending at `end` ("P.Bến Thành", "Q. Bình Thạnh"). */
function unitFollows(lexicon: Lexicon, text: string, end: number, published: string | null): boolean {
  const at = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  const code = text.charCodeAt(at);
  if (code >= 48 && code <= 57) return false; // "Q.3" is one numbered unit, found before
  for (const c of candidatesAt(lexicon, text, at)) {
    if (c.kind === Kind.OwnPlace) return true;
    if (c.kind === Kind.Place && resolvePlace(lexicon, text, at, c.end, c.indices, published, null)) return true;
  }
  return false;
}

/** What may follow the last word of a unit's name in a list: a separator, a bracket, the end of the clause. */
const LIST_END = /^(?:\s*[,;.:)(]|\s+(?:và|cùng|hoặc|hay|với|đến|tới)\s|\s*$|\s+(?:thuộc|của|đều|đã|bị|có)\s)/u;

/** Words that start no unit's name ("Ủy" in "Tỉnh Ủy", "Đảng", "Hội"): a run beginning with one is not a unit. */
const NOT_UNIT_START = new Set([
  'Ủy', 'Uỷ', 'Đảng', 'Đoàn', 'Hội', 'Công', 'Sở', 'Ban', 'Trường', 'Bệnh', 'Chợ', 'Cầu', 'Đường', 'Phố',
  // A type word written with a capital starts a name of its own ("Quận Cam", Orange County).
  'Quận', 'Huyện', 'Phường', 'Xã', 'Tỉnh',
]);

/** Places abroad that news writes in Vietnamese syllables, often right after a list of border units. */
const FOREIGN_NAMES = new Set(
  (
    'Trung Quốc|Lào|Campuchia|Thái Lan|Myanmar|Mỹ|Hoa Kỳ|Nhật Bản|Nhật|Hàn Quốc|Triều Tiên|Nga|Pháp|Anh|Đức|Úc|Ấn Độ|' +
    'Đài Loan|Hồng Kông|Ma Cao|Vân Nam|Quảng Tây|Quảng Đông|Hải Nam|Bắc Kinh|Thượng Hải|Quảng Châu|Thâm Quyến|Côn Minh|' +
    'Nam Ninh|Hà Khẩu|Bằng Tường|Đông Hưng|Viêng Chăn|Luông Pha Bang|Xiêng Khoảng|Hủa Phăn|Phông Sa Lỳ|Chăm Pa Sắc'
  )
    .split('|')
    .map(canonicalTone),
);

/** One Vietnamese syllable, marks aside: "Tokyo", "Manhattan", "Washington" are not (nor are they units here). */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/u;
const isSyllable = (w: string) => SYLLABLE.test(w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

/** A run of one to four capitalised syllables that can be a unit's name (not a place abroad, not "Ông Nguyễn…"). */
function isUnlistedName(run: string): boolean {
  const words = run.split(' ');
  if (words.length > 4 || NOT_UNIT_START.has(words[0]!) || FOREIGN_NAMES.has(canonicalTone(run))) return false;
  if (words.length > 1 && HONORIFICS.has(words[0]!.toLowerCase()) && NAME_WORDS.has(words[1]!)) return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(w) && isSyllable(w));
}

/** Words that join two places without making them one list ("huyện Mường Tè giáp Vân Nam"). */
const NOT_LIST_GAP = /\s(?:giáp|sang|đi|qua)\s+$/u;
/** A name followed by a country in brackets ("Quận Cam (Mỹ)") is abroad. */
const ABROAD_AFTER = /^\s*\(([^()]{2,20})\)/u;

const CAPITALISED_RUN = /^[\p{Lu}][\p{L}\p{M}]*(?:\s[\p{Lu}][\p{L}\p{M}]*)*/u;

/** The list a mention starts or continues: a place after a type word, or a name read as part of a list. */
function listAfter(mention: Found, current: ListState | null): ListState | null {
  if (mention.type !== 'place') return null;
  const cue = mention.typeWord;
  if (cue && !(cue.cls === 'city' && mention.candidates.every((p) => p.level === 'province'))) {
    return { type: cue, end: mention.end, previous: mention.candidates };
  }
  return mention.chained && current ? { type: current.type, end: mention.end, previous: mention.candidates } : null;
}

/** Scans one normalised block; mentions do not overlap, leftmost-longest first. */
function scanBlock(lexicon: Lexicon, text: string, learned: readonly LearnedAbbreviation[], published: string | null): Found[] {
  const excluded = excludedSpans(text);
  // Asked in reading order: spans that end before `s` are passed for good (linear, however many addresses).
  let passed = 0;
  const isExcluded = (s: number, e: number) => {
    while (passed < excluded.length && excluded[passed]![1] <= s) passed++;
    for (let k = passed; k < excluded.length && excluded[k]![0] < e; k++) if (s < excluded[k]![1]) return true;
    return false;
  };
  const found: Found[] = [];
  let list = null as ListState | null;
  /** The list that brackets interrupted, while a list inside them is read. */
  let outer = null as ListState | null;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isWordCode(code) || (i > 0 && isWordCode(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    // A list goes on only across its separators ("Tả Van, Bản Hồ và Trung Chải").
    const gap = list === null ? '' : text.slice(list.end, i);
    // "các phường Bình Hòa, Thuận Giao (thành phố Thuận An cũ) và Tân Khánh": the brackets do not end the list.
    const inBrackets = list !== null && OPEN_BRACKET_GAP.test(gap);
    let inList: ListState | null = list !== null && !inBrackets && LIST_GAP.test(gap) ? list : null;
    if (!inList && outer && i - outer.end < 160 && LIST_GAP.test(text.slice(outer.end, i))) {
      // Back from a list inside the brackets to the one they follow.
      inList = outer;
      list = outer;
      outer = null;
    }
    const mention = mentionAt(lexicon, text, i, learned, published, inList);
    if (mention && !isExcluded(mention.start, mention.end)) {
      found.push(mention);
      if (!inBrackets) list = listAfter(mention, inList);
      else {
        // A list of its own inside the brackets ("(gồm xã Phú An và các phường Tân An, Hiệp An)").
        const inner = listAfter(mention, null);
        if (inner) {
          outer ??= list;
          list = inner;
        }
      }
      i = mention.end;
      continue;
    }
    if (inList && isCapitalised(text[i]!)) {
      // A name the data does not know keeps the list going: every name of it is the same kind of unit, one the data
      // does not have (renamed, split or merged before 2025), in the province of the others.
      const run = CAPITALISED_RUN.exec(text.slice(i, i + 60));
      if (run) {
        const end = i + run[0].length;
        const provinces = new Set(inList.previous.map((p) => provinceOf(lexicon, p)?.id ?? null));
        const [province] = provinces;
        const abroad = ABROAD_AFTER.exec(text.slice(end, end + 24));
        const unit =
          isUnlistedName(run[0]) &&
          LIST_END.test(text.slice(end, end + 8)) &&
          !NOT_LIST_GAP.test(text.slice(Math.max(inList.end, i - 8), i)) &&
          !(abroad && FOREIGN_NAMES.has(canonicalTone(abroad[1]!))) &&
          !isExcluded(i, end);
        if (unit && (inList.type.cls === 'ward' || inList.type.cls === 'district')) {
          found.push({
            type: 'place',
            start: i,
            end,
            candidates: [],
            others: [],
            typeWord: inList.type,
            chained: true,
            unlisted: { name: run[0], parentId: provinces.size === 1 ? (province ?? null) : null },
          });
        }
        list = { ...inList, end };
        i = end;
        continue;
      }
    }
    if (list && !inList && !inBrackets && !/^\s*$/.test(gap) && !LIST_GAP_PREFIX.test(gap)) list = null;
    i++;
  }
  return found;
}

/** Inside brackets that follow a name of a list ("Thuận Giao (thành phố Thuận An cũ)"). */
const OPEN_BRACKET_GAP = /^\s*\([^()]{0,80}$/u;

/** The start of a list separator, while the scan is still on its words ("và", "cùng"). */
const LIST_GAP_PREFIX = /^(?:\s*\([^()]{0,80}\))?(?:\s*[,;]\s*(?:(?:và|cùng|hoặc|hay)\s*)?|\s+(?:và|cùng|hoặc|hay|với|đến|tới|sang|đi|qua|giáp)?\s*|\s*[-–]\s*)$/u;

/**
 * Finds the mentions of every block of an article, in reading order. `context` is what earlier calls learnt of the
 * same article (the blocks on screen, read first; paragraphs added later read after); these blocks add to it.
 * @return the mentions of each block, offsets in the block's original text, and the article's context
 */
export function findArticleMentions(
  lexicon: Lexicon,
  blocks: readonly string[],
  published: string | null,
  context: ArticleContext | null = null,
): { mentions: Mention[][]; context: ArticleContext } {
  const normalized = blocks.map(normalizeWithMap);
  // What the article said before (an earlier call) plus what these blocks say.
  const learnedByForm = new Map<string, LearnedAbbreviation>((context?.learned ?? []).map((l) => [l.form, l]));
  for (const n of normalized) for (const d of findDefinitions(n.text)) if (!learnedByForm.has(d.form)) learnedByForm.set(d.form, d);
  const learned = [...learnedByForm.values()];
  // An abbreviation in the reader's own dictionary is theirs even where the article defines it.
  const scanned = lexicon.ownForms.size > 0 ? learned.filter((l) => !lexicon.ownForms.has(canonicalTone(l.form))) : learned;
  const scans = normalized.map((n) => scanBlock(lexicon, n.text, scanned, published));

  // Provinces named unambiguously anywhere in the article decide between namesakes elsewhere in it.
  const provinceCounts: Record<string, number> = { ...(context?.provinceCounts ?? {}) };
  for (const scan of scans) {
    for (const f of scan) {
      if (f.type !== 'place' || f.candidates.length !== 1) continue;
      const province = provinceOf(lexicon, f.candidates[0]!);
      if (province) provinceCounts[province.id] = (provinceCounts[province.id] ?? 0) + 1;
    }
  }
  // Senses of abbreviations with several meanings, from the article's words (once per abbreviation).
  const senses: Record<string, number> = { ...(context?.senses ?? {}) };
  let lowerText: string | null = null;
  const senseOf = (id: string) => {
    let sense = senses[id];
    if (sense === undefined) {
      lowerText ??= blocks.join('\n').normalize('NFC').toLowerCase();
      const abbreviation = lexicon.abbreviationById.get(id);
      sense = abbreviation ? articleSense(abbreviation, lowerText) : 0;
      senses[id] = sense;
    }
    return sense;
  };

  const mentions = scans.map((scan, b) => {
    const mapped = normalized[b]!;
    const original = blocks[b]!;
    // The units named without doubt in this paragraph, and those above them, decide between namesakes in it.
    const near = new Set<string>();
    for (const f of scan) {
      if (f.type !== 'place' || f.candidates.length !== 1) continue;
      const place = f.candidates[0]!;
      near.add(place.id);
      for (const u of relatedUnits(lexicon, place)) near.add(u.id);
    }
    return scan.map((f): Mention => {
      const start = originalOffset(mapped, f.start);
      const end = originalOffset(mapped, f.end);
      const text = original.slice(start, end);
      if (f.type === 'own-place') {
        return { type: 'place', start, end, text, placeId: f.id, candidates: [f.id], typeWord: f.typeWord };
      }
      if (f.type === 'abbr') {
        return {
          type: 'abbr',
          start,
          end,
          text,
          abbreviationId: f.abbreviationId,
          sense: f.sense ?? senseOf(f.abbreviationId),
          roadNumber: f.roadNumber,
          ...(f.parts ? { parts: f.parts } : {}),
        };
      }
      const places =
        f.candidates.length + f.others.length > 1
          ? preferWrittenType(
              chooseByArticle(lexicon, chooseByNeighbours(lexicon, f.candidates, f.others, near), provinceCounts),
              f.typeWord?.word ?? null,
            )
          : f.candidates;
      return {
        type: 'place',
        start,
        end,
        text,
        placeId: places.length === 1 ? places[0]!.id : null,
        candidates: places.map((p) => p.id),
        typeWord: f.typeWord?.word ?? null,
        ...(f.unlisted ? { unlisted: f.unlisted } : {}),
      };
    });
  });
  return { mentions, context: { published, learned, provinceCounts, senses } };
}
