// Serves the sample pages at their real addresses over https, for the demo and the end-to-end tests.
// The browser reaches it through --host-resolver-rules; nothing here talks to any other host.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from 'selfsigned';
import { generatedPages } from './generated-pages.mjs';

// A path string, not a URL object: happy-dom replaces the global URL in DOM tests that read the pages.
export const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/pages');

/**
 * @typedef {{ url: string, isArticle: boolean, title: string|null, published: string|null, canonical: string|null,
 *   byline: string|null, siteName: string|null, lang: string|null, bodyIncludes: string[], bodyExcludes: string[] }} Expected
 * @typedef {{ slug: string, url: string, html: () => string, expected: Expected | null }} Page
 */

/** @returns {Page[]} every sample page: the hand-written fixtures and the generated ones. */
export function loadPages() {
  const pages = readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PAGES_DIR, d.name, 'expected.json')))
    .map((d) => {
      const dir = join(PAGES_DIR, d.name);
      /** @type {Expected} */
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
      return { slug: d.name, url: expected.url, expected, html: () => readFileSync(join(dir, 'source.html'), 'utf8') };
    });
  return [...pages, ...generatedPages()];
}

/** Host names the pages live on, with and without `www.`. */
export function hostsOf(pages) {
  const hosts = new Set();
  for (const p of pages) {
    const host = new URL(p.url).hostname.replace(/^www\./, '');
    hosts.add(host);
    hosts.add(`www.${host}`);
  }
  return [...hosts].sort();
}

/**
 * Starts the https server on a free loopback port.
 * @returns {Promise<{ port: number, pages: Page[], hosts: string[], override: (url: string, html: string | null) => void, close: () => Promise<void> }>}
 */
export async function startFixtureServer(pages = loadPages()) {
  const hosts = hostsOf(pages);
  const pems = await generate([{ name: 'commonName', value: 'chu-giai-fixtures' }], {
    keySize: 2048,
    days: 2,
    extensions: [{ name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2, value })) }],
  });
  const routes = new Map(pages.map((p) => [routeKey(new URL(p.url)), p]));
  /** Tests replace a page with a changed version of itself (the site edited the article). */
  const overrides = new Map();
  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    const override = overrides.get(routeKey(url));
    if (override !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(override);
      return;
    }
    const page = routes.get(routeKey(url));
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>404</title><p>Không tìm thấy trang.</p>');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page.html());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    pages,
    hosts,
    /** Serves `html` at `url` instead of its sample page; `null` goes back to the sample. */
    override: (url, html) => {
      if (html === null) overrides.delete(routeKey(new URL(url)));
      else overrides.set(routeKey(new URL(url)), html);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Pages are found by host (without `www.`) and path; the query string is for the page, not the route. */
function routeKey(url) {
  return `${url.hostname.replace(/^www\./, '')}${url.pathname}`;
}
