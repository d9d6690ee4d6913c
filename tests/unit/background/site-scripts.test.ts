/**
 * The content script registered for sites the reader added follows the list and the permissions granted. The browser
 * is a small fake here: Chromium's permission prompt cannot be answered by an automated test, so the e2e tests cover
 * only the built-in sites, which need no prompt.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Script = { id: string; matches: string[]; js: string[]; runAt: string; persistAcrossSessions?: boolean };
const fake = vi.hoisted(() => ({
  granted: new Set<string>(),
  scripts: new Map<string, Script>(),
}));

vi.mock('wxt/browser', () => ({
  browser: {
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => fake.granted.has(o)),
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (fake.scripts.has(id) ? [fake.scripts.get(id)!] : [])),
      registerContentScripts: async (scripts: Script[]) => {
        for (const s of scripts) {
          if (fake.scripts.has(s.id)) throw new Error(`duplicate id ${s.id}`);
          fake.scripts.set(s.id, s);
        }
      },
      updateContentScripts: async (scripts: Script[]) => {
        for (const s of scripts) fake.scripts.set(s.id, { ...fake.scripts.get(s.id)!, ...s });
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => fake.scripts.delete(id)),
    },
  },
}));

const { ADDED_SITES_SCRIPT, syncAddedSites } = await import('../../../src/background/site-scripts');
const { defaultSettings } = await import('../../../src/settings/model');

const withSites = (...hosts: string[]) => {
  const s = defaultSettings();
  return { ...s, sites: { ...s.sites, auto: [...s.sites.auto, ...hosts] } };
};

beforeEach(() => {
  fake.granted.clear();
  fake.scripts.clear();
});

describe('content script for the sites the reader added', () => {
  it('registers nothing for the built-in list alone', async () => {
    expect(await syncAddedSites(defaultSettings())).toEqual([]);
    expect(fake.scripts.size).toBe(0);
  });

  it('registers the added sites whose permission was granted, and only those', async () => {
    fake.granted.add('*://*.baomoi.com/*');
    await syncAddedSites(withSites('baomoi.com', 'kenh14.vn'));
    const script = fake.scripts.get(ADDED_SITES_SCRIPT)!;
    expect(script.matches).toEqual(['*://*.baomoi.com/*']);
    expect(script.js).toEqual(['content-scripts/content.js']);
    expect(script.runAt).toBe('document_idle');
    expect(script.persistAcrossSessions).toBe(true);
  });

  it('follows a later grant, a removal from the list, and a revoked permission', async () => {
    fake.granted.add('*://*.baomoi.com/*');
    await syncAddedSites(withSites('baomoi.com', 'kenh14.vn'));
    fake.granted.add('*://*.kenh14.vn/*');
    await syncAddedSites(withSites('baomoi.com', 'kenh14.vn'));
    expect(fake.scripts.get(ADDED_SITES_SCRIPT)!.matches).toEqual(['*://*.baomoi.com/*', '*://*.kenh14.vn/*']);
    await syncAddedSites(withSites('kenh14.vn'));
    expect(fake.scripts.get(ADDED_SITES_SCRIPT)!.matches).toEqual(['*://*.kenh14.vn/*']);
    fake.granted.delete('*://*.kenh14.vn/*');
    await syncAddedSites(withSites('kenh14.vn'));
    expect(fake.scripts.has(ADDED_SITES_SCRIPT)).toBe(false);
  });
});
