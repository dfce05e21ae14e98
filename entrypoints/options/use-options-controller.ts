/**
 * The options page's state and actions: settings through the shared storage items (watched, so
 * a change made in the popup shows here at once), automatic sites through the permissions API.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { OptionsViewProps, ShortcutRow, SiteRow } from '../../components/OptionsView.tsx';
import type { Category } from '../../engine/types.ts';
import { ALL_SITES, patternFromInput } from '../../utils/auto-annotate.ts';
import { t } from '../../utils/i18n.ts';
import { errorMessage } from '../../utils/messages.ts';
import {
  autoSitesItem,
  categoriesItem,
  defaultSettings,
  keepHistoryItem,
  loadSettings,
  paletteItem,
  resetSettings,
  watchSettings,
  type PaletteName,
  type Settings,
} from '../../utils/settings.ts';

async function siteRows(patterns: readonly string[]): Promise<SiteRow[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  return patterns
    .filter((p) => p !== ALL_SITES)
    .map((pattern) => ({ pattern, granted: granted.includes(pattern) || granted.includes(ALL_SITES) }));
}

export function useOptionsController(): OptionsViewProps {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [sites, setSites] = useState<SiteRow[]>([]);
  const [allSites, setAllSites] = useState(false);
  const [shortcuts, setShortcuts] = useState<ShortcutRow[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [permissionsVersion, setPermissionsVersion] = useState(0);

  useEffect(() => {
    let live = true;
    loadSettings().then((s) => live && setSettings(s), () => undefined);
    const unwatch = watchSettings((s) => live && setSettings(s));
    const bump = () => setPermissionsVersion((v) => v + 1);
    browser.permissions.onAdded.addListener(bump);
    browser.permissions.onRemoved.addListener(bump);
    browser.commands
      .getAll()
      .then((commands) => {
        if (!live) return;
        setShortcuts(
          commands
            .filter((c) => c.name)
            .map((c) => ({
              name: c.name!,
              description: c.name === '_execute_action' ? t('command_execute_action') : (c.description ?? c.name!),
              shortcut: c.shortcut ?? '',
            })),
        );
      })
      .catch(() => undefined);
    return () => {
      live = false;
      unwatch();
      browser.permissions.onAdded.removeListener(bump);
      browser.permissions.onRemoved.removeListener(bump);
    };
  }, []);

  useEffect(() => {
    let live = true;
    const patterns = settings.autoSites.patterns;
    siteRows(patterns).then((rows) => live && setSites(rows), () => undefined);
    browser.permissions
      .contains({ origins: [ALL_SITES] })
      .then((granted) => live && setAllSites(granted && patterns.includes(ALL_SITES)), () => undefined);
    return () => {
      live = false;
    };
  }, [settings.autoSites, permissionsVersion]);

  /** Asks for a site's access straight from the click, then records the choice (or undoes it). */
  const choose = useCallback(
    (pattern: string) => {
      const request = browser.permissions.request({ origins: [pattern] });
      const before = settings.autoSites.patterns;
      void autoSitesItem.setValue({ patterns: [...new Set([...before, pattern])] });
      request
        .then((granted) => {
          if (granted) return setMessage(null);
          setMessage(t('options_site_refused', { site: pattern }));
        })
        .catch((error: unknown) => setMessage(errorMessage(error)));
    },
    [settings.autoSites],
  );

  const remove = useCallback(
    (pattern: string) => {
      void autoSitesItem.setValue({ patterns: settings.autoSites.patterns.filter((p) => p !== pattern) });
      void browser.permissions.remove({ origins: [pattern] }).catch(() => undefined);
    },
    [settings.autoSites],
  );

  return {
    categories: settings.categories,
    palette: settings.palette,
    sites,
    allSites,
    shortcuts,
    message,
    onToggleCategory: (category: Category, visible: boolean) =>
      void categoriesItem.setValue({ ...settings.categories, [category]: visible }),
    onPalette: (palette: PaletteName) => void paletteItem.setValue(palette),
    keepHistory: settings.keepHistory,
    onKeepHistory: (keep: boolean) => void keepHistoryItem.setValue(keep),
    onAddSite: (input: string) => {
      const pattern = patternFromInput(input);
      if (!pattern) return setMessage(t('options_site_invalid', { input }));
      choose(pattern);
    },
    onRemoveSite: remove,
    onGrantSite: choose,
    onAllSites: (enabled: boolean) => (enabled ? choose(ALL_SITES) : remove(ALL_SITES)),
    onOpenHistory: () => void browser.tabs.create({ url: browser.runtime.getURL('/audit-history.html') }),
    onReset: () => {
      const origins = settings.autoSites.patterns;
      void resetSettings().then(() => setMessage(t('options_reset_done')));
      if (origins.length) void browser.permissions.remove({ origins }).catch(() => undefined);
    },
  };
}
