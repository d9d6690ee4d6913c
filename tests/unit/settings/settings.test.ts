import { describe, expect, it } from 'vitest';
import { annotateBlocks } from '../../../src/annotate/annotate-blocks';
import { viewOf } from '../../../src/annotate/describe';
import { markingKey, markingStateOf, marksTerm, withSiteMarking } from '../../../src/settings/apply';
import {
  defaultSettings,
  isNewerVersion,
  LEGACY_MARKING_KEY,
  loadSettings,
  normalizeHost,
  sanitizeSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
} from '../../../src/settings/model';
import { addedSites, runsByItself, siteIn } from '../../../src/settings/sites';
import { NEWS_SITES } from '../../../src/site/news-sites';
import { highlightPageCss, translucent } from '../../../src/ui/palette';
import { realLexicon } from '../../support/lexicon';

describe('stored settings and their versions', () => {
  it('starts from the defaults when nothing is stored, and writes nothing', () => {
    const { settings, write } = loadSettings({});
    expect(settings).toEqual(defaultSettings());
    expect(settings.sites.auto).toEqual([...NEWS_SITES]);
    expect(write).toBeNull();
  });

  it('migrates the switches of version 1 (0.1.0) and removes the old key', () => {
    const { settings, write } = loadSettings({
      [LEGACY_MARKING_KEY]: { enabled: false, disabledSites: ['vnexpress.net', 'tuoitre.vn', 42] },
    });
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.enabled).toBe(false);
    expect(settings.sites.off).toEqual(['vnexpress.net', 'tuoitre.vn']);
    expect(settings.sites.auto).toEqual([...NEWS_SITES]);
    expect(settings.marking).toEqual(defaultSettings().marking);
    expect(write).toEqual({ set: { [SETTINGS_KEY]: settings }, remove: [LEGACY_MARKING_KEY] });
  });

  it('migrates a malformed version 1 value to the defaults instead of failing', () => {
    expect(loadSettings({ [LEGACY_MARKING_KEY]: 'garbage' }).settings.enabled).toBe(true);
  });

  it('keeps current settings as they are and writes nothing', () => {
    const stored = { ...defaultSettings(), language: 'en' as const };
    const { settings, write } = loadSettings({ [SETTINGS_KEY]: stored });
    expect(settings.language).toBe('en');
    expect(write).toBeNull();
  });

  it('fills a partly written object field by field, keeping what is valid', () => {
    const { settings, write } = loadSettings({
      [SETTINGS_KEY]: {
        version: 2,
        language: 'fr',
        marking: { places: false, levels: { ward: false, district: 'no' }, map: 'current', tooltipDelayMs: 99_999 },
        highlights: { colors: { yellow: { name: '  Quan   trọng ', hex: '#FF0000' }, green: { hex: 'red' } } },
        sites: { auto: ['HTTPS://www.Example.com/path', 'not a host', 'example.com'], off: 'x' },
      },
    });
    expect(settings.language).toBe('auto');
    expect(settings.marking.places).toBe(false);
    expect(settings.marking.abbreviations).toBe(true);
    expect(settings.marking.levels).toEqual({ province: true, district: true, ward: false, region: true });
    expect(settings.marking.map).toBe('current');
    expect(settings.marking.tooltipDelayMs).toBe(2000);
    expect(settings.highlights.colors.yellow).toEqual({ name: 'Quan trọng', hex: '#ff0000' });
    expect(settings.highlights.colors.green.hex).toBe('#4ade80');
    expect(settings.sites.auto).toEqual(['example.com']);
    expect(settings.sites.off).toEqual([]);
    expect(write).not.toBeNull();
  });

  it('never writes over settings of a newer version than it knows', () => {
    const { settings, write } = loadSettings({ [SETTINGS_KEY]: { version: 9, language: 'en', futureField: 1 } });
    expect(settings.language).toBe('en');
    expect(write).toBeNull();
  });

  it('reads a version that was never written (0, 1.5, none) as the current layout instead of failing', () => {
    for (const version of [0, 1.5, -1, '2', undefined]) {
      const { settings } = loadSettings({ [SETTINGS_KEY]: { version, language: 'en' } });
      expect(settings.language, String(version)).toBe('en');
      expect(settings.version).toBe(SETTINGS_VERSION);
    }
  });

  it('tells settings of a newer version apart, so no update writes over them', () => {
    expect(isNewerVersion({ version: SETTINGS_VERSION + 1 })).toBe(true);
    expect(isNewerVersion({ version: SETTINGS_VERSION })).toBe(false);
    expect(isNewerVersion(undefined)).toBe(false);
  });

  it('sanitises anything that is not an object to the defaults', () => {
    for (const v of [null, 1, 'x', []]) expect(sanitizeSettings(v)).toEqual(defaultSettings());
  });
});

describe('sites', () => {
  it('reads what a reader types as a host name', () => {
    expect(normalizeHost('https://www.VnExpress.net/thoi-su?x=1#a')).toBe('vnexpress.net');
    expect(normalizeHost('m.tuoitre.vn')).toBe('m.tuoitre.vn');
    expect(normalizeHost('baomoi.com:443')).toBe('baomoi.com');
    expect(normalizeHost('xn--bo-ola.vn')).toBe('xn--bo-ola.vn');
    expect(normalizeHost('Báo.vn')).toBe(new URL('http://báo.vn').hostname);
    expect(normalizeHost('báo.vn')!.startsWith('xn--')).toBe(true);
    for (const bad of ['', 'không phải tên miền', 'abc', '1.2.3.4', '-a.com', 'a..com', '<script>.com']) {
      expect(normalizeHost(bad), bad).toBeNull();
    }
  });

  it('runs by itself on listed sites and their subdomains only', () => {
    const s = defaultSettings();
    expect(runsByItself(s, 'www.baovecongly.vn')).toBe(true);
    expect(runsByItself(s, 'm.vnexpress.net')).toBe(true);
    expect(runsByItself(s, 'notvnexpress.net')).toBe(false);
    const without = { ...s, sites: { ...s.sites, auto: s.sites.auto.filter((h) => h !== 'baovecongly.vn') } };
    expect(runsByItself(without, 'baovecongly.vn')).toBe(false);
    expect(siteIn(['baomoi.com'], 'WWW.BAOMOI.COM.')).toBe('baomoi.com');
  });

  it('lists only the sites the reader added as needing a permission', () => {
    const s = defaultSettings();
    expect(addedSites(s)).toEqual([]);
    expect(addedSites({ ...s, sites: { ...s.sites, auto: [...s.sites.auto, 'baomoi.com', 'm.vnexpress.net'] } })).toEqual([
      'baomoi.com',
    ]);
  });

  it('switches marking off and on for one site, and everywhere', () => {
    const s = defaultSettings();
    const off = withSiteMarking(s, 'vnexpress.net', false);
    expect(markingStateOf(off, 'vnexpress.net')).toBe('off-site');
    expect(markingStateOf(off, 'tuoitre.vn')).toBe('on');
    expect(markingStateOf(withSiteMarking(off, 'vnexpress.net', true), 'vnexpress.net')).toBe('on');
    expect(markingStateOf({ ...s, enabled: false }, 'tuoitre.vn')).toBe('off-global');
  });

  it('turns marking back on for a subdomain that was off through its parent site', () => {
    const off = withSiteMarking(defaultSettings(), 'vnexpress.net', false);
    expect(markingStateOf(off, 'e.vnexpress.net')).toBe('off-site');
    const on = withSiteMarking(off, 'e.vnexpress.net', true);
    expect(markingStateOf(on, 'e.vnexpress.net')).toBe('on');
    expect(on.sites.off).toEqual([]);
    expect(withSiteMarking(off, 'e.vnexpress.net', false).sites.off).toEqual(['vnexpress.net']);
  });
});

describe('which terms are marked', () => {
  it('follows the kinds and the levels, and always marks the reader’s own places', () => {
    const s = defaultSettings();
    const noWards = { ...s, marking: { ...s.marking, levels: { ...s.marking.levels, ward: false } } };
    expect(marksTerm(noWards, { kind: 'place', level: 'ward' })).toBe(false);
    expect(marksTerm(noWards, { kind: 'place', level: 'province' })).toBe(true);
    expect(marksTerm(noWards, { kind: 'place' })).toBe(true);
    const noPlaces = { ...s, marking: { ...s.marking, places: false } };
    expect(marksTerm(noPlaces, { kind: 'place', level: 'province' })).toBe(false);
    expect(marksTerm(noPlaces, { kind: 'abbr' })).toBe(true);
    expect(marksTerm({ ...s, marking: { ...s.marking, abbreviations: false } }, { kind: 'abbr' })).toBe(false);
  });

  it('re-marks only for a change that changes the marks (not for the tooltip delay or the language)', () => {
    const s = defaultSettings();
    const key = markingKey(s, 'vnexpress.net');
    expect(markingKey({ ...s, language: 'en', marking: { ...s.marking, tooltipDelayMs: 900 } }, 'vnexpress.net')).toBe(key);
    expect(markingKey({ ...s, marking: { ...s.marking, places: false } }, 'vnexpress.net')).not.toBe(key);
    expect(markingKey(withSiteMarking(s, 'vnexpress.net', false), 'vnexpress.net')).not.toBe(key);
  });
});

describe('the map a place tooltip shows', () => {
  const infoOf = (text: string, phrase: string, published: string) => {
    const { marks, infos } = annotateBlocks(realLexicon(), [text], published);
    const spec = marks[0]!.find(([s, e]) => text.slice(s, e) === phrase)!;
    return infos[spec[2]]!;
  };
  const text = 'Lãnh đạo thị xã Kinh Môn, tỉnh Hải Dương.';

  it('at the date of a 2022 article: the district as it was; today: where it went; both: both', () => {
    const info = infoOf(text, 'Kinh Môn', '2022-03-15T10:10:00+07:00');
    expect(info.level).toBe('district');
    const then = viewOf(info, 'article');
    expect(then.vi.join(' ')).toContain('thuộc tỉnh Hải Dương (thời điểm bài viết');
    expect(then.vi.join(' ')).not.toContain('Hải Phòng');
    expect(then.en).toContain('until 1 July 2025');
    const now = viewOf(info, 'current');
    expect(now.vi.join(' ')).toContain('Hải Phòng');
    expect(now.vi.join(' ')).not.toContain('thời điểm bài viết');
    expect(now.en).not.toContain('until');
    expect(viewOf(info, 'both')).toEqual({ vi: info.vi, en: info.en });
  });

  it('for an article written after the reform, the article’s map is today’s: both lines stay', () => {
    const info = infoOf(text, 'Kinh Môn', '2025-08-01T09:00:00+07:00');
    expect(viewOf(info, 'article')).toEqual({ vi: info.vi, en: info.en });
  });

  it('leaves units the reform did not change alone', () => {
    const info = infoOf('Tỉnh Quảng Ninh', 'Quảng Ninh', '2022-03-15T10:10:00+07:00');
    expect(viewOf(info, 'current')).toEqual({ vi: info.vi, en: info.en });
  });
});

describe('highlight colours', () => {
  it('makes a translucent shade of the reader’s colour for the page', () => {
    expect(translucent('#ff0000')).toBe('rgba(255, 0, 0, 0.4)');
    const s = defaultSettings();
    const css = highlightPageCss({ ...s.highlights.colors, blue: { name: '', hex: '#000080' } });
    expect(css).toContain('[data-cg-highlight][data-cg-color="blue"] { background-color: rgba(0, 0, 128, 0.4); }');
  });
});
