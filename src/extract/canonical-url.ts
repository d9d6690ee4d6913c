const TRACKING_PARAMS = /^(utm_.+|fbclid|gclid|gclsrc|dclid|msclkid|zarsrc|_ga)$/i;

/**
 * The canonical form of an article address: absolute http(s), tracking parameters (`utm_*`, `fbclid`, `gclid` and
 * kin) and the fragment removed, other parameters kept in their order. Relative `href`s resolve against `base`.
 * @return `null` when `href` is missing or is not an http(s) URL.
 */
export function cleanArticleUrl(href: string | null | undefined, base?: string): string | null {
  if (!href || !href.trim()) return null;
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !TRACKING_PARAMS.test(name));
  url.search = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  url.hostname = url.hostname.toLowerCase();
  return url.toString();
}
