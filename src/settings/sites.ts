/** Which sites Chú Giải runs on by itself, by the reader's settings. Pure. */
import { NEWS_SITES } from '../site/news-sites';
import type { Settings } from './model';

/** `host` or one of its subdomains (`www.`, `m.`) is in `hosts`; returns the listed host. */
export function siteIn(hosts: readonly string[], hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  return hosts.find((site) => host === site || host.endsWith(`.${site}`)) ?? null;
}

/** Whether a page on `hostname` is analysed when it loads (without a click on the toolbar button). */
export function runsByItself(settings: Settings, hostname: string): boolean {
  return siteIn(settings.sites.auto, hostname) !== null;
}

/** The match pattern for a host and its subdomains, over http and https. */
export const matchPatternOf = (host: string) => `*://*.${host}/*`;

/** Hosts the reader added beyond the built-in news sites: they need a host permission and a registered script. */
export function addedSites(settings: Settings): string[] {
  return settings.sites.auto.filter((h) => !siteIn(NEWS_SITES, h));
}

/** Storage key of the site the popup is asking a permission for (`{ host, at }`), and how long that request lasts. */
export const PENDING_SITE_KEY = 'pendingSite';
export const PENDING_SITE_MS = 10 * 60 * 1000;
