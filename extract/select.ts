/**
 * Chooses the element holding the article body and the blocks inside it that are article text.
 *
 * Each block gets a weight: positive for running prose, negative for short, link-heavy or
 * boilerplate-hinted text. The body's root is the element whose blocks weigh most in total (a
 * maximum subtree sum, read off prefix sums), which is the tightest element that takes in the
 * prose without taking in more boilerplate than it gains. When JSON-LD carries the article body,
 * blocks are weighed by whether their text appears in it instead.
 */
import type { Block, Walk } from './dom-walk.ts';
import { collectBody } from './body-filter.ts';
import { HINT_NEGATIVE, HINT_WEAK_NEGATIVE } from './hints.ts';
import { decodeEntities, goodChars, matchKey } from './measure.ts';

/**
 * Text in boilerplate-marked elements counts against a root, but only half: the body filter drops
 * it anyway, and a gallery or promo box inside the article's container must not push the root
 * down to a single paragraph.
 */
const BOILER_WEIGHT = 0.5;
const BOILER_COST = 15;

/**
 * What an <article> holding the headline needs to become the root: a share of the root's prose
 * (low, because story cards beside it can outweigh a short article) and a few paragraphs of its own
 * (so an <article> wrapping only the headline and a lede does not cut the body off).
 */
const ARTICLE_SHARE = 0.3;
const ARTICLE_PARAGRAPHS = 3;

/** How close to the best guess an element marked itemprop=articleBody must come to be taken instead. */
const MARKED_SHARE = 0.5;

/** Prose gains weight with length; each block pays a fixed cost so runs of short items sink. */
const BLOCK_COST = 25;
const LIST_ITEM_COST = 8;
/** Link text weighs against a block more than plain text weighs for it: menus and teasers are links. */
const LINK_PENALTY = 1.5;

function proseWeight(b: Block): number {
  const len = b.text.length;
  // Weights are in text units (CJK characters count more), links in characters scaled alike.
  const scale = b.units / len;
  const links = b.linkChars * scale;
  const plain = b.units - links;
  if (b.heading) return Math.min(plain, 40) - BLOCK_COST - links;
  // In running prose, linked words are still prose; only short or mostly-linked blocks are menus.
  const prose = plain >= 50 && b.linkChars <= 0.8 * len;
  // Unlinked list items and table rows are short by nature (a spec list, a results table), not
  // menus: they pay a smaller cost.
  const cost = (b.inList || b.inTable) && b.linkChars === 0 ? LIST_ITEM_COST : BLOCK_COST;
  let w = prose ? plain + 0.3 * links - cost : plain - LINK_PENALTY * links - cost;
  if (plain >= 40 && SENTENCE_END.test(b.text)) w += 20;
  return w;
}

/** Ends like a sentence, in Latin or CJK punctuation. */
const SENTENCE_END = /[.!?:;"”’)。！？」』）]$/;


export interface Selection {
  root: number;
  /** Indexes of the blocks that make up the body, in order. */
  blocks: number[];
  /** Whether JSON-LD articleBody guided the choice. */
  guided: boolean;
  /** Plain text of prose blocks in the body, and over the whole page. */
  bodyGood: number;
  pageGood: number;
}

function prefix(blocks: Block[], f: (b: Block, i: number) => number): Float64Array {
  const p = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) p[i + 1] = p[i] + f(blocks[i], i);
  return p;
}

/** What every selection on a page shares: computed once per page. */
export interface PageScores {
  /** Prefix sums over blocks: prose characters, prose outside boilerplate, and block weights. */
  good: Float64Array;
  cleanGood: Float64Array;
  weight: Float64Array;
  /** Per element: its own class/id marks it as boilerplate; it or an ancestor does. */
  ownBoiler: boolean[];
  boilerCtx: boolean[];
}

/**
 * Which elements are boilerplate. A strong negative class/id word ("comments", "share", "ad")
 * decides; a weak one ("widget") only when the element's text also reads like boilerplate (little
 * prose, or many links). Either way an element holding most of the page's prose, an
 * <article>/<main>, or the marked article body is not boilerplate.
 */
function boilerplateElements(walk: Walk, good: Float64Array, chars: Float64Array, links: Float64Array): boolean[] {
  const total = good[good.length - 1];
  return walk.elements.map((e) => {
    const h = e.hint;
    if (!(h & (HINT_NEGATIVE | HINT_WEAK_NEGATIVE)) || e.tag === 'article' || e.tag === 'main' || e.tag === 'body') return false;
    if (e.itemprop && /articlebody|text/i.test(e.itemprop)) return false;
    const inside = good[e.end] - good[e.first];
    if (inside >= 0.5 * total) return false;
    // A content word beside a strong one does not save it: "more-news", "article-share".
    if (h & HINT_NEGATIVE) return true;
    const text = chars[e.end] - chars[e.first];
    return inside < 0.5 * text || links[e.end] - links[e.first] > 0.3 * text;
  });
}

export function scorePage(walk: Walk): PageScores {
  const good = prefix(walk.blocks, goodChars);
  const chars = prefix(walk.blocks, (b) => b.text.length);
  const links = prefix(walk.blocks, (b) => b.linkChars);
  const ownBoiler = boilerplateElements(walk, good, chars, links);
  const boilerCtx = new Array<boolean>(walk.elements.length);
  walk.elements.forEach((e, i) => {
    boilerCtx[i] = ownBoiler[i] || (e.parent >= 0 && boilerCtx[e.parent]);
  });
  const weight = prefix(walk.blocks, (b) => (boilerCtx[b.owner] ? -BOILER_WEIGHT * b.text.length - BOILER_COST : proseWeight(b)));
  const cleanGood = prefix(walk.blocks, (b) => (boilerCtx[b.owner] ? 0 : goodChars(b)));
  return { good, cleanGood, weight, ownBoiler, boilerCtx };
}

/** Whether element `i` is `anc` or lies inside it. */
export function isWithin(walk: Walk, i: number, anc: number): boolean {
  for (let j = i; j >= 0; j = walk.elements[j].parent) if (j === anc) return true;
  return false;
}

function argmax(walk: Walk, weight: Float64Array, scope: number): number {
  let best = scope;
  let bestW = -Infinity;
  const s = walk.elements[scope];
  // Elements are in document order, so the scope's descendants follow it.
  for (let i = scope; i < walk.elements.length; i++) {
    const e = walk.elements[i];
    if (e.first >= s.end && i > scope) break;
    if (i > scope && scope > 0 && !isWithin(walk, i, scope)) continue;
    const w = weight[e.end] - weight[e.first];
    // ">=": a descendant comes after its ancestor, so ties go to the tighter element.
    if (w >= bestW) {
      best = i;
      bestW = w;
    }
  }
  return best;
}

/** Marks the blocks whose text JSON-LD articleBody holds, or null when it cannot guide (absent, short, truncated). */
function matchJsonLdBody(blocks: Block[], jsonLdBody: string | null): boolean[] | null {
  if (!jsonLdBody || jsonLdBody.length < 150) return null;
  const plain = decodeEntities(jsonLdBody.replace(/<[^>]+>/g, ' ')).trim();
  const key = matchKey(plain);
  const keys = blocks.map((b) => matchKey(b.text));
  const m = keys.map((k) => k.length > 0 && key.includes(k));
  let covered = 0;
  m.forEach((ok, i) => {
    if (ok && !blocks[i].heading && blocks[i].text.length >= 30) covered += keys[i].length;
  });
  // A truncated articleBody (a teaser of the first paragraphs) ends inside a block it does not
  // hold whole; it still marks where the article is, but cannot say where it ends.
  const tail = key.slice(-40);
  const truncated = /(\.\.\.|…|\[…\])$/.test(plain) || keys.some((k, i) => !m[i] && k.includes(tail));
  return covered >= 0.5 * key.length && !truncated ? m : null;
}

/**
 * When the root holds an <article> that holds the headline and much of the root's prose (outside
 * boilerplate), the
 * article is the root: what lies beside it in the same container (story cards with summaries,
 * "more from" blocks with hashed class names) is other stories.
 */
function narrowToArticle(walk: Walk, scores: PageScores, root: number, titleBlock: number): number {
  if (titleBlock < 0) return root;
  const r = walk.elements[root];
  const clean = scores.cleanGood;
  const rootGood = clean[r.end] - clean[r.first];
  for (let i = root + 1; i < walk.elements.length; i++) {
    const e = walk.elements[i];
    if (e.first >= r.end) break;
    if (e.tag !== 'article' || scores.boilerCtx[i]) continue;
    if (titleBlock < e.first || titleBlock >= e.end) continue;
    if (clean[e.end] - clean[e.first] < ARTICLE_SHARE * rootGood) continue;
    let paragraphs = 0;
    for (let b = e.first; b < e.end && paragraphs < ARTICLE_PARAGRAPHS; b++) {
      if (clean[b + 1] > clean[b]) paragraphs++;
    }
    if (paragraphs >= ARTICLE_PARAGRAPHS) return i;
  }
  return root;
}

export interface SelectOptions {
  jsonLdBody?: string | null;
  /** The headline's block, or -1. */
  titleBlock?: number;
  /** Look only inside this element (one of several articles on a page). */
  scope?: number;
}

export function selectBody(walk: Walk, scores: PageScores, opts: SelectOptions = {}): Selection {
  const { blocks, elements } = walk;
  const { good } = scores;
  const titleBlock = opts.titleBlock ?? -1;
  const scope = opts.scope ?? 0;

  // JSON-LD articleBody, when the page ships it whole, says which blocks are the article.
  const matched = matchJsonLdBody(blocks, opts.jsonLdBody ?? null);
  // Guided, the root is the tightest element holding the matched text: text between matched
  // blocks costs little, since the filter below drops whatever JSON-LD does not hold.
  const weight = matched
    ? prefix(blocks, (b, i) => (matched[i] && b.text.length >= 20 ? b.text.length : -0.1 * b.text.length))
    : scores.weight;

  let root = argmax(walk, weight, scope);
  const best = weight[elements[root].end] - weight[elements[root].first];
  // The page's own marking of the body wins when it is nearly as good as the best guess.
  if (!matched) {
    let marked = -1;
    let markedW = -Infinity;
    elements.forEach((e, i) => {
      if (!e.itemprop || !/articlebody/i.test(e.itemprop) || (scope > 0 && !isWithin(walk, i, scope))) return;
      const w = weight[e.end] - weight[e.first];
      if (w > markedW) {
        marked = i;
        markedW = w;
      }
    });
    if (marked >= 0 && markedW >= MARKED_SHARE * best && good[elements[marked].end] - good[elements[marked].first] >= 200) {
      root = marked;
    } else {
      root = narrowToArticle(walk, scores, root, titleBlock);
    }
  }
  return collectBody(walk, scores, root, titleBlock, matched);
}

