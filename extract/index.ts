/**
 * The article finder: decides whether a page holds an article, finds its headline and body in the
 * DOM, and keeps, for every character of text taken from the page, the text node it came from.
 * It reads the document in one walk, never changes it, and uses no layout, so a browser and the
 * CLI's linkedom give the same text for the same HTML.
 */
import { assembleArticle } from './assemble.ts';
import { classifyPage } from './classify.ts';
import { type Walk, walkDocument } from './dom-walk.ts';
import { readJsonLd } from './json-ld.ts';
import { readMeta, readMetadata } from './metadata.ts';
import { fullArticleContainers, headingIn } from './multi.ts';
import { isWithin, scorePage, selectBody, type Selection } from './select.ts';
import { findTitleBlock } from './title.ts';
import type { PageResult } from './types.ts';
export type * from './types.ts';
export { rangeForSpan } from './range.ts';

/** Finds the article(s) on a page and its metadata. Takes a Document; touches no globals. */
export function findArticles(doc: Document, options: { url?: string } = {}): PageResult {
  // The whole document, not just `doc.body`: broken markup can leave a parser with an empty first
  // body and the real one after it. The walk also collects <meta>, <link>, <title> and JSON-LD.
  const walk = walkDocument(doc);
  const ld = readJsonLd(walk.head.jsonLd);
  const meta = readMeta(walk.head.metas);
  const metadata = readMetadata(walk.head, ld, meta, options.url);
  if (walk.blocks.length === 0) return { isArticle: false, reason: 'The page has no text.', metadata, articles: [] };

  const scores = scorePage(walk);
  const titleBlock = findTitleBlock(walk, metadata.title);
  const ldBody = ld.article && typeof ld.article.articleBody === 'string' ? ld.article.articleBody : null;
  let main = selectBody(walk, scores, { jsonLdBody: ldBody, titleBlock });
  const declared =
    ld.article !== null ||
    (meta.get('og:type') ?? '').toLowerCase() === 'article' ||
    walk.elements.some((e) => e.itemprop !== null && /articlebody/i.test(e.itemprop));
  const verdict = classifyPage(walk, main, { declared });
  if (!verdict.isArticle) return { isArticle: false, reason: verdict.reason, metadata, articles: [] };

  const base = metadata.url ?? options.url ?? null;
  const build = (sel: Selection, title: number, fallback: string) =>
    assembleArticle(walk.blocks, title, fallback, sel.blocks, walk.elements[sel.root].el, base);

  const containers = fullArticleContainers(walk, scores);
  if (containers.length < 2) {
    return { isArticle: true, reason: null, metadata, articles: [build(main, titleBlock, metadata.title)] };
  }
  // Several full articles. The one holding the main selection leads; when the main selection
  // spans several, the first of them (or the one with the headline) leads and is read on its own.
  let lead = containers.find((c) => isWithin(walk, main.root, c));
  if (lead === undefined) {
    const spanned = containers.filter((c) => isWithin(walk, c, main.root));
    lead = spanned.find((c) => titleBlock >= 0 && holds(walk, c, titleBlock)) ?? spanned[0] ?? containers[0];
    const title = titleBlock >= 0 && holds(walk, lead, titleBlock) ? titleBlock : headingIn(walk, lead);
    main = selectBody(walk, scores, { titleBlock: title, scope: lead });
  }
  const leadTitle = titleBlock >= 0 && !holdsAnyOther(walk, containers, lead, titleBlock) ? titleBlock : headingIn(walk, lead);
  const articles = [build(main, leadTitle, metadata.title)];
  for (const c of containers) {
    if (c === lead) continue;
    const heading = headingIn(walk, c);
    const sel = selectBody(walk, scores, { titleBlock: heading, scope: c });
    if (sel.blocks.length) articles.push(build(sel, heading, ''));
  }
  return { isArticle: true, reason: null, metadata, articles };
}

function holds(walk: Walk, container: number, block: number): boolean {
  const e = walk.elements[container];
  return block >= e.first && block < e.end;
}

function holdsAnyOther(walk: Walk, containers: number[], lead: number, block: number): boolean {
  return containers.some((c) => c !== lead && holds(walk, c, block));
}
