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
 * The match pattern for a host over http and https, the bare host and `www.` (and other subdomains such as `m.`):
 * `*://*.host/*` matches `host` itself as well as its subdomains.
 */
export const matchPatternOf = (host: string) => `*://*.${host}/*`;

export function newsSiteMatches(sites: readonly string[] = NEWS_SITES): string[] {
  return sites.map(matchPatternOf);
}

/**
 * The listed site a URL's hostname belongs to (`www.vnexpress.net` -> `vnexpress.net`), or null; `sites` are hosts
 * without `www.`, the built-in news sites unless given.
 */
export function newsSiteOf(hostname: string, sites: readonly string[] = NEWS_SITES): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return sites.find((site) => host === site || host.endsWith(`.${site}`)) ?? null;
}

/** One of the built-in news sites (covered by the manifest: no permission to ask for). */
export const isBuiltInSite = (host: string) => newsSiteOf(host) !== null;
