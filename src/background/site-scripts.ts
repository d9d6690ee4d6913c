/**
 * Sites the reader added to the list: the content script is registered for them at run time, for those whose host
 * permission the reader granted (asked one site at a time, from the popup or the settings page).
 */
import { browser } from 'wxt/browser';
import { normalizeHost, type Settings } from '../settings/model';
import { addedSites, matchPatternOf, PENDING_SITE_KEY, PENDING_SITE_MS, siteIn } from '../settings/sites';
import { hasSitePermission } from '../settings/site-permission';
import { updateSettings } from '../settings/store';

export const ADDED_SITES_SCRIPT = 'chu-giai-added-sites';
const CONTENT_SCRIPT = 'content-scripts/content.js';

/** The added sites' match patterns that the reader granted. */
export async function grantedAddedPatterns(settings: Settings): Promise<string[]> {
  const added = addedSites(settings);
  const granted = await Promise.all(added.map(hasSitePermission));
  return added.filter((_, i) => granted[i]).map(matchPatternOf);
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
  else {
    // Kept across restarts where the browser can (the worker also registers again at every start).
    await browser.scripting
      .registerContentScripts([{ ...script, persistAcrossSessions: true }])
      .catch(() => browser.scripting.registerContentScripts([script]));
  }
  return matches;
}

/**
 * The popup's "always run on this site" writes the site here just before it asks for the permission: in Firefox the
 * prompt closes the popup, which then never learns the answer. When the permission arrives, the worker finishes the
 * job. @return whether the site was added
 */
export async function adoptPendingSite(settings: Settings): Promise<boolean> {
  const stored = (await browser.storage.local.get(PENDING_SITE_KEY)) as Record<string, unknown>;
  const pending = stored[PENDING_SITE_KEY];
  if (typeof pending !== 'object' || pending === null) return false;
  const { host, at } = pending as { host?: unknown; at?: unknown };
  const site = typeof host === 'string' ? normalizeHost(host) : null;
  const fresh = typeof at === 'number' && Date.now() - at < PENDING_SITE_MS;
  if (!site || !fresh) {
    await browser.storage.local.remove(PENDING_SITE_KEY);
    return false;
  }
  if (!(await hasSitePermission(site))) return false;
  await browser.storage.local.remove(PENDING_SITE_KEY);
  if (siteIn(settings.sites.auto, site) === site) return false;
  await updateSettings((s) => ({ ...s, sites: { ...s.sites, auto: [...s.sites.auto, site] } }));
  return true;
}
