/**
 * The options page, drawn from plain data: categories, palette, automatic sites, the shortcuts
 * and a reset. The controller hook (entrypoints/options) does the storage and permissions.
 */
import { useState } from 'preact/hooks';
import { ALL_CATEGORIES, type Category } from '../engine/types.ts';
import { CATEGORY_COPY } from '../utils/category-copy.ts';
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
  onReset: () => void;
}

const PALETTE_LABEL: Record<PaletteName, { label: string; hint: string }> = {
  default: { label: 'Default', hint: 'Soft tints with a coloured underline.' },
  'colour-blind': { label: 'Colour-blind safe', hint: 'Okabe–Ito colours that stay apart with red–green colour blindness.' },
  'high-contrast': { label: 'High contrast', hint: 'Solid backgrounds with black text and thick underlines.' },
};

export function OptionsView(props: OptionsViewProps) {
  const [site, setSite] = useState('');
  return (
    <main class="options">
      <h1>SourceLens options</h1>
      {props.message && (
        <p class="notice" role="status">
          {props.message}
        </p>
      )}

      <section aria-labelledby="opt-categories">
        <h2 id="opt-categories">Categories shown on the page</h2>
        <fieldset>
          <legend>Highlight these</legend>
          {ALL_CATEGORIES.map((category) => (
            <label class="category-row" key={category}>
              <input
                type="checkbox"
                checked={props.categories[category]}
                onChange={(e) => props.onToggleCategory(category, (e.currentTarget as HTMLInputElement).checked)}
              />
              <CategorySwatch category={category} palette={props.palette} />
              <span>
                <strong>{CATEGORY_COPY[category].plural}</strong> — {CATEGORY_COPY[category].why}
              </span>
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="opt-palette">
        <h2 id="opt-palette">Colours</h2>
        <fieldset>
          <legend>Palette</legend>
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
                <strong>{PALETTE_LABEL[name].label}</strong> — {PALETTE_LABEL[name].hint}
              </span>
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="opt-sites">
        <h2 id="opt-sites">Annotate automatically</h2>
        <p>
          By default SourceLens reads a page only when you click its button or press its shortcut. Sites listed here
          are annotated as soon as they load; the browser asks you to allow each one.
        </p>
        <label class="category-row">
          <input
            type="checkbox"
            checked={props.allSites}
            onChange={(e) => props.onAllSites((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>On all sites</span>
        </label>
        <form
          class="add-site"
          onSubmit={(e) => {
            e.preventDefault();
            if (site.trim()) props.onAddSite(site.trim());
            setSite('');
          }}
        >
          <label for="opt-site-input">Site address</label>
          <input
            id="opt-site-input"
            type="text"
            inputMode="url"
            placeholder="www.example.org"
            value={site}
            onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">Add site</button>
        </form>
        {props.sites.length ? (
          <ul class="sites">
            {props.sites.map((row) => (
              <li key={row.pattern}>
                <code>{row.pattern}</code>
                {!row.granted && (
                  <>
                    {' '}
                    <span class="muted">(not allowed yet)</span>{' '}
                    <button type="button" onClick={() => props.onGrantSite(row.pattern)}>
                      Allow
                    </button>
                  </>
                )}{' '}
                <button type="button" onClick={() => props.onRemoveSite(row.pattern)} aria-label={`Remove ${row.pattern}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">No sites yet.</p>
        )}
      </section>

      <section aria-labelledby="opt-keys">
        <h2 id="opt-keys">Keyboard shortcuts</h2>
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Shortcut</th>
            </tr>
          </thead>
          <tbody>
            {props.shortcuts.map((s) => (
              <tr key={s.name}>
                <td>{s.description}</td>
                <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="muted">not set</span>}</td>
              </tr>
            ))}
            <tr>
              <td>Close the card</td>
              <td>
                <kbd>Esc</kbd>
              </td>
            </tr>
          </tbody>
        </table>
        <p class="muted">
          Change them in the browser: chrome://extensions/shortcuts in Chrome, or Manage Extension Shortcuts in
          Firefox's add-ons page.
        </p>
      </section>

      <section aria-labelledby="opt-reset">
        <h2 id="opt-reset">Reset</h2>
        <p>Back to the default categories and colours, and no automatic sites (their access is withdrawn).</p>
        <button type="button" onClick={props.onReset}>
          Reset all settings
        </button>
      </section>
    </main>
  );
}
