/** The settings in `browser.storage.local`: read (migrating older versions once), update, and follow changes. */
import { browser } from 'wxt/browser';
import { isNewerVersion, LEGACY_MARKING_KEY, loadSettings, sanitizeSettings, SETTINGS_KEY, type Settings } from './model';

export async function readSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get([SETTINGS_KEY, LEGACY_MARKING_KEY])) as Record<string, unknown>;
  const { settings, write } = loadSettings(stored);
  if (write) {
    await browser.storage.local.set(write.set);
    if (write.remove.length > 0) await browser.storage.local.remove(write.remove);
  }
  return settings;
}

/**
 * The settings as stored, read without writing anything back: for the many readers (every tab, the popup) that only
 * need a value and must not race to migrate older data, which stays for `readSettings` to do once.
 */
export async function peekSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get([SETTINGS_KEY, LEGACY_MARKING_KEY])) as Record<string, unknown>;
  return loadSettings(stored).settings;
}

/** Settings of a later version of Chú Giải (after a downgrade): read as far as possible, never written over. */
export class NewerSettingsError extends Error {
  override name = 'NewerSettingsError';
}

/**
 * Runs `task` while no other extension context (settings page, popup, worker, library) updates the settings, so two
 * read-change-write cycles cannot interleave and lose one change. Web Locks are shared by all of them (one origin).
 */
function exclusively<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request('chu-giai-settings', task) as Promise<T>) : task();
}

/** Applies `change` to the current settings and stores the result (sanitised). */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return exclusively(async () => {
    const stored = (await browser.storage.local.get(SETTINGS_KEY)) as Record<string, unknown>;
    if (isNewerVersion(stored[SETTINGS_KEY])) throw new NewerSettingsError('settings of a newer version');
    const next = sanitizeSettings(change(await readSettings()));
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
}

/** Calls `listener` with the new settings whenever they change (in any extension context). Returns the unsubscribe. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(loadSettings({ [SETTINGS_KEY]: changes[SETTINGS_KEY]!.newValue }).settings);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
