/** Which sites Chú Giải runs on by itself, by the reader's settings. Pure. */
import { isBuiltInSite, matchPatternOf, newsSiteOf } from '../site/news-sites';
import type { Settings } from './model';

export { isBuiltInSite, matchPatternOf };

/** `host` or one of its subdomains (`www.`, `m.`) is in `hosts`; returns the listed host. */
export const siteIn = (hosts: readonly string[], hostname: string): string | null => newsSiteOf(hostname, hosts);

/** Whether a page on `hostname` is analysed when it loads (without a click on the toolbar button). */
export function runsByItself(settings: Settings, hostname: string): boolean {
  return siteIn(settings.sites.auto, hostname) !== null;
}

/** Hosts the reader added beyond the built-in news sites: they need a host permission and a registered script. */
export function addedSites(settings: Settings): string[] {
  return settings.sites.auto.filter((h) => !isBuiltInSite(h));
}

/** Storage key of the site the popup is asking a permission for (`{ host, at }`), and how long that request lasts. */
export const PENDING_SITE_KEY = 'pendingSite';
export const PENDING_SITE_MS = 10 * 60 * 1000;
