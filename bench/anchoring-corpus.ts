// Vietnamese news paragraphs for bench/anchoring.ts: the <p> texts of the sample pages, and varied copies of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGES = 'tests/fixtures/pages';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&([a-z]+);/g, (m, name: string) => ENTITIES[name] ?? m);
}

/** Distinct paragraphs of at least 60 characters from every sample page. */
export function fixtureParagraphs(): string[] {
  const found = new Set<string>();
  for (const page of readdirSync(PAGES)) {
    const html = readFileSync(join(PAGES, page, 'source.html'), 'utf8');
    for (const m of html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)) {
      const text = decode(m[1]!).replace(/\s+/g, ' ').trim();
      if (text.length >= 60) found.add(text);
    }
  }
  return [...found];
}

export { random } from './random.mjs';

const PLACES = [
  'Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Nghệ An', 'Thanh Hóa', 'Quảng Ninh', 'Bình Dương', 'Đồng Nai',
  'Khánh Hòa', 'Lâm Đồng', 'Bắc Ninh', 'Thái Bình', 'Hậu Giang', 'Sóc Trăng', 'Kiên Giang', 'Long An', 'Phú Yên',
];
const PLACE_PATTERN = new RegExp(PLACES.join('|'), 'g');

/**
 * A copy of a paragraph as another article might have it: sentences reordered, other numbers and places, and about one
 * word in eight swapped for another of `vocabulary`, so that long passages rarely repeat word for word.
 */
export function vary(paragraph: string, next: () => number, vocabulary: readonly string[] = []): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentences = paragraph.split(/(?<=[.!?])\s+/);
  for (let i = sentences.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
  }
  return sentences
    .join(' ')
    .replace(/\d+/g, (d) => String(Math.floor(next() * 10 ** d.length)))
    .replace(PLACE_PATTERN, () => pick(PLACES))
    .replace(/[^\s,.;:!?"()]+/g, (w) => (vocabulary.length > 0 && next() < 0.125 ? pick(vocabulary) : w));
}
