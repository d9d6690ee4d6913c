import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * Chrome refuses to load a content script that is not valid UTF-8 in its eyes, and Vite 8's minifier turns
 * escapes such as Dexie's `String.fromCharCode(65535)` into raw characters (see STACK notes in README). WXT only
 * forces ASCII output on Vite 7, so every non-ASCII character of every chunk is escaped here.
 */
function asciiOnly(): Plugin {
  const escapeNonAscii = (code: string) =>
    code.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return {
    name: 'chu-giai:ascii-only',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = escapeNonAscii(file.code);
      }
    },
  };
}

const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'";

/**
 * The message catalogues are bundled for the runtime language switch (src/i18n): only the messages, without the
 * translators' descriptions, which would otherwise ship in every content script.
 */
function catalogueMessagesOnly(): Plugin {
  const CATALOGUE = /[\\/]_locales[\\/][a-z_]+[\\/]messages\.json$/i;
  return {
    name: 'chu-giai:catalogue-messages-only',
    enforce: 'pre',
    load(id) {
      if (!CATALOGUE.test(id)) return null;
      const catalogue = JSON.parse(readFileSync(id, 'utf8')) as Record<string, { message: string }>;
      const messages = Object.fromEntries(Object.entries(catalogue).map(([key, { message }]) => [key, { message }]));
      return JSON.stringify(messages); // still JSON: Vite's JSON plugin turns it into a module
    },
  };
}

const TOOLBAR_ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  imports: false,
  vite: () => ({
    plugins: [catalogueMessagesOnly(), preact(), asciiOnly()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    // Names and descriptions come from public/_locales (Vietnamese by default, English too).
    default_locale: 'vi',
    name: '__MSG_extName__',
    short_name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // offscreen: Chrome's service worker has no DOMParser; Readability runs in an offscreen document instead of
    // on the page's main thread. Firefox's background page has one. storage: the reader's switches.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen', 'sidePanel'])],
    // "Run on this site" (popup) and sites the reader adds in the settings: asked for one host at a time, when needed.
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_extName__', default_icon: TOOLBAR_ICONS },
    // The notes library beside the page: Chrome's side panel, Firefox's sidebar (Firefox has no side panel).
    ...(browser === 'firefox'
      ? {
          sidebar_action: {
            default_panel: 'notes.html',
            default_title: '__MSG_sidebarTitle__',
            default_icon: TOOLBAR_ICONS,
            open_at_install: false,
          },
        }
      : { side_panel: { default_path: 'notes.html' } }),
    // Only the extension's own files may run: no remote code, no eval (also what both stores require).
    content_security_policy:
      browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmdHighlightSelection__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'chu-giai@chugiai.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    // The sources zip is what addons.mozilla.org reviewers rebuild from (`npm ci && npm run build:firefox`): the
    // build's inputs and the scripts that made the committed data, not tests, benchmarks, screenshots or local output.
    excludeSources: [
      'tests/**',
      'bench/**',
      'docs/**',
      'demo-output/**',
      'vitest.config.ts',
      'scripts/test.mjs',
      'scripts/demo.mjs',
      'scripts/lint-firefox.mjs',
      'scripts/lib/**',
      '**/*.log',
      'stats.html',
    ],
  },
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // Sanity: the content script's matches come from one list, never a blanket <all_urls>.
      for (const cs of manifest.content_scripts ?? []) {
        if (cs.matches?.includes('<all_urls>')) throw new Error('content script must not match <all_urls>');
      }
      // WXT fills the toolbar button from popup.html (its <title>, no icon) and, for Firefox's browser_action, drops
      // the icon given above: the button keeps the localised name and the icons in both builds.
      for (const action of [manifest.action, manifest.browser_action] as Array<{ default_title?: string; default_icon?: unknown } | undefined>) {
        if (!action) continue;
        action.default_title = '__MSG_extName__';
        action.default_icon ??= TOOLBAR_ICONS;
      }
    },
  },
});

