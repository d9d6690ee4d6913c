/**
 * Host permissions for the sites the reader adds (the optional permission for every host, granted one site at a
 * time). The built-in news sites are covered by the manifest and never asked for.
 */
import { browser } from 'wxt/browser';
import { isBuiltInSite, matchPatternOf, PENDING_SITE_KEY } from './sites';

/**
 * Asks for the permission of the sites that need one. Call it in the reader's click itself, before anything is
 * awaited: browsers only show the prompt for a user gesture. One site is also written down as pending, because
 * Firefox closes the popup at the prompt; the worker then finishes adding it (see `adoptPendingSite`).
 * @return whether every site may now be used
 */
export function askForSites(hosts: readonly string[]): Promise<boolean> {
  const needed = hosts.filter((host) => !isBuiltInSite(host));
  if (needed.length === 0) return Promise.resolve(true);
  if (needed.length === 1) {
    void browser.storage.local.set({ [PENDING_SITE_KEY]: { host: needed[0], at: Date.now() } }).catch(() => {});
  }
  return browser.permissions.request({ origins: needed.map(matchPatternOf) }).catch(() => false);
}

/** Gives back the permissions of sites taken off the list. */
export function releaseSites(hosts: readonly string[]): void {
  const added = hosts.filter((host) => !isBuiltInSite(host));
  if (added.length > 0) void browser.permissions.remove({ origins: added.map(matchPatternOf) }).catch(() => false);
}

export function hasSitePermission(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [matchPatternOf(host)] }).catch(() => false);
}
