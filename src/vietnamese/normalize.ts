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

/**
 * Old style puts the tone of an open "oa", "oe", "uy" on its first vowel ("hòa", "khỏe", "thủy"), new style on the
 * second ("hoà", "khoẻ", "thuỷ"). Only these pairs differ between the styles; this finds them old-style.
 */
const OLD_STYLE_PAIR = /([òóỏõọÒÓỎÕỌ])([aeAE])(?![\p{L}\p{M}])|([ùúủũụÙÚỦŨỤ])([yY])(?![\p{L}\p{M}])/gu;

function moveTone(_match: string, o?: string, ae?: string, u?: string, y?: string): string {
  const first = (o ?? u)!;
  const second = (ae ?? y)!;
  const { base, tone } = splitTone(first);
  return base + withTone(second, tone);
}

/** NFC, every syllable's tone in the new-style place. Length in UTF-16 units equals that of `text.normalize('NFC')`. */
export function canonicalTone(text: string): string {
  return text.normalize('NFC').replace(OLD_STYLE_PAIR, moveTone);
}

/**
 * Puts the tone of one syllable where the new style puts it ("hòa" -> "hoà", "Thủy" -> "Thuỷ", "khỏe" -> "khoẻ").
 * Same length as the input, case kept. Syllables the styles agree on are returned as they are.
 */
export function canonicalSyllable(syllable: string): string {
  return canonicalTone(syllable);
}

/** Normalised text with, for each of its UTF-16 units, the offset of the page character it came from. */
export interface MappedText {
  text: string;
  /**
   * `map[i]` is the offset in the original of unit `i`; `map[text.length]` is the original's length. `null` when the
   * original was already NFC: then offsets are the same (moving a tone keeps the length).
   */
  map: Uint32Array | null;
}

const COMBINING = /\p{M}/u;

/**
 * NFC and canonical tone placement, keeping a map to the original offsets so that a match on the normalised text
 * marks exactly the page's own characters (which may be NFD, or old-style).
 */
export function normalizeWithMap(original: string): MappedText {
  if (original.normalize('NFC') === original) return { text: original.replace(OLD_STYLE_PAIR, moveTone), map: null };
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
  return { text: out.replace(OLD_STYLE_PAIR, moveTone), map: Uint32Array.from(map) };
}

/** Offset in the original text of offset `i` of a normalised text. */
export const originalOffset = (mapped: MappedText, i: number) => (mapped.map ? mapped.map[i]! : i);

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

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** 0: not yet known, 1: a letter, mark or digit, 2: not. Filled as characters are met. */
const wordCodes = new Uint8Array(0x10000);

/** Unicode-aware word character test for one UTF-16 unit (JS `\b` only knows ASCII). */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = wordCodes[code]!;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    wordCodes[code] = known;
  }
  return known === 1;
}

/** Whether a character is a letter, combining mark or digit; `undefined` (past either end) is not. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && isWordCode(ch.charCodeAt(0));
}
