import { describe, expect, it } from 'vitest';
import { cleanArticleUrl } from '../../../src/extract/canonical-url';

describe('cleanArticleUrl', () => {
  it('drops utm_*, fbclid, gclid and the fragment but keeps other parameters in order', () => {
    expect(
      cleanArticleUrl('https://baovecongly.vn/bai-viet-123.html?id=5&utm_source=fb&utm_medium=x&fbclid=abc&page=2&gclid=z#top'),
    ).toBe('https://baovecongly.vn/bai-viet-123.html?id=5&page=2');
  });

  it('removes the question mark when only tracking parameters were present', () => {
    expect(cleanArticleUrl('https://tuoitre.vn/a.htm?utm_source=zalo&utm_campaign=share')).toBe('https://tuoitre.vn/a.htm');
  });

  it('resolves a relative canonical link against the page address', () => {
    expect(cleanArticleUrl('/thoi-su/bai-1.html', 'https://www.vnexpress.net/x?y=1')).toBe(
      'https://www.vnexpress.net/thoi-su/bai-1.html',
    );
  });

  it('refuses what is not an http(s) address', () => {
    expect(cleanArticleUrl('javascript:alert(1)')).toBeNull();
    expect(cleanArticleUrl('')).toBeNull();
    expect(cleanArticleUrl(null)).toBeNull();
    expect(cleanArticleUrl('http://[bad')).toBeNull();
  });

  it('lower-cases the host but not the path', () => {
    expect(cleanArticleUrl('https://BaoVeCongLy.VN/Bai-Viet.html')).toBe('https://baovecongly.vn/Bai-Viet.html');
  });
});
