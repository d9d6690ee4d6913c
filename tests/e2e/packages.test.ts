/**
 * What `npm run zip` hands to the stores: the Chrome and Firefox packages and the Firefox sources zip. Needs the zips
 * (npm test makes them; by hand: `npm run zip`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const zipPath = (kind: 'chrome' | 'firefox' | 'sources') => join(root, '.output', `chu-giai-${version}-${kind}.zip`);

type Manifest = {
  manifest_version: number;
  name: string;
  description: string;
  default_locale: string;
  icons: Record<string, string>;
  permissions: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_security_policy: string | { extension_pages: string };
  content_scripts: Array<{ matches: string[] }>;
  sidebar_action?: { default_panel: string; default_title: string };
  side_panel?: { default_path: string };
};

async function open(kind: 'chrome' | 'firefox' | 'sources') {
  const path = zipPath(kind);
  if (!existsSync(path)) throw new Error(`No ${path}: run \`npm run zip\` first.`);
  return JSZip.loadAsync(readFileSync(path));
}

const text = (zip: JSZip, name: string) => {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is not in the package`);
  return file.async('string');
};

describe.each(['chrome', 'firefox'] as const)('the %s package', (browser) => {
  let zip: JSZip;
  let manifest: Manifest;
  beforeAll(async () => {
    zip = await open(browser);
    manifest = JSON.parse(await text(zip, 'manifest.json')) as Manifest;
  });

  it('allows only its own scripts: no remote code, no eval', async () => {
    const csp = typeof manifest.content_security_policy === 'string' ? manifest.content_security_policy : manifest.content_security_policy.extension_pages;
    expect(typeof manifest.content_security_policy).toBe(browser === 'firefox' ? 'string' : 'object');
    expect(csp).toBe("script-src 'self'; object-src 'self'");
    const pages = Object.keys(zip.files).filter((n) => n.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const name of pages) expect(await text(zip, name)).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
  });

  it('names and describes itself in Vietnamese and English, with icons at every size', async () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.default_locale).toBe('vi');
    for (const lang of ['vi', 'en']) {
      const messages = JSON.parse(await text(zip, `_locales/${lang}/messages.json`)) as Record<string, { message: string }>;
      expect(messages.extName?.message).toBeTruthy();
      expect(messages.extDescription?.message.length).toBeGreaterThan(20);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
      if (browser === 'firefox') expect(messages.sidebarTitle?.message).toBeTruthy();
    }
    expect(Object.keys(manifest.icons).map(Number)).toEqual([16, 32, 48, 96, 128]);
    for (const icon of Object.values(manifest.icons)) expect(zip.file(icon)).not.toBeNull();
  });

  it('asks for the fewest permissions, each explained in the README', () => {
    const expected = ['activeTab', 'scripting', 'storage', 'contextMenus', ...(browser === 'chrome' ? ['offscreen', 'sidePanel'] : [])];
    expect(manifest.permissions).toEqual(expected);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(browser === 'chrome' ? manifest.optional_host_permissions : manifest.optional_permissions).toEqual(['*://*/*']);
    expect(manifest.content_scripts.flatMap((c) => c.matches)).toHaveLength(18);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Permissions'), readme.indexOf('\n## ', readme.indexOf('### Permissions')));
    for (const permission of [...manifest.permissions, '*://*/*']) expect(section).toContain(`\`${permission}\``);
  });

  it('shows the notes library beside the page', () => {
    if (browser === 'firefox') {
      expect(manifest.sidebar_action).toMatchObject({ default_panel: 'notes.html', default_title: '__MSG_sidebarTitle__' });
      expect(manifest.side_panel).toBeUndefined();
    } else {
      expect(manifest.side_panel).toEqual({ default_path: 'notes.html' });
    }
    expect(zip.file('notes.html')).not.toBeNull();
  });
});

describe('the Firefox sources zip', () => {
  it('holds what a reviewer needs to rebuild (npm ci && npm run build:firefox) and nothing else', async () => {
    const zip = await open('sources');
    const files = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    for (const needed of ['README.md', 'package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'entrypoints/background.ts', 'entrypoints/content/index.ts', 'entrypoints/notes/index.html', 'public/_locales/vi/messages.json', 'public/data/gazetteer.json', 'public/icon/128.png', 'src/extract/parse-article.ts']) {
      expect(files).toContain(needed);
    }
    const allowed = /^(README\.md|package\.json|package-lock\.json|tsconfig\.json|wxt\.config\.ts|entrypoints\/|src\/|public\/|scripts\/(build-data\.ts|make-icons\.mjs|i18n-add\.mjs)$)/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files.some((f) => f.includes('node_modules') || f.startsWith('.output') || f.startsWith('tests/'))).toBe(false);
  });
});
