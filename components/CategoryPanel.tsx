/**
 * Counts per category, which doubles as the legend (each row shows the category's colour and
 * underline style) and as the category toggles for the page.
 */
import { ALL_CATEGORIES, type Category } from '../engine/types.ts';
import { categoryPlural, formatShare } from '../utils/category-copy.ts';
import { t } from '../utils/i18n.ts';
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
      <h2 id="sl-categories-heading">{t('categories_heading')}</h2>
      <fieldset class="categories">
        <legend>{t('categories_legend')}</legend>
        {ALL_CATEGORIES.map((category) => (
          <label class="category-row" key={category} data-category={category}>
            <input
              type="checkbox"
              checked={visible[category]}
              onChange={(e) => onToggle(category, (e.currentTarget as HTMLInputElement).checked)}
            />
            <CategorySwatch category={category} palette={palette} />
            <span class="category-name">{categoryPlural(category)}</span>
            <span class="count" data-testid={`count-${category}`}>
              {counts[category] ?? 0}
            </span>
          </label>
        ))}
      </fieldset>
      {named !== null && anonymous !== null ? (
        <p class="share" data-testid="share">
          {t('share_named')} <strong>{named}</strong> · {t('share_anonymous')} <strong>{anonymous}</strong>
        </p>
      ) : (
        <p class="share muted" data-testid="share">
          {t('share_none')}
        </p>
      )}
    </section>
  );
}
