// Finds a Chromium and starts it with the built extension loaded, for the demo and the end-to-end tests.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const EXTENSION_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../.output/chrome-mv3');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** `CHROME_PATH`, else the usual places; throws with install instructions when there is none. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to its binary.',
    );
  }
  return found;
}

/** Flags every launch needs on these machines: no network but loopback, no sandbox as root, no GPU. */
const QUIET_FLAGS = [
  '--ignore-certificate-errors',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const resolverRules = (hosts, port) => `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}, EXCLUDE localhost`;

/**
 * Launches Chromium without the extension (the peer in benchmarks), sample hosts mapped to the fixture server.
 * @param {{ port: number, hosts: string[], args?: string[] }} options
 */
export function launchPlain({ port, hosts, args = [] }) {
  return chromium.launch({ executablePath: findChrome(), headless: true, args: [resolverRules(hosts, port), ...QUIET_FLAGS, ...args] });
}

/**
 * Launches Chromium with the extension, every sample host mapped to the local fixture server.
 * @param {{ port: number, hosts: string[], headless?: boolean, extensionDir?: string }} options
 */
export async function launchWithExtension({ port, hosts, headless = true, extensionDir = EXTENSION_DIR }) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'chu-giai-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChrome(),
    headless,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      resolverRules(hosts, port),
      ...QUIET_FLAGS,
      // The browser's UI language (chrome.i18n.getUILanguage) decides the extension's language when the reader has
      // not chosen one: Vietnamese, as a reader of these sites would have it. Headless Chromium is English otherwise.
      '--lang=vi',
      '--accept-lang=vi-VN,vi',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      worker,
      extensionId,
      close: async () => {
        await context.close().catch(() => {});
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The id the extension sees for a page's tab. Without the "tabs" permission the worker cannot read tab URLs, so the
 * page is brought to the front and the active tab is asked for.
 */
export async function tabIdOf(worker, page) {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
}
