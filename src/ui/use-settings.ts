/** Extension pages: the reader's settings, read without migrating them (see `peekSettings`) and followed live. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/model';
import { onSettingsChanged, peekSettings } from '../settings/store';

/** null until the first read has answered. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let changed = false;
    const off = onSettingsChanged((s) => {
      changed = true;
      setSettings(s);
    });
    // A change that arrives while the first read is on its way is newer than what that read returns.
    void peekSettings().then((s) => !changed && setSettings(s), () => {});
    return off;
  }, []);
  return settings;
}
