// Finds a Firefox and starts it with the built Firefox extension installed, for the end-to-end tests.
// Sample hosts reach the fixture server through a local CONNECT proxy that refuses every other host.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../.output/firefox-mv2');

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** `FIREFOX_PATH`, else the usual places; `null` when there is none (the caller decides whether that fails). */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const NO_FIREFOX_MESSAGE =
  'No Firefox found. Install one (Debian/Ubuntu: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH to its binary.';

/**
 * An HTTP proxy on loopback that tunnels `CONNECT host:443` for the sample hosts to the fixture server, and answers
 * 403 to anything else, so the browser sends nothing beyond this machine.
 * @param {{ port: number, hosts: string[] }} options `port`: the fixture server's
 * @returns {Promise<{ port: number, refused: string[], close: () => Promise<void> }>}
 */
export async function startConnectProxy({ port, hosts }) {
  const allowed = new Set(hosts);
  /** Hosts the browser tried to reach and was refused (for diagnosis). */
  const refused = [];
  const sockets = new Set();
  const server = createServer((req, res) => {
    refused.push(req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, client, head) => {
    const [host, targetPort] = (req.url ?? '').split(':');
    if (!host || !allowed.has(host) || targetPort !== '443') {
      refused.push(req.url ?? '');
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    refused,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The add-on id the Firefox build declares (browser_specific_settings.gecko.id). */
function addonIdOf(extensionDir) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Launches headless Firefox (WebDriver BiDi) with the built extension installed as a temporary add-on, every sample
 * host routed to the local fixture server.
 * @param {{ port: number, hosts: string[], executablePath: string, extensionDir?: string }} options
 * @returns {Promise<{ browser: import('puppeteer-core').Browser, addonId: string, baseUrl: string, refused: string[],
 *   close: () => Promise<void> }>} `baseUrl`: `moz-extension://<uuid>/`, where the extension's pages are
 */
export async function launchFirefoxWithExtension({ port, hosts, executablePath, extensionDir = FIREFOX_EXTENSION_DIR }) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:firefox\` first.`);
  }
  const addonId = addonIdOf(extensionDir);
  // Firefox gives each add-on a random internal UUID; fixing it here tells the test where notes.html lives.
  const uuid = randomUUID();
  const proxy = await startConnectProxy({ port, hosts });
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 900 },
      // WebDriver BiDi only navigates to http(s), file and blob addresses unless told otherwise: the notes library
      // is a moz-extension:// page, which a reader opens from the popup or the sidebar.
      args: ['--remote-allow-system-access'],
      // Firefox's own test switch: no connection but to loopback, and the remote-settings override below is honoured.
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
        'network.proxy.type': 1,
        'network.proxy.share_proxy_settings': false,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': false,
        'network.trr.mode': 5,
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
        'intl.accept_languages': 'vi-VN, vi',
        // A reader's "yes" to an optional permission (a site added in the settings), which no test can click: Firefox
        // grants optional permissions without its prompt under this pref. The request itself still needs a click.
        'extensions.webextOptionalPermissionPrompts': false,
        // Remote settings (blocklists and the like) would only be refused by the proxy.
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
      },
    });
    const installed = await browser.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`installed add-on ${installed}, expected ${addonId}`);
    const opened = browser;
    return {
      browser: opened,
      addonId,
      baseUrl: `moz-extension://${uuid}/`,
      refused: proxy.refused,
      close: async () => {
        await opened.close().catch(() => {});
        await proxy.close();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    await proxy.close();
    throw error;
  }
}
