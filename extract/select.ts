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
import { BOILERPLATE_LINE, BYLINE_LINE, HINT_NEGATIVE, HINT_WEAK_NEGATIVE } from './hints.ts';

/** Letters and digits only, lower-cased: how block text is compared with JSON-LD text. */
export function matchKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const ENTITIES: Record<string, string> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', hellip: '…', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', mdash: '—', ndash: '–',
};

/** JSON-LD text sometimes carries HTML entities; the common ones are enough for matching. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/**
 * Text in boilerplate-marked elements counts against a root, but only half: the body filter drops
 * it anyway, and a gallery or promo box inside the article's container must not push the root
 * down to a single paragraph.
 */
const BOILER_WEIGHT = 0.5;
const BOILER_COST = 15;

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

/** Plain text of prose-like blocks: what "most of the page's text" is measured in. */
export function goodChars(b: Block): number {
  const plain = (b.text.length - b.linkChars) * (b.units / b.text.length);
  return !b.heading && plain >= 30 && b.linkChars < 0.8 * b.text.length ? plain : 0;
}

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
  /** Prefix sums of prose characters and of block weights, over blocks. */
  good: Float64Array;
  weight: Float64Array;
  /** Per element: its own class/id marks it as boilerplate; it or an ancestor does. */
  ownBoiler: boolean[];
  boilerCtx: boolean[];
}

/**
 * Which elements are boilerplate. A strong negative class/id word ("comments", "share", "ad")
 * decides; a weak one ("widget", "media", "tags") only when
 * the element's text also reads like boilerplate (little prose, or many links). Either way an
 * element holding most of the page's prose, an <article>/<main>, or the marked article body is not
 * boilerplate.
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
  return { good, weight, ownBoiler, boilerCtx };
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
    if (i > scope && !isWithin(walk, i, scope)) continue;
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

export interface SelectOptions {
  jsonLdBody?: string | null;
  /** The headline's block, or -1. */
  titleBlock?: number;
  /** Look only inside this element (one of several articles on a page). */
  scope?: number;
}

export function selectBody(walk: Walk, scores: PageScores, opts: SelectOptions = {}): Selection {
  const { blocks, elements } = walk;
  const { good, ownBoiler, boilerCtx } = scores;
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
      if (!e.itemprop || !/articlebody/i.test(e.itemprop) || !isWithin(walk, i, scope)) return;
      const w = weight[e.end] - weight[e.first];
      if (w > markedW) {
        marked = i;
        markedW = w;
      }
    });
    if (marked >= 0 && markedW >= MARKED_SHARE * best && good[elements[marked].end] - good[elements[marked].first] >= 200) {
      root = marked;
    }
  }
  return collectBody(walk, scores, root, titleBlock, matched);
}

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
  const rootInHeader = r.el.closest('header') !== null;
  // Blocks before the headline inside the root are kickers, breadcrumbs and labels.
  const from = titleBlock >= r.first && titleBlock < r.end ? titleBlock + 1 : r.first;
  for (let i = from; i < r.end; i++) {
    const b = blocks[i];
    if (i === titleBlock) continue;
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

/**
 * The standfirst: a sentence just under the headline and before the body (often in the article's
 * <header>, which the body otherwise leaves out). It summarises the story and often carries its sourcing ("..., experts
 * say"), so it belongs with the body.
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
