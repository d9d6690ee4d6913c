/** Places, abbreviations and the mentions of them found in an article's text. */

export type PlaceLevel = 'province' | 'district' | 'ward' | 'region';

/** The unit's type word as Vietnamese writes it (lower case). */
export type PlaceType =
  | 'tỉnh'
  | 'thành phố trực thuộc trung ương'
  | 'thành phố' // thành phố thuộc tỉnh (district level, before 1/7/2025)
  | 'quận'
  | 'huyện'
  | 'thị xã'
  | 'phường'
  | 'xã'
  | 'thị trấn'
  | 'đặc khu'
  | 'vùng';

/**
 * An administrative unit or region. `era`: `former` existed only before 1 July 2025, `current` only since then,
 * `both` unchanged through the reform.
 */
export interface Place {
  /** Stable key (see README, "gazetteer ids"), e.g. `p0:hai-duong`, `d0:hai-duong/kinh-mon`, `w1:hai-phong/kinh-mon`. */
  id: string;
  /** NFC name without its type word: "Kinh Môn". */
  name: string;
  type: PlaceType;
  level: PlaceLevel;
  era: 'former' | 'current' | 'both';
  /** Id of the unit it belonged to (a district's province, a ward's district or, for current wards, province). */
  parent: string | null;
  /** Where its area went on 1 July 2025: a former province's new province, a former district's new wards. */
  successors: string[];
  /** For current units, the former units merged into it. */
  predecessors: string[];
  /** Other names for it: "Sài Gòn", "TP.HCM", "Thừa Thiên Huế". */
  aliases: string[];
  /** For regions: the provinces it covers (current ids), if useful to show. */
  note?: string;
  /**
   * First day (YYYY-MM-DD) it may have existed under this identity, when it began after 1 January 2008 (see
   * src/annotate/data/history.ts); absent when it existed before.
   */
  from?: string;
  /** First day it certainly no longer existed, when that was before 1 July 2025 (a unit the 2025 data lacks). */
  until?: string;
}

/** One sense of an abbreviation. */
export interface AbbreviationSense {
  /** Vietnamese expansion, as a news reader would write it out: "kinh tế - xã hội". */
  vi: string;
  /** English gloss: "socio-economic". */
  en: string;
  /** Domain tags: government, party, court, police, economy, transport, education, health, military, international, … */
  domains: string[];
  /**
   * Cues that choose this sense when several exist: words (NFC, lower case) seen near the abbreviation in the
   * article, or `pattern:` rules understood by the matcher (`pattern:number-after` = followed by a road number,
   * `pattern:colon-digits` = followed by ":" and a phone number).
   */
  cues: string[];
}

export interface Abbreviation {
  /** Stable key: the canonical form, e.g. `KT-XH`, `UBND`, `TP.`, `QL`. */
  id: string;
  /** Every written form that means it, exact letters: ["KT-XH", "KTXH"], ["BCH TW", "BCHTW"], ["TP.HCM", "TPHCM"]. */
  forms: string[];
  senses: AbbreviationSense[];
  /** Road designations (QL, ĐT, TL, ĐH, HL): the mark includes the number that follows ("QL.10", "QL 1A"). */
  road?: boolean;
  /**
   * An abbreviated type word ("P.", "Q.", "H."): marked only where a unit's name or number follows it, as the type
   * cue of that unit.
   */
  unitPrefix?: true;
  /** Set on an entry of the reader's own dictionary (its id is then `user:<entry id>`). */
  own?: true;
  /** The reader's note on their own entry. */
  note?: string;
}

/**
 * A name the reader added to their own dictionary as a place ("Phố Hiến", a local name): marked like a place and
 * chosen over the built-in places of the same name, described by the reader's own words.
 */
export interface OwnPlace {
  /** `user:<entry id>`. */
  id: string;
  /** NFC, capitalised: only capitalised names are matched as places. */
  name: string;
  /** The tooltip's main line. */
  description: string;
  /** English gloss; '' when none. */
  english: string;
  /** '' when none. */
  note: string;
}

export interface AbbreviationFile {
  version: 1;
  sources: string[];
  entries: Abbreviation[];
}

export interface GazetteerFile {
  version: 1;
  sources: string[];
  places: Place[];
}
