/**
 * The article finder: decides whether a page holds an article, finds its headline and body in the
 * DOM, and keeps, for every character of text taken from the page, the text node it came from.
 * It reads the document in one walk, never changes it, and uses no layout, so a browser and the
 * CLI's linkedom give the same text for the same HTML.
 */
import { assembleArticle } from './assemble.ts';
import { classifyPage } from './classify.ts';
import { walkDocument } from './dom-walk.ts';
import { readJsonLd } from './json-ld.ts';
import { readMeta, readMetadata } from './metadata.ts';
import { selectBody } from './select.ts';
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
  if (walk.elements.length === 0) return { isArticle: false, reason: 'The page is empty.', metadata, articles: [] };
  const titleBlock = findTitleBlock(walk, metadata.title);
  const ldBody = ld.article && typeof ld.article.articleBody === 'string' ? ld.article.articleBody : null;
  const sel = selectBody(walk, ldBody, titleBlock);
  const declared =
    ld.article !== null ||
    (meta.get('og:type') ?? '').toLowerCase() === 'article' ||
    walk.elements.some((e) => e.itemprop !== null && /articlebody/i.test(e.itemprop));
  const verdict = classifyPage(walk, sel, { declared });
  if (!verdict.isArticle) return { isArticle: false, reason: verdict.reason, metadata, articles: [] };

  const article = assembleArticle(walk.blocks, titleBlock, metadata.title, sel.blocks, walk.elements[sel.root].el, metadata.url ?? options.url ?? null);
  return { isArticle: true, reason: null, metadata, articles: [article] };
}
