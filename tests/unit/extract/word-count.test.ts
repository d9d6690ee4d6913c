import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/extract/word-count';

describe('countWords', () => {
  it('counts Vietnamese syllables separated by spaces as words', () => {
    expect(countWords('Hải Phòng, Hải Dương và Quảng Ninh ký hợp tác')).toBe(10);
  });

  it('counts a hyphenated abbreviation and a road number as one word each', () => {
    expect(countWords('phát triển KT-XH, nối ĐT.390 với QL.10')).toBe(7);
  });

  it('ignores punctuation and dashes standing alone', () => {
    expect(countWords('“Chia sẻ - Liên kết - Cùng phát triển”…')).toBe(7);
    expect(countWords('   \n  ')).toBe(0);
  });

  it('counts decomposed (NFD) text the same as composed', () => {
    const text = 'Thủy Nguyên, Quảng Yên';
    expect(countWords(text.normalize('NFD'))).toBe(countWords(text));
  });
});
