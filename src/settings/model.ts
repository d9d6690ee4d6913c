/**
 * The reader's settings: what they are, their defaults, and how stored data of any earlier version becomes the current
 * one. Pure: the storage adapter (`./store.ts`) reads and writes `browser.storage.local`.
 *
 * Versions (append-only, never edit a released one; add a step to `MIGRATIONS`):
 * - v1 (0.1.0): key `marking` = { enabled, disabledSites }.
 * - v2 (0.2.0): key `settings` = `Settings` below.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../highlight/model';
import { NEWS_SITES } from '../site/news-sites';

export const SETTINGS_KEY = 'settings';
/** The v1 key, removed once migrated. */
export const LEGACY_MARKING_KEY = 'marking';
export const SETTINGS_VERSION = 2;

export type LanguagePreference = 'auto' | 'vi' | 'en';
/** Which map the place tooltips describe: as it was when the article was published, as it is now, or both. */
export type MapPreference = 'article' | 'current' | 'both';
export type LevelSetting = 'province' | 'district' | 'ward' | 'region';
export const LEVELS: readonly LevelSetting[] = ['province', 'district', 'ward', 'region'];

export interface ColorSetting {
  /** The reader's name for the colour; empty for the default name in the UI's language. */
  name: string;
  /** `#rrggbb`. */
  hex: string;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  language: LanguagePreference;
  /** Marking on every site (the popup's global switch). */
  enabled: boolean;
  sites: {
    /** Hosts (no `www.`) where Chú Giải runs by itself when a page loads. */
    auto: string[];
    /** Hosts where marking is switched off. */
    off: string[];
  };
  marking: {
    places: boolean;
    abbreviations: boolean;
    levels: Record<LevelSetting, boolean>;
    map: MapPreference;
    /** Hover delay before a tooltip opens, ms (keyboard focus opens it at once). */
    tooltipDelayMs: number;
    english: boolean;
  };
  highlights: {
    colors: Record<HighlightColor, ColorSetting>;
  };
}

export const DEFAULT_COLORS: Record<HighlightColor, string> = {
  yellow: '#facc15',
  green: '#4ade80',
  blue: '#60a5fa',
  pink: '#f472b6',
  purple: '#c084fc',
};

export const TOOLTIP_DELAY = { min: 0, max: 2000, default: 300 } as const;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    language: 'auto',
    enabled: true,
    sites: { auto: [...NEWS_SITES], off: [] },
    marking: {
      places: true,
      abbreviations: true,
      levels: { province: true, district: true, ward: true, region: true },
      map: 'both',
      tooltipDelayMs: TOOLTIP_DELAY.default,
      english: true,
    },
    highlights: {
      colors: Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, { name: '', hex: DEFAULT_COLORS[c] }])) as Record<
        HighlightColor,
        ColorSetting
      >,
    },
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
const oneOf = <T extends string>(v: unknown, options: readonly T[], fallback: T): T =>
  typeof v === 'string' && (options as readonly string[]).includes(v) ? (v as T) : fallback;

/**
 * A host as the reader may type it ("https://www.VnExpress.net/abc", "m.tuoitre.vn") -> "vnexpress.net",
 * "m.tuoitre.vn"; null when it is not a host name.
 */
export function normalizeHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  if (/[^\x00-\x7f]/.test(s)) {
    // "báo.vn" -> "xn--bo-ola.vn": the form match patterns and the URL parser use.
    try {
      s = new URL(`http://${s}`).hostname;
    } catch {
      return null;
    }
  }
  s = s.replace(/^www\./, '');
  if (s.length > 253) return null;
  const labels = s.split('.');
  if (labels.length < 2) return s === 'localhost' ? s : null;
  const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
  // Internationalised names arrive as punycode from the URL parser; accept `xn--` labels like any other.
  return labels.every((l) => label.test(l)) && !/^\d+$/.test(labels[labels.length - 1]!) ? s : null;
}

function hostList(v: unknown, fallback: readonly string[]): string[] {
  if (!Array.isArray(v)) return [...fallback];
  const hosts = v.map((h) => (typeof h === 'string' ? normalizeHost(h) : null)).filter((h): h is string => h !== null);
  return [...new Set(hosts)].slice(0, 500);
}

const HEX = /^#[0-9a-f]{6}$/i;

function colors(v: unknown, fallback: Settings['highlights']['colors']): Settings['highlights']['colors'] {
  const o = isRecord(v) ? v : {};
  return Object.fromEntries(
    HIGHLIGHT_COLORS.map((c) => {
      const entry = isRecord(o[c]) ? o[c] : {};
      const name = typeof entry.name === 'string' ? entry.name.replace(/\s+/g, ' ').trim().slice(0, 40) : fallback[c].name;
      const hex = typeof entry.hex === 'string' && HEX.test(entry.hex) ? entry.hex.toLowerCase() : fallback[c].hex;
      return [c, { name, hex }];
    }),
  ) as Settings['highlights']['colors'];
}

/** Reads a v2 object field by field: a malformed field falls back to its default, the others are kept. */
export function sanitizeSettings(v: unknown): Settings {
  const d = defaultSettings();
  if (!isRecord(v)) return d;
  const sites = isRecord(v.sites) ? v.sites : {};
  const marking = isRecord(v.marking) ? v.marking : {};
  const levels = isRecord(marking.levels) ? marking.levels : {};
  const highlights = isRecord(v.highlights) ? v.highlights : {};
  const delay = typeof marking.tooltipDelayMs === 'number' && Number.isFinite(marking.tooltipDelayMs)
    ? Math.round(Math.min(TOOLTIP_DELAY.max, Math.max(TOOLTIP_DELAY.min, marking.tooltipDelayMs)))
    : d.marking.tooltipDelayMs;
  return {
    version: SETTINGS_VERSION,
    language: oneOf(v.language, ['auto', 'vi', 'en'], d.language),
    enabled: bool(v.enabled, d.enabled),
    sites: { auto: hostList(sites.auto, d.sites.auto), off: hostList(sites.off, d.sites.off) },
    marking: {
      places: bool(marking.places, d.marking.places),
      abbreviations: bool(marking.abbreviations, d.marking.abbreviations),
      levels: Object.fromEntries(LEVELS.map((l) => [l, bool(levels[l], d.marking.levels[l])])) as Record<LevelSetting, boolean>,
      map: oneOf(marking.map, ['article', 'current', 'both'], d.marking.map),
      tooltipDelayMs: delay,
      english: bool(marking.english, d.marking.english),
    },
    highlights: { colors: colors(highlights.colors, d.highlights.colors) },
  };
}

/** One step: the settings object of version n (and everything stored, for keys of older layouts) -> version n + 1. */
type Migration = (value: Record<string, unknown>, stored: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns version n into n + 1. */
const MIGRATIONS: Record<number, Migration> = {
  1: (_value, stored) => {
    const legacy = isRecord(stored[LEGACY_MARKING_KEY]) ? stored[LEGACY_MARKING_KEY] : {};
    const d = defaultSettings();
    return {
      ...d,
      enabled: bool(legacy.enabled, true),
      sites: { ...d.sites, off: Array.isArray(legacy.disabledSites) ? legacy.disabledSites : [] },
    };
  },
};

/** Whether stored settings come from a later version of Chú Giải than this one. */
export function isNewerVersion(stored: unknown): boolean {
  return isRecord(stored) && typeof stored.version === 'number' && stored.version > SETTINGS_VERSION;
}

export interface LoadedSettings {
  settings: Settings;
  /** What to write back (and which old keys to remove) so storage holds the current version; null when it does. */
  write: { set: Record<string, unknown>; remove: string[] } | null;
}

/**
 * Storage (the `settings` and legacy keys as read) -> the current settings. A version newer than this build knows is
 * read as far as it can be and never written over, so an older copy of the extension cannot destroy newer settings.
 */
export function loadSettings(stored: Record<string, unknown>): LoadedSettings {
  const current = stored[SETTINGS_KEY];
  if (isRecord(current)) {
    if (isNewerVersion(current)) return { settings: sanitizeSettings(current), write: null };
    // A version that was never written (0, 1.5, "2", none) is read as the current layout, field by field.
    const version =
      typeof current.version === 'number' && Number.isInteger(current.version) && current.version >= 2
        ? current.version
        : SETTINGS_VERSION;
    let value: Record<string, unknown> = current;
    for (let v = version; v < SETTINGS_VERSION; v++) value = MIGRATIONS[v]!(value, stored);
    const settings = sanitizeSettings(value);
    const unchanged = version === SETTINGS_VERSION && JSON.stringify(settings) === JSON.stringify(current);
    return { settings, write: unchanged ? null : { set: { [SETTINGS_KEY]: settings }, remove: [] } };
  }
  if (LEGACY_MARKING_KEY in stored) {
    const settings = sanitizeSettings(MIGRATIONS[1]!({}, stored));
    return { settings, write: { set: { [SETTINGS_KEY]: settings }, remove: [LEGACY_MARKING_KEY] } };
  }
  return { settings: defaultSettings(), write: null };
}
