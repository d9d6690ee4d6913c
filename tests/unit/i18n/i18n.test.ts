import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  format,
  formatDate,
  formatDateTime,
  formatNumber,
  LOCALES,
  type Message,
  resolveLocale,
  setLocale,
  t,
  tn,
  translate,
  translateMessage,
} from '../../../src/i18n';

const ROOT = join(__dirname, '../../..');
/** Keys the manifest and the browser read (`__MSG_extName__` …), not the code. */
const MANIFEST_KEYS = ['extName', 'extDescription', 'cmdHighlightSelection', 'sidebarTitle'];
const AREAS = ['common', 'popup', 'library', 'tooltip', 'hl', 'import', 'export', 'menu', 'options', 'dict'];

const keysOf = (locale: 'vi' | 'en') => Object.keys(CATALOGUES[locale]);
const substitutions = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const SOURCES = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'entrypoints'))].map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

/**
 * Message keys the code names: arguments of t/tn/translate/translatePlural/msg, `key:` and `plural:` in message codes,
 * and any other quoted literal shaped like a key of an area (the values of `Record<…, MessageKey>` maps).
 */
function keysUsedInSource(): Map<string, string> {
  const used = new Map<string, string>();
  const patterns = [
    /\bt\(\s*'(\w+)'/g,
    /\btn\(\s*'(\w+)'/g,
    /\bmsg\(\s*'(\w+)'/g,
    /\btranslate\(\s*[\w.]+\s*,\s*'(\w+)'/g,
    /\btranslatePlural\(\s*[\w.]+\s*,\s*'(\w+)'/g,
    /\b(?:key|plural):\s*'(\w+)'/g,
    new RegExp(`'((?:${AREAS.join('|')})_[a-z0-9_]+)'`, 'g'),
  ];
  for (const { path, text } of SOURCES) {
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) used.set(m[1]!, path);
  }
  return used;
}

/** A key as the code names it: itself, or the base of a `_one`/`_other` pair. */
const exists = (key: string) => key in CATALOGUES.vi || (`${key}_one` in CATALOGUES.vi && `${key}_other` in CATALOGUES.vi);

describe('the message catalogues', () => {
  it('have exactly the same keys in Vietnamese and English', () => {
    const vi = new Set(keysOf('vi'));
    const en = new Set(keysOf('en'));
    expect({ missingInEnglish: [...vi].filter((k) => !en.has(k)), missingInVietnamese: [...en].filter((k) => !vi.has(k)) }).toEqual({
      missingInEnglish: [],
      missingInVietnamese: [],
    });
  });

  it('have no empty message, and keys that Chrome accepts, named by area', () => {
    for (const locale of LOCALES) {
      const empty = Object.entries(CATALOGUES[locale]).filter(([, v]) => typeof v.message !== 'string' || !v.message.trim());
      expect(empty.map(([k]) => `${locale}:${k}`)).toEqual([]);
      const lower = keysOf(locale).map((k) => k.toLowerCase());
      // Chrome reads keys without regard to case: two that differ only in case would be one.
      expect(new Set(lower).size).toBe(lower.length);
    }
    const misnamed = keysOf('vi').filter(
      (k) => !MANIFEST_KEYS.includes(k) && !new RegExp(`^(${AREAS.join('|')})_[a-z0-9_]+$`).test(k),
    );
    expect(misnamed).toEqual([]);
  });

  it('use the same $n substitutions in both languages', () => {
    const message = (locale: 'vi' | 'en', key: string) =>
      (CATALOGUES[locale] as Record<string, { message: string } | undefined>)[key]?.message ?? '';
    const differ = keysOf('vi').filter((k) => substitutions(message('vi', k)).join() !== substitutions(message('en', k)).join());
    expect(differ).toEqual([]);
  });

  it('keep the manifest description within the stores’ 132 characters', () => {
    for (const locale of LOCALES) expect(CATALOGUES[locale].extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it('have every key the source uses', () => {
    const used = keysUsedInSource();
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter(([key]) => !exists(key)).map(([key, path]) => `${key} (${path})`);
    expect(missing).toEqual([]);
  });

  it('have no key the source does not use, except those the manifest reads', () => {
    const used = keysUsedInSource();
    const unused = keysOf('vi').filter(
      (k) => !MANIFEST_KEYS.includes(k) && !used.has(k) && !used.has(k.replace(/_(one|other)$/, '')),
    );
    expect(unused).toEqual([]);
  });
});

describe('resolveLocale', () => {
  it('keeps an explicit choice whatever the browser says', () => {
    expect(resolveLocale('en', 'vi', ['vi-VN'])).toBe('en');
    expect(resolveLocale('vi', 'en-US', ['en-US'])).toBe('vi');
  });

  it('follows the browser for auto: Vietnamese for vi and vi-VN, in the UI or first among the preferred languages', () => {
    expect(resolveLocale('auto', 'vi')).toBe('vi');
    expect(resolveLocale('auto', 'vi-VN')).toBe('vi');
    expect(resolveLocale('auto', 'en-US', ['vi-VN', 'en'])).toBe('vi');
    expect(resolveLocale('auto', 'en-US', ['en-US', 'vi'])).toBe('en');
    expect(resolveLocale('auto', 'fr-FR', [])).toBe('en');
    expect(resolveLocale('auto', 'vie', [])).toBe('en');
  });
});

describe('format and translate', () => {
  it('replaces $1…$9 and $$ as browser.i18n.getMessage does', () => {
    expect(format('Trên $1', ['vnexpress.net'])).toBe('Trên vnexpress.net');
    expect(format('$2 trong $1', ['2 bài', 4])).toBe('4 trong 2 bài');
    expect(format('giá $$5, $1', ['x'])).toBe('giá $5, x');
    expect(format('thiếu $3', ['a'])).toBe('thiếu ');
  });

  it('gives the message in the locale asked for', () => {
    expect(translate('vi', 'popup_marking_site', 'baovecongly.vn')).toBe('Trên baovecongly.vn');
    expect(translate('en', 'popup_marking_site', 'baovecongly.vn')).toBe('On baovecongly.vn');
  });

  it('inflects counts in English and formats the number for the locale', () => {
    expect(translateMessage('en', { plural: 'common_highlights', count: 1 })).toBe('1 highlight');
    expect(translateMessage('en', { plural: 'common_highlights', count: 1234 })).toBe('1,234 highlights');
    expect(translateMessage('vi', { plural: 'common_highlights', count: 1 })).toBe('1 tô sáng');
    expect(translateMessage('vi', { plural: 'common_highlights', count: 1234 })).toBe('1.234 tô sáng');
  });

  it('words nested message codes in one language', () => {
    const message: Message = {
      key: 'import_at',
      subs: ['first.items[1].exact', { key: 'import_expected', subs: [{ key: 'import_kind_string' }, { key: 'import_kind_number' }] }],
    };
    expect(translateMessage('vi', message)).toBe('first.items[1].exact: cần một chuỗi, gặp một số');
    expect(translateMessage('en', message)).toBe('first.items[1].exact: expected a string, found a number');
  });
});

describe('the document locale', () => {
  afterEach(() => setLocale('vi'));

  it('is Vietnamese until set, and t and tn follow it', () => {
    expect(t('popup_library')).toBe('Thư viện ghi chú');
    setLocale('en');
    expect(t('popup_library')).toBe('Notes library');
    expect(tn('popup_words', 1)).toBe('1 word');
  });
});

describe('numbers and dates for the locale', () => {
  const march15 = Date.parse('2022-03-15T10:10:00+07:00');

  it('groups thousands and marks decimals as each language does', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('prints dates as Vietnamese papers do, or in English, in Vietnam time', () => {
    expect(formatDate(march15, 'vi')).toBe('15/03/2022');
    expect(formatDate(march15, 'en')).toBe('15 Mar 2022');
    expect(formatDateTime(march15, 'vi')).toBe('15/03/2022 10:10');
    expect(formatDateTime(march15, 'en')).toBe('15 Mar 2022, 10:10');
    // 23:30 UTC is already the next morning in Vietnam.
    expect(formatDateTime(Date.parse('2022-03-14T23:30:00Z'), 'vi')).toBe('15/03/2022 06:30');
  });
});
