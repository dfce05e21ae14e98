import type { Rating } from '../engine/types.ts';

/** The transparency rating with its one-line reason. */
export function RatingLine({ rating }: { rating: Rating }) {
  return (
    <section class="rating" aria-labelledby="sl-rating-heading">
      <h2 id="sl-rating-heading">Transparency</h2>
      <p>
        <strong class="rating-label" data-testid="rating-label">
          {rating.label}
        </strong>{' '}
        <span class="rating-score">({Math.round(rating.score)}/100)</span>
      </p>
      {rating.reason && <p class="rating-reason">{rating.reason}</p>}
    </section>
  );
}
