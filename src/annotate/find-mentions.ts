/**
 * Text -> Mention[]: one pass per block over normalised text, with the rules that decide whether a name is a place
 * here (type words, person names, things named after places), which place it is (the article's date, a parent named
 * next to it or elsewhere in the article), and which sense an abbreviation has.
 */
import { canonicalTone, isWordChar, isWordCode, normalizeWithMap, originalOffset } from '../vietnamese/normalize';
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
  [/(?:^|[^\p{L}])(thành phố|tp\.?)\s*$/iu, 'city', 'thành phố'],
  [/(?:^|[^\p{L}])(thị xã|tx\.?)\s*$/iu, 'district', 'thị xã'],
  [/(?:^|[^\p{L}])(thị trấn)\s*$/iu, 'ward', 'thị trấn'],
  [/(?:^|[^\p{L}])(đặc khu)\s*$/iu, 'ward', 'đặc khu'],
  [/(?:^|[^\p{L}])(tỉnh)\s*$/iu, 'province', 'tỉnh'],
  [/(?:^|[^\p{L}])(quận)\s*$/iu, 'district', 'quận'],
  [/(?:^|[^\p{L}])(huyện)\s*$/iu, 'district', 'huyện'],
  [/(?:^|[^\p{L}])(phường)\s*$/iu, 'ward', 'phường'],
  [/(?:^|[^\p{L}])(xã)\s*$/iu, 'ward', 'xã'],
];

/** The same type words in one expression, for the quick test that nearly always fails. */
const ANY_TYPE_WORD = /(?:thành phố|tp\.?|thị xã|tx\.?|thị trấn|đặc khu|tỉnh|quận|huyện|phường|xã)\s*$/iu;

function typeWordBefore(text: string, start: number): { cls: TypeClass; word: string } | null {
  const before = text.slice(Math.max(0, start - 16), start);
  if (!ANY_TYPE_WORD.test(before)) return null;
  for (const [re, cls, word] of TYPE_WORDS) if (re.test(before)) return { cls, word };
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

/** Things named after places that are not the place: "cầu Quang Thanh", "đường Hải Phòng", "phà Triều". */
const THING_WORDS = new Set(
  'cầu phà đò bến đường phố sông núi đèo hồ chợ cảng ga sân bay nhà máy khách sạn trường bệnh viện'
    .split(' ')
    .map(canonicalTone),
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

function isAfterThingWord(text: string, start: number): boolean {
  const [w1, w2] = wordsBefore(text, start, 2).map((w) => w.toLowerCase());
  return (w1 !== undefined && THING_WORDS.has(w1)) || (w2 !== undefined && THING_WORDS.has(`${w2} ${w1}`));
}

const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, region: 1, district: 2, ward: 3 };

function fitsType(place: Place, cls: TypeClass | null): boolean {
  switch (cls) {
    case null:
      return place.level !== 'ward';
    case 'province':
      return place.level === 'province';
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

const isBeforeReform = (published: string | null) => published !== null && published < REFORM_DATE;

/** Current units for articles since the reform (or undated), former ones before it; units of both eras always fit. */
function fitsEra(place: Place, published: string | null): boolean {
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

function ancestorNames(lexicon: Lexicon, place: Place): string[] {
  const names: string[] = [];
  let p = place.parent ? lexicon.placeById.get(place.parent) : undefined;
  for (let depth = 0; p && depth < 4; depth++) {
    names.push(canonicalTone(p.name), ...p.aliases.map(canonicalTone));
    p = p.parent ? lexicon.placeById.get(p.parent) : undefined;
  }
  return names;
}

/** "huyện Thanh Hà (Hải Dương)", "huyện Châu Thành, tỉnh Hậu Giang": the parent named right after a name. */
const PARENT_AFTER = /^\s*(?:\(|,|-|–)\s*(?:(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\s+)?([\p{Lu}][\p{L}\p{M}]*(?:[ -]+[\p{Lu}][\p{L}\p{M}]*){0,3})/u;

function chooseByParent(lexicon: Lexicon, candidates: Place[], text: string, end: number): Place[] {
  const m = PARENT_AFTER.exec(text.slice(end, end + 60));
  if (!m?.[1]) return candidates;
  const named = canonicalTone(m[1]);
  const fits = candidates.filter((c) => ancestorNames(lexicon, c).some((a) => named === a || named.startsWith(`${a} `)));
  return fits.length > 0 ? fits : candidates;
}

function chooseByArticle(lexicon: Lexicon, candidates: Place[], counts: Record<string, number>): Place[] {
  let best: Place[] = [];
  let bestCount = 0;
  for (const c of candidates) {
    const province = provinceOf(lexicon, c);
    const n = province ? (counts[province.id] ?? 0) : 0;
    if (n > bestCount) {
      best = [c];
      bestCount = n;
    } else if (n === bestCount && n > 0) best.push(c);
  }
  return best.length > 0 ? best : candidates;
}

/** Decides whether the name at [start, end) is a place here, and which. */
function resolvePlace(
  lexicon: Lexicon,
  text: string,
  start: number,
  end: number,
  indices: readonly number[],
  published: string | null,
): { candidates: Place[]; typeWord: string | null } | null {
  const typeWord = typeWordBefore(text, start);
  if (!typeWord && (isInPersonName(text, start) || isAfterThingWord(text, start))) return null;
  let candidates = indices.map((i) => lexicon.places[i]!).filter((p) => fitsType(p, typeWord?.cls ?? null));
  if (candidates.length === 0) return null;
  // The type the article wrote wins over a later renaming ("thị xã Đông Triều", now a thành phố) only as preference.
  const sameType = candidates.filter((p) => p.type === typeWord?.word);
  if (sameType.length > 0) candidates = sameType;
  const inEra = candidates.filter((p) => fitsEra(p, published));
  if (inEra.length > 0) candidates = inEra;
  // Without a type word, the larger unit is meant: "Hải Dương" is the province, not the city.
  const top = Math.min(...candidates.map((p) => LEVEL_RANK[p.level]));
  candidates = candidates.filter((p) => LEVEL_RANK[p.level] === top);
  if (candidates.length > 1) candidates = chooseByParent(lexicon, candidates, text, end);
  return { candidates, typeWord: typeWord?.word ?? null };
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
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>()]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/giu;

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

/** Every term of the trie starting at `start`, longest first, grouped by kind. */
function candidatesAt(lexicon: Lexicon, text: string, start: number): Candidate[] {
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
  | { type: 'place'; start: number; end: number; candidates: Place[]; typeWord: string | null }
  | { type: 'own-place'; start: number; end: number; id: string; typeWord: string | null }
  | { type: 'abbr'; start: number; end: number; abbreviationId: string; sense: number | null; roadNumber: string | null };

function mentionAt(lexicon: Lexicon, text: string, start: number, learned: readonly LearnedAbbreviation[], published: string | null): Found | null {
  const defined = learnedAt(text, start, learned);
  if (defined) {
    return { type: 'abbr', start, end: start + defined.form.length, abbreviationId: `learned:${defined.form}`, sense: 0, roadNumber: null };
  }
  for (const candidate of candidatesAt(lexicon, text, start)) {
    const next = text.charCodeAt(candidate.end);
    const followedByDigit = next >= 48 && next <= 57 && text.charCodeAt(candidate.end - 1) !== 0x2e;
    if (candidate.kind === Kind.Abbreviation) {
      const abbreviation = lexicon.abbreviations[candidate.indices[0]!]!;
      const road = abbreviation.road ? ROAD_NUMBER.exec(text.slice(candidate.end, candidate.end + 8)) : null;
      if (followedByDigit && !road) continue;
      return {
        type: 'abbr',
        start,
        end: road ? candidate.end + road[0].length : candidate.end,
        abbreviationId: abbreviation.id,
        sense: abbreviation.senses.length > 1 ? patternSense(abbreviation, text, candidate.end) : 0,
        roadNumber: road?.[1] ?? null,
      };
    }
    if (followedByDigit) continue;
    if (candidate.kind === Kind.OwnPlace) {
      // The reader's place keeps the rules on people and things named after places, and needs no type word.
      const typeWord = typeWordBefore(text, start);
      if (!typeWord && (isInPersonName(text, start) || isAfterThingWord(text, start))) continue;
      const own = lexicon.ownPlaces[candidate.indices[0]!]!;
      return { type: 'own-place', start, end: candidate.end, id: own.id, typeWord: typeWord?.word ?? null };
    }
    const resolved = resolvePlace(lexicon, text, start, candidate.end, candidate.indices, published);
    if (resolved) return { type: 'place', start, end: candidate.end, ...resolved };
  }
  return null;
}

/** Scans one normalised block; mentions do not overlap, leftmost-longest first. */
function scanBlock(lexicon: Lexicon, text: string, learned: readonly LearnedAbbreviation[], published: string | null): Found[] {
  const excluded = excludedSpans(text);
  const isExcluded = (s: number, e: number) => excluded.some(([a, b]) => s < b && e > a);
  const found: Found[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isWordCode(code) || (i > 0 && isWordCode(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const mention = mentionAt(lexicon, text, i, learned, published);
    if (mention && !isExcluded(mention.start, mention.end)) {
      found.push(mention);
      i = mention.end;
    } else i++;
  }
  return found;
}

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
        };
      }
      const places = f.candidates.length > 1 ? chooseByArticle(lexicon, f.candidates, provinceCounts) : f.candidates;
      return {
        type: 'place',
        start,
        end,
        text,
        placeId: places.length === 1 ? places[0]!.id : null,
        candidates: places.map((p) => p.id),
        typeWord: f.typeWord,
      };
    });
  });
  return { mentions, context: { published, learned, provinceCounts, senses } };
}
