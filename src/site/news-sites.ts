/** Vietnamese news sites where the content script runs by itself (document_idle). */
export const NEWS_SITES = [
  'baovecongly.vn',
  'vnexpress.net',
  'tuoitre.vn',
  'thanhnien.vn',
  'dantri.com.vn',
  'vietnamnet.vn',
  'nhandan.vn',
  'baochinhphu.vn',
  'laodong.vn',
  'plo.vn',
  'nld.com.vn',
  'znews.vn',
  'vtv.vn',
  'vov.vn',
  'qdnd.vn',
  'cand.com.vn',
  'tienphong.vn',
  'sggp.org.vn',
] as const;

/**
 * Match patterns for http and https, the bare host and `www.` (and other subdomains such as `m.`):
 * `*://*.host/*` matches `host` itself as well as its subdomains.
 */
export function newsSiteMatches(sites: readonly string[] = NEWS_SITES): string[] {
  return sites.map((host) => `*://*.${host}/*`);
}

/** The registrable news host of a URL's hostname (`www.vnexpress.net` -> `vnexpress.net`), or null. */
export function newsSiteOf(hostname: string, sites: readonly string[] = NEWS_SITES): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return sites.find((site) => host === site || host.endsWith(`.${site}`)) ?? null;
}
