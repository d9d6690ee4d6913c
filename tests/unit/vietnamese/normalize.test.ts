import { describe, expect, it } from 'vitest';
import {
  canonicalSyllable,
  canonicalTone,
  normalizeWithMap,
  slugify,
  stripDiacritics,
} from '../../../src/vietnamese/normalize';

describe('canonicalSyllable', () => {
  it('folds old and new tone placement of oa, oe, uy into one', () => {
    expect(canonicalSyllable('hòa')).toBe('hoà');
    expect(canonicalSyllable('hoà')).toBe('hoà');
    expect(canonicalSyllable('Thủy')).toBe('Thuỷ');
    expect(canonicalSyllable('khỏe')).toBe('khoẻ');
    expect(canonicalSyllable('HÒA')).toBe('HOÀ');
  });

  it('leaves syllables both styles spell alike', () => {
    for (const s of ['hoàng', 'quý', 'thuyết', 'mía', 'của', 'Hải', 'Dương', 'Thanh', 'xoáy', 'hoài']) {
      expect(canonicalSyllable(s)).toBe(s);
    }
  });
});

describe('canonicalTone', () => {
  it('makes "Thủy Nguyên" and "Thuỷ Nguyên", "Hòa Bình" and "Hoà Bình" equal', () => {
    expect(canonicalTone('Thủy Nguyên')).toBe(canonicalTone('Thuỷ Nguyên'));
    expect(canonicalTone('Hòa Bình')).toBe(canonicalTone('Hoà Bình'));
    expect(canonicalTone('Khánh Hòa')).toBe('Khánh Hoà');
  });

  it('composes NFD text', () => {
    expect(canonicalTone('Quảng Ninh'.normalize('NFD'))).toBe('Quảng Ninh');
  });

  it('keeps case, so the province and the word for peace stay apart', () => {
    expect(canonicalTone('hòa bình')).not.toBe(canonicalTone('Hòa Bình'));
  });
});

describe('normalizeWithMap', () => {
  it('maps every normalised unit back to the page character it came from (NFD input)', () => {
    const page = 'ở Thủy Nguyên'.normalize('NFD');
    const { text, map } = normalizeWithMap(page);
    expect(text).toBe('ở Thuỷ Nguyên');
    const start = text.indexOf('Thuỷ Nguyên');
    const end = start + 'Thuỷ Nguyên'.length;
    expect(page.slice(map![start], map![end])).toBe('Thủy Nguyên'.normalize('NFD'));
  });

  it('keeps offsets unchanged (no map) on NFC text, where moving a tone keeps the length', () => {
    const page = 'Hải Phòng, Hòa Bình, KT-XH';
    const { text, map } = normalizeWithMap(page);
    expect(text).toBe('Hải Phòng, Hoà Bình, KT-XH');
    expect(map).toBeNull();
  });
});

describe('stripDiacritics and slugify', () => {
  it('turns names into plain ASCII', () => {
    expect(stripDiacritics('Hải Phòng')).toBe('hai phong');
    expect(slugify('Thành phố Hồ Chí Minh')).toBe('thanh-pho-ho-chi-minh');
    expect(slugify('Đắk Lắk')).toBe('dak-lak');
  });
});
