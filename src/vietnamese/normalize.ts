/**
 * Vietnamese text as the matcher sees it: NFC, with the tone mark of "oa", "oe", "uy" syllables in one place
 * (old style "hòa", "thủy" and new style "hoà", "thuỷ" are one word), and a map back to the page's own characters.
 */

/** The five combining tone marks (NFD): grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

interface Split {
  base: string;
  tone: string;
}

const splitCache = new Map<string, Split>();

/** A precomposed letter as its letter without tone and its tone mark ('' when none). */
function splitTone(ch: string): Split {
  let cached = splitCache.get(ch);
  if (!cached) {
    const decomposed = ch.normalize('NFD');
    let base = '';
    let tone = '';
    for (const c of decomposed) {
      if (TONE_MARKS.has(c)) tone = c;
      else base += c;
    }
    cached = { base: base.normalize('NFC'), tone };
    splitCache.set(ch, cached);
  }
  return cached;
}

const withTone = (base: string, tone: string) => (tone ? `${base}${tone}`.normalize('NFC') : base);

/** Nuclei whose tone the two spelling styles place differently, in open syllables: old on the first, new on the second. */
const MOVABLE = new Set(['oa', 'oe', 'uy']);

/**
 * Puts the tone of one NFC syllable where the new style puts it ("hòa" -> "hoà", "Thủy" -> "Thuỷ", "khỏe" -> "khoẻ").
 * Same length as the input, case kept. Syllables the styles agree on are returned as they are.
 */
export function canonicalSyllable(syllable: string): string {
  const chars = Array.from(syllable);
  if (chars.length < 2) return syllable;
  const split = chars.map(splitTone);
  const bases = split.map((s) => s.base.toLowerCase());
  // Find "oa", "oe" or "uy" at the end of the syllable (open syllable), not as part of "qu" ("quý" keeps its tone).
  const n = bases.length;
  const nucleus = `${bases[n - 2]}${bases[n - 1]}`;
  if (!MOVABLE.has(nucleus)) return syllable;
  if (nucleus === 'uy' && bases[n - 3] === 'q') return syllable;
  const first = split[n - 2]!;
  const second = split[n - 1]!;
  if (!first.tone || second.tone) return syllable;
  chars[n - 2] = first.base;
  chars[n - 1] = withTone(second.base, first.tone);
  return chars.join('');
}

const LETTER_RUN = /[\p{L}\p{M}]+/gu;

/** NFC, every syllable's tone in the new-style place. Length in UTF-16 units equals that of `text.normalize('NFC')`. */
export function canonicalTone(text: string): string {
  return text.normalize('NFC').replace(LETTER_RUN, canonicalSyllable);
}

/** Normalised text with, for each of its UTF-16 units, the offset of the page character it came from. */
export interface MappedText {
  text: string;
  /** `map[i]` is the offset in the original of unit `i`; `map[text.length]` is the original's length. */
  map: Uint32Array;
}

const COMBINING = /\p{M}/u;

/**
 * NFC and canonical tone placement, keeping a map to the original offsets so that a match on the normalised text
 * marks exactly the page's own characters (which may be NFD, or old-style).
 */
export function normalizeWithMap(original: string): MappedText {
  let out = '';
  const map: number[] = [];
  let i = 0;
  while (i < original.length) {
    // A cluster: one character and the combining marks after it. NFC works within such clusters for Vietnamese.
    let j = i + (original.codePointAt(i)! > 0xffff ? 2 : 1);
    while (j < original.length && COMBINING.test(original[j]!)) j++;
    const cluster = original.slice(i, j);
    const composed = cluster.length === 1 ? cluster : cluster.normalize('NFC');
    for (let k = 0; k < composed.length; k++) map.push(i);
    out += composed;
    i = j;
  }
  map.push(original.length);
  return { text: out.replace(LETTER_RUN, canonicalSyllable), map: Uint32Array.from(map) };
}

/** Letters without any diacritic, lower case, đ as d: "Hải Phòng" -> "hai phong" (for search and slugs). */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** "Thành phố Hồ Chí Minh" -> "thanh-pho-ho-chi-minh". */
export function slugify(text: string): string {
  return stripDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Unicode-aware word boundary test: is the character at `index` (or the one before it) not a letter or digit? */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
}
