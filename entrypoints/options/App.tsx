import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../src/highlight/model';
import { type MessageKey, t } from '../../src/i18n';
import { useLocale } from '../../src/i18n/use-locale';
import {
  defaultSettings,
  type LanguagePreference,
  type LevelSetting,
  LEVELS,
  type MapPreference,
  normalizeHost,
  type Settings,
  TOOLTIP_DELAY,
} from '../../src/settings/model';
import { askForSites, hasSitePermission, releaseSites } from '../../src/settings/site-permission';
import { addedSites, isBuiltInSite, siteIn } from '../../src/settings/sites';
import { onSettingsChanged, readSettings, updateSettings } from '../../src/settings/store';
import { prefillFromHash } from '../../src/dictionary/prefill';
import { DictionarySection } from '../../src/ui/options/DictionarySection';
import { COLOR_KEYS, colorName } from '../../src/ui/palette';
import { usePalette } from '../../src/ui/use-palette';

/** The status line: a message code (drawn in the current language) and, after a removal, a way back. */
type Status = { kind: 'ok' | 'error'; key: MessageKey; subs?: string[]; undo?: () => void } | null;
type Done = Omit<NonNullable<Status>, 'kind'>;
type Change = (change: (s: Settings) => Settings, done?: Done) => Promise<void>;

const LEVEL_LABEL: Record<LevelSetting, MessageKey> = {
  province: 'options_level_province',
  district: 'options_level_district',
  ward: 'options_level_ward',
  region: 'options_level_region',
};
const MAP_LABEL: Record<MapPreference, MessageKey> = {
  article: 'options_map_article',
  current: 'options_map_current',
  both: 'options_map_both',
};
const LANGUAGE_LABEL: Record<LanguagePreference, MessageKey> = {
  auto: 'options_language_auto',
  vi: 'options_language_vi',
  en: 'options_language_en',
};

export function App() {
  useLocale();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [prefill, setPrefill] = useState(() => prefillFromHash(location.hash));

  useEffect(() => {
    void readSettings().then(setSettings, () => setSettings(defaultSettings()));
    const off = onSettingsChanged(setSettings);
    const onHash = () => setPrefill(prefillFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => {
      off();
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  useEffect(() => {
    document.title = t('options_title');
  });

  useEffect(() => {
    if (prefill) document.getElementById('dictionary')?.scrollIntoView();
  }, [prefill]);

  const change: Change = useCallback(async (fn, done) => {
    try {
      setSettings(await updateSettings(fn));
      setStatus({ kind: 'ok', ...(done ?? { key: 'options_saved' }) });
    } catch (error) {
      const newer = error instanceof Error && error.name === 'NewerSettingsError';
      setStatus({ kind: 'error', key: newer ? 'options_save_newer' : 'options_save_failed' });
    }
  }, []);

  const paletteCss = usePalette(settings);
  if (!settings) return <main class="opt" aria-busy="true" />;

  return (
    <main class="opt">
      <style>{paletteCss}</style>
      <header class="opt__head">
        <h1>{t('options_title')}</h1>
        <p
          class={`opt__status${status?.kind === 'error' ? ' opt__status--error' : ''}`}
          role="status"
          aria-live="polite"
          data-cg-field="settings-status"
        >
          {status ? t(status.key, ...(status.subs ?? [])) : ''}
          {status?.undo ? (
            <button
              type="button"
              class="opt__undo"
              data-cg-action="undo-settings"
              onClick={() => {
                const undo = status.undo!;
                setStatus(null);
                undo();
              }}
            >
              {t('common_undo')}
            </button>
          ) : null}
        </p>
      </header>
      <nav class="opt__nav" aria-label={t('options_nav')}>
        <a href="#language">{t('options_language')}</a>
        <a href="#sites">{t('options_sites')}</a>
        <a href="#marking">{t('options_marking')}</a>
        <a href="#highlights">{t('options_highlights')}</a>
        <a href="#shortcut">{t('options_shortcut')}</a>
        <a href="#dictionary">{t('options_dictionary')}</a>
      </nav>
      <LanguageSection settings={settings} change={change} />
      <SitesSection settings={settings} change={change} setStatus={setStatus} />
      <MarkingSection settings={settings} change={change} />
      <HighlightsSection settings={settings} change={change} />
      <ShortcutSection />
      <DictionarySection prefill={prefill} />
    </main>
  );
}

function LanguageSection({ settings, change }: { settings: Settings; change: Change }) {
  return (
    <section id="language" class="opt__section">
      <h2>{t('options_language')}</h2>
      <select
        data-cg-setting="language"
        aria-label={t('options_language')}
        value={settings.language}
        onChange={(e) => {
          const language = e.currentTarget.value as LanguagePreference;
          void change((s) => ({ ...s, language }));
        }}
      >
        {(['auto', 'vi', 'en'] as const).map((l) => (
          <option key={l} value={l}>
            {t(LANGUAGE_LABEL[l])}
          </option>
        ))}
      </select>
      <p class="opt__hint">{t('options_language_hint')}</p>
    </section>
  );
}

function SitesSection({ settings, change, setStatus }: { settings: Settings; change: Change; setStatus: (s: Status) => void }) {
  const [input, setInput] = useState('');
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const inputRef = useRef<HTMLInputElement>(null);
  const added = addedSites(settings);

  useEffect(() => {
    let cancelled = false;
    const check = () =>
      void Promise.all(
        added.map(async (h) => [h, await hasSitePermission(h)] as const),
      ).then((entries) => !cancelled && setGranted(Object.fromEntries(entries)));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      cancelled = true;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [added.join(' ')]);

  const add = (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(input);
    if (!host) return setStatus({ kind: 'error', key: 'options_site_invalid', subs: [input.trim()] });
    const covering = siteIn(settings.sites.auto, host);
    if (covering === host) return setStatus({ kind: 'error', key: 'options_site_exists', subs: [host] });
    if (covering) return setStatus({ kind: 'error', key: 'options_site_covered', subs: [host, covering] });
    // Built-in sites are covered by the manifest; others need the reader's permission for that one host.
    void askForSites([host]).then(async (ok) => {
      if (!ok) return setStatus({ kind: 'error', key: 'options_site_denied', subs: [host] });
      await change((s) => ({ ...s, sites: { ...s.sites, auto: [...s.sites.auto, host] } }));
      setInput('');
      inputRef.current?.focus();
    });
  };

  /**
   * Replaces the list; a site the reader added gives its permission back when it leaves the list, and asks for it
   * again (one prompt, in the Undo click) when the old list is put back.
   */
  const replaceList = (next: string[], done: Omit<Done, 'undo'>) => {
    const previous = settings.sites.auto;
    const dropped = previous.filter((h) => !next.includes(h));
    releaseSites(dropped);
    void change((s) => ({ ...s, sites: { ...s.sites, auto: next } }), {
      ...done,
      undo: () => void askForSites(dropped).then(() => change((s) => ({ ...s, sites: { ...s.sites, auto: previous } }))),
    });
  };

  const removeSite = (host: string) =>
    replaceList(settings.sites.auto.filter((h) => h !== host), { key: 'options_site_removed', subs: [host] });

  const resetSites = () => replaceList([...defaultSettings().sites.auto], { key: 'options_sites_reset_done' });

  return (
    <section id="sites" class="opt__section">
      <h2>{t('options_sites')}</h2>
      <h3>{t('options_sites_auto')}</h3>
      <p class="opt__hint">{t('options_sites_auto_hint')}</p>
      <ul class="opt__sites" data-cg-list="sites-auto">
        {settings.sites.auto.map((host) => (
          <li key={host} data-cg-site={host}>
            <span class="opt__host">{host}</span>
            {isBuiltInSite(host) ? <span class="opt__badge">{t('options_site_built_in')}</span> : null}
            {!isBuiltInSite(host) && granted[host] === false ? (
              <>
                <span class="opt__badge opt__badge--warn">{t('options_site_needs_permission')}</span>
                <button type="button" data-cg-action="grant-site" onClick={() => void askForSites([host])}>
                  {t('options_site_grant')}
                </button>
              </>
            ) : null}
            <button
              type="button"
              class="opt__remove"
              data-cg-action="remove-site"
              aria-label={t('options_site_remove', host)}
              title={t('options_site_remove', host)}
              onClick={() => removeSite(host)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form class="opt__row" onSubmit={add}>
        <label>
          {t('options_site_add_label')}
          <input
            ref={inputRef}
            data-cg-setting="site-input"
            value={input}
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-cg-action="add-site">
          {t('options_site_add')}
        </button>
        <button
          type="button"
          data-cg-action="reset-sites"
          onClick={resetSites}
        >
          {t('options_sites_reset')}
        </button>
      </form>
      <h3>{t('options_sites_off')}</h3>
      {settings.sites.off.length === 0 ? (
        <p class="opt__hint">{t('options_sites_off_empty')}</p>
      ) : (
        <ul class="opt__sites" data-cg-list="sites-off">
          {settings.sites.off.map((host) => (
            <li key={host} data-cg-site={host}>
              <span class="opt__host">{host}</span>
              <button
                type="button"
                data-cg-action="enable-site"
                aria-label={t('options_site_enable', host)}
                title={t('options_site_enable', host)}
                onClick={() => void change((s) => ({ ...s, sites: { ...s.sites, off: s.sites.off.filter((h) => h !== host) } }))}
              >
                {t('options_site_enable_short')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Check({ setting, label, checked, disabled, onChange }: {
  setting: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label class="opt__check">
      <input
        type="checkbox"
        data-cg-setting={setting}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      {label}
    </label>
  );
}

function MarkingSection({ settings, change }: { settings: Settings; change: Change }) {
  const m = settings.marking;
  const setMarking = (patch: Partial<Settings['marking']>) => void change((s) => ({ ...s, marking: { ...s.marking, ...patch } }));
  const [delay, setDelay] = useState(m.tooltipDelayMs);
  useEffect(() => setDelay(m.tooltipDelayMs), [m.tooltipDelayMs]);
  return (
    <section id="marking" class="opt__section">
      <h2>{t('options_marking')}</h2>
      <Check
        setting="enabled"
        label={t('options_enabled')}
        checked={settings.enabled}
        onChange={(enabled) => void change((s) => ({ ...s, enabled }))}
      />
      <Check setting="marking.places" label={t('options_places')} checked={m.places} onChange={(places) => setMarking({ places })} />
      <fieldset class="opt__group" disabled={!m.places}>
        <legend>{t('options_levels')}</legend>
        {LEVELS.map((level) => (
          <Check
            key={level}
            setting={`marking.levels.${level}`}
            label={t(LEVEL_LABEL[level])}
            checked={m.levels[level]}
            onChange={(on) => setMarking({ levels: { ...m.levels, [level]: on } })}
          />
        ))}
      </fieldset>
      <Check
        setting="marking.abbreviations"
        label={t('options_abbreviations')}
        checked={m.abbreviations}
        onChange={(abbreviations) => setMarking({ abbreviations })}
      />
      <fieldset class="opt__group">
        <legend>{t('options_map')}</legend>
        {(['article', 'current', 'both'] as const).map((map) => (
          <label class="opt__check" key={map}>
            <input
              type="radio"
              name="map"
              value={map}
              data-cg-setting={`marking.map.${map}`}
              checked={m.map === map}
              onChange={() => setMarking({ map })}
            />
            {t(MAP_LABEL[map])}
          </label>
        ))}
      </fieldset>
      <label class="opt__range">
        {t('options_delay', delay)}
        <input
          type="range"
          data-cg-setting="marking.tooltipDelayMs"
          min={TOOLTIP_DELAY.min}
          max={TOOLTIP_DELAY.max}
          step={50}
          value={delay}
          onInput={(e) => setDelay(Number(e.currentTarget.value))}
          onChange={(e) => setMarking({ tooltipDelayMs: Number(e.currentTarget.value) })}
        />
      </label>
      <p class="opt__hint">{t('options_delay_hint')}</p>
      <Check setting="marking.english" label={t('options_english')} checked={m.english} onChange={(english) => setMarking({ english })} />
    </section>
  );
}

function HighlightsSection({ settings, change }: { settings: Settings; change: Change }) {
  const setColor = (color: HighlightColor, patch: Partial<Settings['highlights']['colors'][HighlightColor]>) =>
    void change((s) => ({
      ...s,
      highlights: { colors: { ...s.highlights.colors, [color]: { ...s.highlights.colors[color], ...patch } } },
    }));
  return (
    <section id="highlights" class="opt__section">
      <h2>{t('options_highlights')}</h2>
      <ul class="opt__colors">
        {HIGHLIGHT_COLORS.map((color) => {
          const value = settings.highlights.colors[color];
          const defaultName = t(COLOR_KEYS[color]);
          return (
            <li key={color} data-cg-color={color}>
              <input
                type="color"
                data-cg-setting={`highlights.${color}.hex`}
                aria-label={t('options_color_value', colorName(color))}
                value={value.hex}
                onChange={(e) => setColor(color, { hex: e.currentTarget.value })}
              />
              <input
                type="text"
                data-cg-setting={`highlights.${color}.name`}
                aria-label={t('options_color_name', defaultName)}
                placeholder={defaultName}
                maxLength={40}
                value={value.name}
                onChange={(e) => setColor(color, { name: e.currentTarget.value })}
              />
              <span class="cg-dot" aria-hidden="true" style={{ background: value.hex }} />
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        data-cg-action="reset-colors"
        onClick={() => void change((s) => ({ ...s, highlights: defaultSettings().highlights }))}
      >
        {t('options_colors_reset')}
      </button>
    </section>
  );
}

/** Chrome's page for shortcuts; Firefox (137+) opens its own from the API. */
const CHROME_SHORTCUTS = 'chrome://extensions/shortcuts';

function ShortcutSection() {
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [manual, setManual] = useState(false);
  useEffect(() => {
    const read = () =>
      void browser.commands
        .getAll()
        .then((all) => setShortcut(all.find((c) => c.name === 'highlight-selection')?.shortcut ?? ''))
        .catch(() => setShortcut(''));
    read();
    // The reader may change it in the browser's page and come back.
    window.addEventListener('focus', read);
    return () => window.removeEventListener('focus', read);
  }, []);
  const open = () => {
    const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
    if (commands.openShortcutSettings) return void commands.openShortcutSettings().catch(() => setManual(true));
    void browser.tabs.create({ url: CHROME_SHORTCUTS }).catch(() => setManual(true));
  };
  return (
    <section id="shortcut" class="opt__section">
      <h2>{t('options_shortcut')}</h2>
      <p data-cg-shortcut={shortcut ?? ''}>
        {t('options_shortcut_highlight', shortcut ? shortcut : t('options_shortcut_none'))}
      </p>
      <button type="button" data-cg-action="open-shortcuts" onClick={open}>
        {t('options_shortcut_change')}
      </button>
      {manual ? <p class="opt__hint">{t('options_shortcut_manual', CHROME_SHORTCUTS)}</p> : null}
    </section>
  );
}
