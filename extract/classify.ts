/**
 * Decides whether a page is an article. The page's own declarations (JSON-LD article types,
 * og:type=article, an articleBody mark) count, but text decides: a home page may declare itself an
 * article, and a plain blog may declare nothing.
 */
import type { Walk } from './dom-walk.ts';
import type { Selection } from './select.ts';

export interface PageSignals {
  /** JSON-LD article entity, og:type=article, itemprop=articleBody: the page says it is an article. */
  declared: boolean;
}

/**
 * Readability's readerable test, on our blocks: paragraphs of 140+ characters (in text units, so
 * CJK characters count more) add sqrt(len - 140);
 * 20 is about one long paragraph and a half, or three ordinary ones.
 */
function proseScore(walk: Walk, blocks: number[]): number {
  let score = 0;
  for (const i of blocks) {
    const b = walk.blocks[i];
    const plain = (b.text.length - b.linkChars) * (b.units / b.text.length);
    if (!b.heading && plain >= 140) score += Math.sqrt(plain - 140);
  }
  return score;
}

export function classifyPage(walk: Walk, sel: Selection, signals: PageSignals): { isArticle: boolean; reason: string | null } {
  const prose = proseScore(walk, sel.blocks);
  const links = walk.blocks.reduce((s, b) => s + b.linkChars, 0);
  const all = walk.blocks.reduce((s, b) => s + b.text.length, 0);
  const linkShare = all > 0 ? links / all : 0;
  // Enough prose; or a short piece (a brief, a teaser before a paywall) on a page that says it is an
  // article; or a few hundred characters of prose on a page that is not mostly links, or that holds
  // most of the page's prose (a home page spreads its prose over many teasers).
  if (prose >= 20 || (signals.declared && sel.bodyGood >= 150) || (sel.bodyGood >= 300 && (linkShare < 0.5 || sel.bodyGood >= 0.6 * sel.pageGood))) {
    return { isArticle: true, reason: null };
  }
  if (linkShare > 0.4) {
    return { isArticle: false, reason: 'This looks like a home page or section front: mostly links to other pages.' };
  }
  if (sel.bodyGood < 300) return { isArticle: false, reason: 'There is too little running text here to be an article.' };
  return { isArticle: false, reason: 'This page does not read like a news or blog article.' };
}
