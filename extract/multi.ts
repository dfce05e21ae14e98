/**
 * Pages that hold several full articles: a live blog's long posts, a page of stacked stories, an
 * infinite-scroll article page with the next story already loaded. Each `<article>` (or element
 * marked `itemprop=articleBody`) that carries a headline and a real body of its own is one
 * article; teaser cards with a headline and a sentence, and long comments, are not.
 */
import type { Walk } from './dom-walk.ts';
import { goodChars } from './measure.ts';
import type { PageScores } from './select.ts';

/** A full article has at least this much prose, in at least this many paragraphs. */
const MIN_PROSE = 300;
const MIN_PARAGRAPHS = 3;

/** Outermost article containers with full bodies, in document order. */
export function fullArticleContainers(walk: Walk, scores: PageScores): number[] {
  const out: number[] = [];
  let skipUntil = -1;
  walk.elements.forEach((e, i) => {
    if (e.first < skipUntil) return;
    const marked = e.tag === 'article' || (e.itemprop !== null && /articlebody/i.test(e.itemprop));
    if (!marked || scores.boilerCtx[i]) return;
    let paragraphs = 0;
    for (let b = e.first; b < e.end && paragraphs < MIN_PARAGRAPHS; b++) if (goodChars(walk.blocks[b]) > 0) paragraphs++;
    if (paragraphs < MIN_PARAGRAPHS || scores.good[e.end] - scores.good[e.first] < MIN_PROSE) return;
    // A story has a headline of its own; a long comment does not.
    if (headingIn(walk, i) < 0) return;
    out.push(i);
    // Containers nested in this one belong to it.
    skipUntil = e.end;
  });
  return out;
}

/** The first heading inside an article container: its headline. */
export function headingIn(walk: Walk, container: number): number {
  const e = walk.elements[container];
  for (let b = e.first; b < e.end; b++) {
    const h = walk.blocks[b].heading;
    if (h >= 1 && h <= 3) return b;
  }
  return -1;
}
