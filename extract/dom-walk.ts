/**
 * The one pass over the DOM: reads every visible text node once and cuts the page into blocks
 * (paragraph-level runs of text) with the DOM segments they came from. Block elements are
 * recorded in document order with the range of blocks inside them, so any element's text
 * statistics are a difference of prefix sums rather than another walk.
 */
import { type BlockLink, BlockBuilder, type BlockSegment, textUnits } from './block-builder.ts';
import { HEADING_TAGS, INLINE_TAGS, SKIP_TAGS, hintBits } from './hints.ts';

export type { BlockLink, BlockSegment } from './block-builder.ts';

/** How the walk treats a tag, looked up once per element. */
const Kind = {
  Block: 0,
  Inline: 1,
  Skip: 2,
  Break: 3,
  Rule: 4,
  Cell: 5,
  /** Blocks that set context for the text inside (headings, list items, quotes, rows, header). */
  Context: 6,
} as const;
type Kind = (typeof Kind)[keyof typeof Kind];

const KINDS = new Map<string, Kind>();
for (const t of INLINE_TAGS) KINDS.set(t, Kind.Inline);
for (const t of SKIP_TAGS) KINDS.set(t, Kind.Skip);
for (const t of [...Object.keys(HEADING_TAGS), 'li', 'dd', 'dt', 'blockquote', 'pre', 'tr', 'header']) KINDS.set(t, Kind.Context);
KINDS.set('br', Kind.Break);
KINDS.set('hr', Kind.Rule);
KINDS.set('td', Kind.Cell);
KINDS.set('th', Kind.Cell);

export interface Block {
  text: string;
  /** Where the text came from, as flat arrays: node i covers [segNums[3i], segNums[3i+1]) from offset segNums[3i+2]. */
  segNodes: Text[];
  segNums: number[];
  links: BlockLink[];
  /** Characters of the text inside links. */
  linkChars: number;
  /**
   * The text's length counted in Latin-letter equivalents: a Chinese, Japanese or Korean character
   * carries about as much as two and a half Latin ones, so CJK prose is not judged short.
   */
  units: number;
  /** Index into `Walk.elements` of the nearest block element holding this text. */
  owner: number;
  /** 1-6 inside a heading, else 0. */
  heading: number;
  /** Inside a list item, a block quote, a preformatted block, a table cell. */
  inList: boolean;
  inQuote: boolean;
  inPre: boolean;
  inTable: boolean;
  /** Inside a <header> element. */
  inHeader: boolean;
}

export interface ElementInfo {
  el: Element;
  tag: string;
  /** Index of the nearest recorded ancestor, or -1. */
  parent: number;
  depth: number;
  /** Blocks [first, end) lie inside this element. */
  first: number;
  end: number;
  /** Class/id hint words found, as HINT_* bits. */
  hint: number;
  itemprop: string | null;
}

/** What the walk picks up on the way for the metadata, so nothing else has to search the document. */
export interface PageHead {
  metas: Element[];
  links: Element[];
  /** Texts of JSON-LD scripts. */
  jsonLd: string[];
  /** The document's <title>. */
  title: string | null;
  /** The first `<time datetime>`. */
  time: string | null;
  /** The `lang` of <html>. */
  lang: string | null;
}

export interface Walk {
  head: PageHead;
  blocks: Block[];
  /** Block-level elements in document order (so a parent precedes its children). */
  elements: ElementInfo[];
  h1s: number[];
}

const WS_FOLD = /\s{2,}|[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const MAX_DEPTH = 400;

/** An attribute's value. */
export function attr(el: Element, name: string): string | null {
  return el.getAttribute(name);
}

/**
 * The class attribute, through its attribute node: linkedom answers getAttribute('class') by
 * building and joining a DOMTokenList, which was most of the walk's cost on class-heavy pages.
 * (Browsers make an Attr wrapper instead, which is cheap enough for block elements.)
 */
function classOf(el: Element): string | null {
  const a = el.getAttributeNode('class');
  return a ? a.value : null;
}

/** Hidden by markup (not by stylesheets: no layout is read). Called only for elements with attributes. */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

interface OpenLink {
  href: string;
  start: number;
}


interface Context {
  heading: number;
  inList: boolean;
  inQuote: boolean;
  inPre: boolean;
  inTable: boolean;
  inHeader: boolean;
}

/** An element being walked: what to restore when its subtree is done, and the next child to read. */
interface Frame {
  depth: number;
  saved: Context;
  savedOwner: number;
  link: OpenLink | null;
  info: ElementInfo | null;
  cell: boolean;
  next: ChildNode | null;
}

/**
 * Walks the whole document once. Never changes it. All top-level nodes are read, not just
 * `documentElement`: with stray markup before <html> a parser may make a <br> the document element
 * and put the real page after it.
 */
export function walkDocument(doc: Document): Walk {
  const steps = walkInSteps(doc, () => false);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many nodes the walk reads between two looks at the clock. */
const NODES_PER_CHECK = 256;

/**
 * The walk, resumable: it pauses (yields) whenever `shouldPause()` says so, checked every few
 * hundred nodes, so a caller in a browser can give the main thread back to the page in between.
 * The walk uses an explicit stack rather than recursion so that it can stop anywhere. A page that
 * changes while the walk is paused may leave it with text from before and after the change; the
 * extension reads the page again after a change anyway.
 */
export function* walkInSteps(doc: Document, shouldPause: () => boolean): Generator<void, Walk, void> {
  const blocks: Block[] = [];
  const elements: ElementInfo[] = [];
  const h1s: number[] = [];
  const head: PageHead = { metas: [], links: [], jsonLd: [], title: null, time: null, lang: null };
  const hints = new Map<string, number>();
  const hintOfValue = (value: string | null): number => {
    if (!value) return 0;
    let known = hints.get(value);
    if (known === undefined) hints.set(value, (known = hintBits(value)));
    return known;
  };
  const b = new BlockBuilder();
  const openLinks: OpenLink[] = [];
  let owner = -1;
  let ctx: Context = { heading: 0, inList: false, inQuote: false, inPre: false, inTable: false, inHeader: false };

  const flush = (): void => {
    if (b.length === 0) {
      for (const l of openLinks) l.start = 0;
      return;
    }
    b.trimEnd();
    for (const l of openLinks) {
      if (b.length > l.start) {
        b.links.push({ start: l.start, end: b.length, href: l.href });
        b.linkChars += b.length - l.start;
      }
      l.start = 0;
    }
    if (b.length > 0 && owner >= 0) {
      const text = b.parts.length === 1 ? b.parts[0] : b.parts.join('');
      blocks.push({
        text,
        units: textUnits(text),
        segNodes: b.segNodes,
        segNums: b.segNums,
        links: b.links,
        linkChars: b.linkChars,
        owner,
        heading: ctx.heading,
        inList: ctx.inList,
        inQuote: ctx.inQuote,
        inPre: ctx.inPre,
        inTable: ctx.inTable,
        inHeader: ctx.inHeader,
      });
    }
    b.reset();
  };

  const text = (node: Text): void => {
    const data = node.data;
    // Most text nodes are the indentation between tags.
    if (data.trim() === '') {
      if (data.length > 0) {
        if (ctx.inPre && data.includes('\n')) b.lineBreak();
        else b.space();
      }
      return;
    }
    if (ctx.inPre) {
      // Preformatted text keeps its line breaks; other whitespace still folds.
      const lines = data.split('\n');
      let offset = 0;
      for (let i = 0; i < lines.length; i++) {
        if (i > 0) b.lineBreak();
        readRun(lines[i], node, offset);
        offset += lines[i].length + 1;
      }
      return;
    }
    readRun(data, node, 0);
  };

  const readRun = (data: string, node: Text, base: number): void => {
    WS_FOLD.lastIndex = 0;
    let i = 0;
    for (let m = WS_FOLD.exec(data); m; m = WS_FOLD.exec(data)) {
      if (m.index > i) b.copy(data.slice(i, m.index), node, base + i);
      b.space();
      i = m.index + m[0].length;
    }
    if (i < data.length) b.copy(i === 0 ? data : data.slice(i), node, base + i);
  };

  /** Reads an element's own part; returns its frame, or null when its subtree is not walked. */
  const enter = (el: Element, depth: number): Frame | null => {
    // HTML parsers give lower-case local names; odd-cased ones (SVG) are skipped or unknown anyway.
    const tag = el.localName;
    const kind = KINDS.get(tag) ?? Kind.Block;
    if (kind === Kind.Skip) {
      if (tag === 'meta') head.metas.push(el);
      else if (tag === 'link') head.links.push(el);
      else if (tag === 'script') {
        if (/ld\+json/i.test(attr(el, 'type') ?? '')) head.jsonLd.push(el.textContent ?? '');
      } else if (tag === 'title' && head.title === null) head.title = el.textContent ?? '';
      return null;
    }
    const attrs = el.hasAttributes();
    if (attrs && isHidden(el)) return null;
    if (kind === Kind.Break) {
      if (!b.lineBreak()) flush();
      return null;
    }
    if (kind === Kind.Rule) {
      flush();
      return null;
    }
    if (tag === 'html' && head.lang === null) head.lang = attr(el, 'lang');
    // Table cells run together into their row, as a reader scans a row; the row is the block.
    const cell = kind === Kind.Cell;
    if (cell) b.space();
    const saved = ctx;
    const savedOwner = owner;
    let link: OpenLink | null = null;
    let info: ElementInfo | null = null;
    if (kind === Kind.Inline || cell) {
      if (attrs) {
        if (tag === 'a') {
          const href = attr(el, 'href');
          if (href !== null) {
            link = { href, start: b.length };
            openLinks.push(link);
          }
        } else if (tag === 'time' && head.time === null) head.time = attr(el, 'datetime');
      }
    } else {
      flush();
      // Pages repeat the same class values many times: read each value once.
      const hint = attrs ? hintOfValue(classOf(el)) | hintOfValue(attr(el, 'id')) : 0;
      info = {
        el,
        tag,
        parent: owner,
        depth,
        first: blocks.length,
        end: blocks.length,
        hint,
        itemprop: attrs ? attr(el, 'itemprop') : null,
      };
      owner = elements.length;
      elements.push(info);
      if (kind === Kind.Context) {
        const h = HEADING_TAGS[tag] ?? 0;
        if (h === 1) h1s.push(owner);
        ctx = {
          heading: h || ctx.heading,
          inList: ctx.inList || tag === 'li' || tag === 'dd' || tag === 'dt',
          inQuote: ctx.inQuote || tag === 'blockquote',
          inPre: ctx.inPre || tag === 'pre',
          inTable: ctx.inTable || tag === 'tr',
          inHeader: ctx.inHeader || tag === 'header',
        };
      }
    }
    return { depth, saved, savedOwner, link, info, cell, next: depth < MAX_DEPTH ? el.firstChild : null };
  };

  /** Closes an element once its subtree is read. */
  const leave = (frame: Frame): void => {
    const { link, info } = frame;
    if (link) {
      openLinks.pop();
      // Leading folded space is not part of the link text.
      let start = link.start;
      if (start < b.length && b.charAt(start) === ' ') start++;
      if (b.length > start) {
        b.links.push({ start, end: b.length, href: link.href });
        b.linkChars += b.length - start;
      }
    }
    if (frame.cell) b.space();
    if (info) {
      flush();
      info.end = blocks.length;
      owner = frame.savedOwner;
      ctx = frame.saved;
    }
  };

  const top = doc.documentElement;
  if (!top) return { head, blocks, elements, h1s };
  elements.push({ el: top, tag: '#document', parent: -1, depth: 0, first: 0, end: 0, hint: 0, itemprop: null });
  owner = 0;
  let read = 0;
  // childNodes here, not firstChild/nextSibling: linkedom does not link the doctype to its siblings.
  for (const child of Array.from(doc.childNodes)) {
    if (child.nodeType === 3) text(child as Text);
    if (child.nodeType !== 1) continue;
    const first = enter(child as Element, 1);
    if (!first) continue;
    const stack: Frame[] = [first];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const node = frame.next;
      if (node === null) {
        stack.pop();
        leave(frame);
        continue;
      }
      frame.next = node.nextSibling;
      const type = node.nodeType;
      if (type === 3) text(node as Text);
      else if (type === 1) {
        const inner = enter(node as Element, frame.depth + 1);
        if (inner) stack.push(inner);
      }
      if (++read % NODES_PER_CHECK === 0 && shouldPause()) yield;
    }
  }
  flush();
  elements[0].end = blocks.length;
  return { head, blocks, elements, h1s };
}
