/** What the settings mean for a page: whether it is marked, and which terms. Pure. */
import type { TermInfo } from '../annotate/describe';
import type { MarkingState } from '../messages/types';
import type { Settings } from './model';
import { siteIn } from './sites';

/** Marking on this site, or why not. */
export function markingStateOf(settings: Settings, site: string): MarkingState {
  if (!settings.enabled) return 'off-global';
  return siteIn(settings.sites.off, site) ? 'off-site' : 'on';
}

/** Turns marking on or off for one site (the popup's switch). */
export function withSiteMarking(settings: Settings, site: string, on: boolean): Settings {
  // On: every entry that covers the site goes (`vnexpress.net` covers `e.vnexpress.net`); off: the site is added.
  const off = on ? settings.sites.off.filter((entry) => siteIn([entry], site) === null) : settings.sites.off;
  return { ...settings, sites: { ...settings.sites, off: on || siteIn(off, site) ? off : [...off, site] } };
}

/** Whether a term is marked: its kind, and for a place its level (the reader's own places have none: always). */
export function marksTerm(settings: Settings, info: Pick<TermInfo, 'kind' | 'level'>): boolean {
  if (info.kind === 'abbr') return settings.marking.abbreviations;
  if (!settings.marking.places) return false;
  return info.level === undefined || settings.marking.levels[info.level];
}

/** A key that changes exactly when the set of marks would: a settings change with another key re-marks the page. */
export function markingKey(settings: Settings, site: string): string {
  const { places, abbreviations, levels } = settings.marking;
  return JSON.stringify([markingStateOf(settings, site), places, abbreviations, levels]);
}
