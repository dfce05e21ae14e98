/**
 * Settings, declared once. Popup, options and content scripts read and `watch` these same items,
 * so a change in one place shows everywhere at once. Stored in `sync` so they follow the user.
 */
import { storage } from 'wxt/utils/storage';
import { ALL_CATEGORIES, type Category } from '../engine/types.ts';

export type CategoryVisibility = Record<Category, boolean>;
export type PaletteName = 'default' | 'colour-blind' | 'high-contrast';
export const PALETTE_NAMES: readonly PaletteName[] = ['default', 'colour-blind', 'high-contrast'];

/** Named attributions are counted but not drawn unless the reader asks (see the taxonomy). */
export const DEFAULT_CATEGORIES: Readonly<CategoryVisibility> = Object.freeze({
  anonymous: true,
  secondhand: true,
  hedge: true,
  named: false,
});

export const DEFAULT_PALETTE: PaletteName = 'default';

/** Whether audited articles are listed in the history (on this computer only). On by default. */
export const DEFAULT_KEEP_HISTORY = true;

/**
 * Sites the user chose for automatic annotation, as match patterns ("https://example.org/*",
 * or "*://*\/*" for all sites). A site annotates only while its host permission is also granted.
 */
export interface AutoSites {
  patterns: string[];
}
export const DEFAULT_AUTO_SITES: Readonly<AutoSites> = Object.freeze({ patterns: [] });

/** Fills in categories missing from a stored record (stored by an older build, or by hand). */
export function normalizeCategories(value: unknown): CategoryVisibility {
  const stored = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  return Object.fromEntries(
    ALL_CATEGORIES.map((c) => {
      const v = (stored as Record<string, unknown>)[c];
      return [c, typeof v === 'boolean' ? v : DEFAULT_CATEGORIES[c]];
    }),
  ) as CategoryVisibility;
}

export function normalizePalette(value: unknown): PaletteName {
  return PALETTE_NAMES.includes(value as PaletteName) ? (value as PaletteName) : DEFAULT_PALETTE;
}

export function normalizeKeepHistory(value: unknown): boolean {
  return typeof value === 'boolean' ? value : DEFAULT_KEEP_HISTORY;
}

export function normalizeAutoSites(value: unknown): AutoSites {
  const patterns = (value as AutoSites | null)?.patterns;
  if (!Array.isArray(patterns)) return { patterns: [] };
  return { patterns: [...new Set(patterns.filter((p): p is string => typeof p === 'string'))] };
}

export const categoriesItem = storage.defineItem<CategoryVisibility>('sync:categories', {
  fallback: { ...DEFAULT_CATEGORIES },
  // Every item starts at version 1 so a later change of shape can add a migration here;
  // values read back also pass through the normalize* functions, which repair partial records.
  version: 1,
});

export const paletteItem = storage.defineItem<PaletteName>('sync:palette', {
  fallback: DEFAULT_PALETTE,
  version: 1,
});

export const autoSitesItem = storage.defineItem<AutoSites>('sync:autoSites', {
  fallback: { patterns: [] },
  version: 1,
});

export const keepHistoryItem = storage.defineItem<boolean>('sync:keepHistory', {
  fallback: DEFAULT_KEEP_HISTORY,
  version: 1,
});

export interface Settings {
  categories: CategoryVisibility;
  palette: PaletteName;
  autoSites: AutoSites;
  keepHistory: boolean;
}

/** The settings before any is stored (a fresh copy each time: callers may keep it as state). */
export function defaultSettings(): Settings {
  return {
    categories: { ...DEFAULT_CATEGORIES },
    palette: DEFAULT_PALETTE,
    autoSites: { patterns: [...DEFAULT_AUTO_SITES.patterns] },
    keepHistory: DEFAULT_KEEP_HISTORY,
  };
}

export async function loadSettings(): Promise<Settings> {
  const [categories, palette, autoSites, keepHistory] = await Promise.all([
    categoriesItem.getValue(),
    paletteItem.getValue(),
    autoSitesItem.getValue(),
    keepHistoryItem.getValue(),
  ]);
  return {
    categories: normalizeCategories(categories),
    palette: normalizePalette(palette),
    autoSites: normalizeAutoSites(autoSites),
    keepHistory: normalizeKeepHistory(keepHistory),
  };
}

/** Calls `onChange` with the full settings whenever any item changes; returns the unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const reload = () => void loadSettings().then(onChange, () => undefined);
  const unwatchers = [categoriesItem, paletteItem, autoSitesItem, keepHistoryItem].map((item) => item.watch(reload));
  return () => unwatchers.forEach((unwatch) => unwatch());
}

/**
 * Back to defaults (the options page's reset). Auto sites are emptied; permissions are revoked by
 * the caller. The history itself is not touched: it is deleted from the history page.
 */
export async function resetSettings(): Promise<void> {
  await Promise.all([categoriesItem, paletteItem, autoSitesItem, keepHistoryItem].map((item) => item.removeValue()));
}
