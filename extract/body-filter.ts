/**
 * Which blocks inside the chosen root are the article body: prose, lists, quotes and subheadings,
 * without the boilerplate that sits among them (share bars, related links, bylines, forms), plus
 * the standfirst under the headline.
 */
import type { Block, Walk } from './dom-walk.ts';
import { BOILERPLATE_LINE, BYLINE_LINE, MORE_STORIES_HEADING } from './hints.ts';
import { goodChars, matchKey } from './measure.ts';
import type { PageScores, Selection } from './select.ts';

/** The body blocks inside `root`: prose, lists, quotes and subheadings, without the boilerplate among them. */
export function collectBody(
  walk: Walk,
  scores: PageScores,
  root: number,
  titleBlock: number,
  matched: boolean[] | null = null,
): Selection {
  const { blocks, elements } = walk;
  const { good, ownBoiler, boilerCtx } = scores;
  const r = elements[root];
  const kept: number[] = [];
  // Up the recorded element chain rather than Element.closest: linkedom compiles a selector per call.
  let rootInHeader = false;
  for (let j = root; j >= 0 && !rootInHeader; j = elements[j].parent) rootInHeader = elements[j].tag === 'header';
  // Blocks before the headline inside the root are kickers, breadcrumbs and labels.
  const from = titleBlock >= r.first && titleBlock < r.end ? titleBlock + 1 : r.first;
  for (let i = from; i < r.end; i++) {
    const b = blocks[i];
    if (i === titleBlock) continue;
    // A heading such as "Stories chosen for you" standing in the root itself ends the article: the
    // page's other stories follow. (Inside a box of its own it heads a promo among the article's
    // paragraphs, and the filters below drop the box's links.)
    if (b.heading && kept.length > 0 && elements[b.owner].parent === root && endsArticle(b)) break;
    if (matched && !matched[i] && !b.heading) continue;
    if (b.inHeader && !rootInHeader) continue;
    // Quotes stay even inside marked wrappers: embedded posts sit in "social"/"embed" boxes but are
    // quoted material of the story.
    if (boilerCtx[b.owner] && !b.inQuote && isInside(walk, b.owner, root, ownBoiler)) continue;
    // A form inside the body is a signup or comment box (a page wrapped whole in a form is not
    // affected: the root is then inside the form).
    if (inForm(walk, b.owner, root)) continue;
    if (isLinkLine(b)) continue;
    if (b.text.length < 100 && (BOILERPLATE_LINE.test(b.text) || BYLINE_LINE.test(b.text))) continue;
    // Other h1s inside the body are section headings on pages that use h1 for those; a copy of
    // the headline is not.
    if (b.heading === 1 && titleBlock >= 0 && matchKey(b.text) === matchKey(blocks[titleBlock].text)) continue;
    kept.push(i);
  }
  // A heading whose section kept nothing headed boilerplate ("Related stories").
  const body = kept.filter((i, k) => {
    const b = blocks[i];
    if (!b.heading) return true;
    const next = kept[k + 1];
    return next !== undefined && !blocks[next].heading;
  });
  const dek = standfirst(walk, titleBlock, body[0] ?? walk.elements[root].end);
  if (dek >= 0) body.unshift(dek);
  const bodyGood = body.reduce((s, i) => s + goodChars(blocks[i]), 0);
  return { root, blocks: body, guided: matched !== null, bodyGood, pageGood: good[good.length - 1] };
}

function endsArticle(b: Block): boolean {
  return b.text.length < 60 && MORE_STORIES_HEADING.test(b.text.trim());
}

/**
 * The standfirst: a sentence just under the headline and before the body (often in the article's
 * <header>, which the body otherwise leaves out). It summarises the story and often carries its
 * sourcing ("..., experts say"), so it belongs with the body.
 */
function standfirst(walk: Walk, titleBlock: number, firstBody: number): number {
  if (titleBlock < 0 || titleBlock >= firstBody) return -1;
  const last = Math.min(titleBlock + 4, firstBody - 1);
  for (let i = titleBlock + 1; i <= last; i++) {
    const b = walk.blocks[i];
    if (b.heading) return -1;
    if (b.text.length >= 60 && b.linkChars < 0.2 * b.text.length && /[.!?"”’]$/.test(b.text) && !BYLINE_LINE.test(b.text)) return i;
  }
  return -1;
}

const SOURCING_CUE = /^(via|source|sources|according|reported|reports|citing|courtesy)$/i;

/**
 * A line that is mostly a link with a label ("Related: ...", "See also: ..."): more than half link
 * text and at most three words of its own. A sourcing line such as "Source: Financial Times, as
 * reported by European Pravda" is half links too, but says something in its own words.
 */
function isLinkLine(b: Block): boolean {
  if (b.linkChars > 0.8 * b.text.length) return true;
  if (b.linkChars <= 0.5 * b.text.length) return false;
  let own = '';
  let at = 0;
  for (const l of b.links) {
    own += b.text.slice(at, l.start) + ' ';
    at = Math.max(at, l.end);
  }
  own += b.text.slice(at);
  const words = own.match(/[\p{L}\p{N}]+/gu) ?? [];
  // "Via CNN", "Source: Reuters": a line naming where the story comes from is the story's sourcing.
  if (words.some((w) => SOURCING_CUE.test(w))) return false;
  return words.length <= 3;
}

/** Whether a boilerplate element lies between `owner` and `root` (the root's own context does not count). */
function inForm(walk: Walk, owner: number, root: number): boolean {
  for (let j = owner; j >= 0 && j !== root; j = walk.elements[j].parent) if (walk.elements[j].tag === 'form') return true;
  return false;
}

function isInside(walk: Walk, owner: number, root: number, own: boolean[]): boolean {
  for (let j = owner; j >= 0 && j !== root; j = walk.elements[j].parent) if (own[j]) return true;
  return false;
}
