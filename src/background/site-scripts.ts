/**
 * Sites the reader added to the list: the content script is registered for them at run time, for those whose host
 * permission the reader granted (asked one site at a time, from the popup or the settings page).
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../settings/model';
import { addedSites, matchPatternOf } from '../settings/sites';

export const ADDED_SITES_SCRIPT = 'chu-giai-added-sites';
const CONTENT_SCRIPT = 'content-scripts/content.js';

/** The added sites' match patterns that the reader granted. */
export async function grantedAddedPatterns(settings: Settings): Promise<string[]> {
  const wanted = addedSites(settings).map(matchPatternOf);
  const granted = await Promise.all(
    wanted.map((origin) => browser.permissions.contains({ origins: [origin] }).catch(() => false)),
  );
  return wanted.filter((_, i) => granted[i]);
}

/** Brings the registered content script in line with the settings and the granted permissions. */
export async function syncAddedSites(settings: Settings): Promise<string[]> {
  const matches = await grantedAddedPatterns(settings);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ADDED_SITES_SCRIPT] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [ADDED_SITES_SCRIPT] });
    return matches;
  }
  const script = { id: ADDED_SITES_SCRIPT, matches, js: [CONTENT_SCRIPT], runAt: 'document_idle' as const };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
  return matches;
}
