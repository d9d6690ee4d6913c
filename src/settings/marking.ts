/** Whether terms are marked: a global switch and a list of sites where the reader turned marking off. */
import type { MarkingState } from '../messages/types';

export const MARKING_KEY = 'marking';

export interface MarkingSettings {
  enabled: boolean;
  /** Hosts without `www.` where marking is off. */
  disabledSites: string[];
}

export const DEFAULT_MARKING: MarkingSettings = { enabled: true, disabledSites: [] };

/** Reads stored settings; anything malformed falls back to the default. */
export function parseMarkingSettings(v: unknown): MarkingSettings {
  if (typeof v !== 'object' || v === null) return DEFAULT_MARKING;
  const o = v as Record<string, unknown>;
  return {
    enabled: typeof o.enabled === 'boolean' ? o.enabled : true,
    disabledSites: Array.isArray(o.disabledSites) ? o.disabledSites.filter((s): s is string => typeof s === 'string') : [],
  };
}

export function markingStateFor(settings: MarkingSettings, site: string): MarkingState {
  if (!settings.enabled) return 'off-global';
  return settings.disabledSites.includes(site) ? 'off-site' : 'on';
}

export function withSite(settings: MarkingSettings, site: string, on: boolean): MarkingSettings {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: on ? others : [...others, site] };
}
