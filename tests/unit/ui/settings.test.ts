import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  autoSitesItem,
  categoriesItem,
  DEFAULT_CATEGORIES,
  defaultSettings,
  keepHistoryItem,
  loadSettings,
  normalizeAutoSites,
  normalizeCategories,
  normalizePalette,
  paletteItem,
  resetSettings,
  watchSettings,
} from '../../../utils/settings.ts';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults: the three flagged categories shown, named hidden, default palette, no automatic sites, a history kept', async () => {
    const expected = {
      categories: { anonymous: true, secondhand: true, hedge: true, named: false },
      palette: 'default',
      autoSites: { patterns: [] },
      keepHistory: true,
    };
    expect(await loadSettings()).toEqual(expected);
    expect(defaultSettings()).toEqual(expected);
  });

  it('defaultSettings gives a fresh copy each time', () => {
    const a = defaultSettings();
    a.categories.named = true;
    a.autoSites.patterns.push('*://a.org/*');
    expect(defaultSettings().categories.named).toBe(false);
    expect(defaultSettings().autoSites.patterns).toEqual([]);
  });

  it('keeping a history is a stored choice; anything but a boolean reads as the default (on)', async () => {
    await keepHistoryItem.setValue(false);
    expect(await fakeBrowser.storage.sync.get('keepHistory')).toEqual({ keepHistory: false });
    expect((await loadSettings()).keepHistory).toBe(false);
    await fakeBrowser.storage.sync.set({ keepHistory: 'no' });
    expect((await loadSettings()).keepHistory).toBe(true);
  });

  it('reads values back as stored, in sync storage', async () => {
    await paletteItem.setValue('colour-blind');
    await categoriesItem.setValue({ ...DEFAULT_CATEGORIES, named: true });
    const raw = await fakeBrowser.storage.sync.get(['palette', 'categories']);
    expect(raw).toEqual({ palette: 'colour-blind', categories: { ...DEFAULT_CATEGORIES, named: true } });
    const s = await loadSettings();
    expect(s.palette).toBe('colour-blind');
    expect(s.categories.named).toBe(true);
  });

  it('a record stored without a category (an older build, another device) gets that category\'s default', async () => {
    await fakeBrowser.storage.sync.set({ categories: { anonymous: false, secondhand: true, hedge: true } });
    expect((await loadSettings()).categories).toEqual({ anonymous: false, secondhand: true, hedge: true, named: false });
  });

  it('values of the wrong shape fall back to defaults instead of breaking the UI', async () => {
    await fakeBrowser.storage.sync.set({ palette: 'sepia', autoSites: { patterns: ['*://a.org/*', 4, '*://a.org/*'] } });
    const s = await loadSettings();
    expect(s.palette).toBe('default');
    expect(s.autoSites).toEqual({ patterns: ['*://a.org/*'] });
  });

  it('watchSettings reports every change with the whole settings, until unwatched', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await paletteItem.setValue('high-contrast');
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ palette: 'high-contrast' })));
    unwatch();
    seen.mockClear();
    await paletteItem.setValue('default');
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).not.toHaveBeenCalled();
  });

  it('watchSettings reports turning the history off', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await keepHistoryItem.setValue(false);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ keepHistory: false })));
    unwatch();
  });

  it('reset goes back to the defaults', async () => {
    await paletteItem.setValue('high-contrast');
    await autoSitesItem.setValue({ patterns: ['*://example.org/*'] });
    await categoriesItem.setValue({ ...DEFAULT_CATEGORIES, hedge: false });
    await keepHistoryItem.setValue(false);
    await resetSettings();
    expect(await loadSettings()).toEqual({
      categories: { ...DEFAULT_CATEGORIES },
      palette: 'default',
      autoSites: { patterns: [] },
      keepHistory: true,
    });
  });
});

describe('normalizers', () => {
  it.each([
    [null, DEFAULT_CATEGORIES],
    [[], DEFAULT_CATEGORIES],
    [{ named: true }, { ...DEFAULT_CATEGORIES, named: true }],
    [{ hedge: 'no' }, DEFAULT_CATEGORIES],
  ])('normalizeCategories(%j)', (input, expected) => {
    expect(normalizeCategories(input)).toEqual(expected);
  });

  it.each([
    ['colour-blind', 'colour-blind'],
    ['high-contrast', 'high-contrast'],
    [undefined, 'default'],
    ['colorblind', 'default'],
  ])('normalizePalette(%j) is %s', (input, expected) => {
    expect(normalizePalette(input)).toBe(expected);
  });

  it('normalizeAutoSites keeps distinct string patterns only', () => {
    expect(normalizeAutoSites({ patterns: ['a', 'b', 'a', null] })).toEqual({ patterns: ['a', 'b'] });
    expect(normalizeAutoSites('x')).toEqual({ patterns: [] });
  });
});
