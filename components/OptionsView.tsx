/**
 * The options page, drawn from plain data: categories, palette, automatic sites, the shortcuts,
 * whether to keep a history, and a reset. The controller hook (entrypoints/options) does the
 * storage and permissions.
 */
import { useState } from 'preact/hooks';
import { ALL_CATEGORIES, type Category } from '../engine/types.ts';
import { categoryPlural, categoryWhy } from '../utils/category-copy.ts';
import { msgKey, t, type MessageKey } from '../utils/i18n.ts';
import { PALETTE_NAMES, type CategoryVisibility, type PaletteName } from '../utils/settings.ts';
import { CategorySwatch } from './CategoryPanel.tsx';

export interface SiteRow {
  pattern: string;
  /** Whether the browser granted access; a chosen site without it does not annotate. */
  granted: boolean;
}

export interface ShortcutRow {
  name: string;
  description: string;
  shortcut: string;
}

export interface OptionsViewProps {
  categories: CategoryVisibility;
  palette: PaletteName;
  sites: readonly SiteRow[];
  allSites: boolean;
  shortcuts: readonly ShortcutRow[];
  message: string | null;
  onToggleCategory: (category: Category, visible: boolean) => void;
  onPalette: (palette: PaletteName) => void;
  onAddSite: (input: string) => void;
  onRemoveSite: (pattern: string) => void;
  onGrantSite: (pattern: string) => void;
  onAllSites: (enabled: boolean) => void;
  /** Whether audited articles are added to the history. */
  keepHistory: boolean;
  onKeepHistory: (keep: boolean) => void;
  onReset: () => void;
  onOpenHistory: () => void;
}

const PALETTE_LABEL: Record<PaletteName, { label: MessageKey; hint: MessageKey }> = {
  default: { label: msgKey('palette_default'), hint: msgKey('palette_default_hint') },
  'colour-blind': { label: msgKey('palette_colour_blind'), hint: msgKey('palette_colour_blind_hint') },
  'high-contrast': { label: msgKey('palette_high_contrast'), hint: msgKey('palette_high_contrast_hint') },
};

/** Keys read by the page itself (not browser commands, so not listed by the browser). */
const PAGE_KEYS: readonly [string, MessageKey][] = [
  ['Esc', msgKey('options_key_close_card')],
  ['Alt+Shift+1 / 2 / 3', msgKey('options_key_practice_mark')],
  ['Alt+Shift+M', msgKey('options_key_practice_toolbar')],
];

export function OptionsView(props: OptionsViewProps) {
  const [site, setSite] = useState('');
  return (
    <main class="options">
      <h1>{t('options_heading')}</h1>
      {props.message && (
        <p class="notice" role="status">
          {props.message}
        </p>
      )}

      <section aria-labelledby="opt-categories">
        <h2 id="opt-categories">{t('options_categories_heading')}</h2>
        <fieldset>
          <legend>{t('options_categories_legend')}</legend>
          {ALL_CATEGORIES.map((category) => (
            <label class="category-row" key={category}>
              <input
                type="checkbox"
                checked={props.categories[category]}
                onChange={(e) => props.onToggleCategory(category, (e.currentTarget as HTMLInputElement).checked)}
              />
              <CategorySwatch category={category} palette={props.palette} />
              <span>
                <strong>{categoryPlural(category)}</strong> — {categoryWhy(category)}
              </span>
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="opt-palette">
        <h2 id="opt-palette">{t('options_palette_heading')}</h2>
        <fieldset>
          <legend>{t('options_palette_legend')}</legend>
          {PALETTE_NAMES.map((name) => (
            <label class="palette-row" key={name}>
              <input
                type="radio"
                name="palette"
                value={name}
                checked={props.palette === name}
                onChange={() => props.onPalette(name)}
              />
              <span class="palette-preview" aria-hidden="true">
                {ALL_CATEGORIES.map((c) => (
                  <CategorySwatch key={c} category={c} palette={name} />
                ))}
              </span>
              <span>
                <strong>{t(PALETTE_LABEL[name].label)}</strong> — {t(PALETTE_LABEL[name].hint)}
              </span>
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="opt-sites">
        <h2 id="opt-sites">{t('options_sites_heading')}</h2>
        <p>{t('options_sites_intro')}</p>
        <label class="category-row">
          <input
            type="checkbox"
            checked={props.allSites}
            onChange={(e) => props.onAllSites((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t('options_all_sites')}</span>
        </label>
        <form
          class="add-site"
          onSubmit={(e) => {
            e.preventDefault();
            if (site.trim()) props.onAddSite(site.trim());
            setSite('');
          }}
        >
          <label for="opt-site-input">{t('options_site_label')}</label>
          <input
            id="opt-site-input"
            type="text"
            inputMode="url"
            placeholder="www.example.org"
            value={site}
            onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">{t('options_add_site')}</button>
        </form>
        {props.sites.length ? (
          <ul class="sites">
            {props.sites.map((row) => (
              <li key={row.pattern}>
                <code>{row.pattern}</code>
                {!row.granted && (
                  <>
                    {' '}
                    <span class="muted">{t('options_site_not_allowed')}</span>{' '}
                    <button type="button" onClick={() => props.onGrantSite(row.pattern)}>
                      {t('options_allow')}
                    </button>
                  </>
                )}{' '}
                <button type="button" onClick={() => props.onRemoveSite(row.pattern)} aria-label={t('options_remove_site', { site: row.pattern })}>
                  {t('options_remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('options_no_sites')}</p>
        )}
      </section>

      <section aria-labelledby="opt-keys">
        <h2 id="opt-keys">{t('options_keys_heading')}</h2>
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">{t('options_keys_action')}</th>
              <th scope="col">{t('options_keys_shortcut')}</th>
            </tr>
          </thead>
          <tbody>
            {props.shortcuts.map((s) => (
              <tr key={s.name}>
                <td>{s.description}</td>
                <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="muted">{t('options_keys_not_set')}</span>}</td>
              </tr>
            ))}
            {PAGE_KEYS.map(([keys, description]) => (
              <tr key={keys}>
                <td>{t(description)}</td>
                <td>
                  <kbd>{keys}</kbd>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="muted">{t('options_keys_change')}</p>
      </section>

      <section aria-labelledby="opt-history">
        <h2 id="opt-history">{t('options_history_heading')}</h2>
        <p>{t('options_history_text')}</p>
        <label class="category-row">
          <input
            type="checkbox"
            checked={props.keepHistory}
            aria-describedby="opt-keep-history-hint"
            onChange={(e) => props.onKeepHistory((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t('options_keep_history')}</span>
        </label>
        <p id="opt-keep-history-hint" class="muted">
          {t('options_keep_history_hint')}
        </p>
        <button type="button" onClick={props.onOpenHistory}>
          {t('options_open_history')}
        </button>
      </section>

      <section aria-labelledby="opt-reset">
        <h2 id="opt-reset">{t('options_reset_heading')}</h2>
        <p>{t('options_reset_text')}</p>
        <button type="button" onClick={props.onReset}>
          {t('options_reset')}
        </button>
      </section>
    </main>
  );
}
