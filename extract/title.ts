/**
 * Finds the headline in the DOM: the h1 (or, failing that, an h2) whose text is the page's declared
 * title, so the title has DOM segments like the body. A logo or section name in an h1 is not taken.
 */
import type { Walk } from './dom-walk.ts';
import { matchKey } from './measure.ts';

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** How well a heading's text matches the declared title, 0..1. */
export function titleSimilarity(heading: string, declared: string): number {
  const a = matchKey(heading);
  const b = matchKey(declared);
  if (!a || !b) return 0;
  if (a === b) return 1;
  // "Headline | Site" declared, "Headline" in the page; or the reverse with a kicker.
  if (b.includes(a) && a.length >= 0.5 * b.length) return 0.9;
  if (a.includes(b) && b.length >= 0.6 * a.length) return 0.85;
  const wa = words(heading);
  const wb = words(declared);
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(wa.size, wb.size);
}

/** The block holding the headline, or -1. */
export function findTitleBlock(walk: Walk, declared: string): number {
  let best = -1;
  let bestScore = 0.6;
  const single = walk.blocks.length;
  for (let i = 0; i < single; i++) {
    const b = walk.blocks[i];
    if (b.heading !== 1 && b.heading !== 2) continue;
    if (b.linkChars > 0.5 * b.text.length && b.heading === 2) continue;
    // An h2 needs a closer match: h2s are also section and teaser headings.
    const s = titleSimilarity(b.text, declared) - (b.heading === 2 ? 0.1 : 0);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  if (best >= 0) return best;
  // No declared title to match: a lone, sentence-length h1 is the headline.
  const h1Blocks = walk.blocks.map((b, i) => (b.heading === 1 ? i : -1)).filter((i) => i >= 0);
  if (!declared && h1Blocks.length === 1 && walk.blocks[h1Blocks[0]].text.length >= 15) return h1Blocks[0];
  return -1;
}
