/**
 * Counts per category, which doubles as the legend (each row shows the category's colour and
 * underline style) and as the category toggles for the page.
 */
import { ALL_CATEGORIES, type Category } from '../engine/types.ts';
import { CATEGORY_COPY, formatShare } from '../utils/category-copy.ts';
import { UNDERLINE_STYLE, swatch } from '../utils/palettes.ts';
import type { CategoryVisibility, PaletteName } from '../utils/settings.ts';

export interface CategoryPanelProps {
  counts: Record<Category, number>;
  visible: CategoryVisibility;
  palette: PaletteName;
  namedShare: number | null;
  anonymousShare: number | null;
  onToggle: (category: Category, visible: boolean) => void;
}

export function CategorySwatch({ category, palette }: { category: Category; palette: PaletteName }) {
  const s = swatch(palette, 'light', category);
  return (
    <span
      class="swatch"
      aria-hidden="true"
      style={{ background: s.background, borderBottom: `3px ${UNDERLINE_STYLE[category]} ${s.line}` }}
    />
  );
}

export function CategoryPanel({ counts, visible, palette, namedShare, anonymousShare, onToggle }: CategoryPanelProps) {
  const named = formatShare(namedShare);
  const anonymous = formatShare(anonymousShare);
  return (
    <section aria-labelledby="sl-categories-heading">
      <h2 id="sl-categories-heading">What the article rests on</h2>
      <fieldset class="categories">
        <legend>Highlight on the page</legend>
        {ALL_CATEGORIES.map((category) => (
          <label class="category-row" key={category} data-category={category}>
            <input
              type="checkbox"
              checked={visible[category]}
              onChange={(e) => onToggle(category, (e.currentTarget as HTMLInputElement).checked)}
            />
            <CategorySwatch category={category} palette={palette} />
            <span class="category-name">{CATEGORY_COPY[category].plural}</span>
            <span class="count" data-testid={`count-${category}`}>
              {counts[category] ?? 0}
            </span>
          </label>
        ))}
      </fieldset>
      {named !== null && anonymous !== null ? (
        <p class="share" data-testid="share">
          Named sources: <strong>{named}</strong> · anonymous sources: <strong>{anonymous}</strong>
        </p>
      ) : (
        <p class="share muted" data-testid="share">
          No named or anonymous sources to compare.
        </p>
      )}
    </section>
  );
}
