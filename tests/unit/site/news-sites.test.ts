import { describe, expect, it } from 'vitest';
import { NEWS_SITES, newsSiteMatches, newsSiteOf } from '../../../src/site/news-sites';

describe('news sites', () => {
  it('covers the eighteen sites, each for http and https, bare and www', () => {
    const matches = newsSiteMatches();
    expect(matches).toHaveLength(18);
    expect(matches).toContain('*://*.baovecongly.vn/*');
    expect(matches).not.toContain('<all_urls>');
    expect(NEWS_SITES[0]).toBe('baovecongly.vn');
  });

  it('recognises a site behind www. and m. but not a look-alike domain', () => {
    expect(newsSiteOf('www.dantri.com.vn')).toBe('dantri.com.vn');
    expect(newsSiteOf('m.vnexpress.net')).toBe('vnexpress.net');
    expect(newsSiteOf('fakevnexpress.net')).toBeNull();
    expect(newsSiteOf('vnexpress.net.evil.com')).toBeNull();
  });
});
