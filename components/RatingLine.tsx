import type { Rating } from '../engine/types.ts';
import { t } from '../utils/i18n.ts';

/** The transparency rating with its one-line reason (the engine's words, in English). */
export function RatingLine({ rating }: { rating: Rating }) {
  return (
    <section class="rating" aria-labelledby="sl-rating-heading">
      <h2 id="sl-rating-heading">{t('rating_heading')}</h2>
      <p>
        <strong class="rating-label" data-testid="rating-label" lang="en">
          {rating.label}
        </strong>{' '}
        <span class="rating-score">({t('rating_score', { score: Math.round(rating.score) })})</span>
      </p>
      {rating.reason && (
        <p class="rating-reason" lang="en">
          {rating.reason}
        </p>
      )}
    </section>
  );
}
