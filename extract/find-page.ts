/**
 * The article finder without the outlet gazetteer: `scanPage` reads the document in one walk,
 * `finishPage` makes every decision from that scan, given the gazetteer's answers. The browser
 * extension runs these in the page and asks its background for the answers (`scanQueries`), so
 * the page never loads the gazetteer; `findArticles` (index.ts) runs both with the gazetteer.
 */
import { assembleArticle } from './assemble.ts';
import { classifyPage } from './classify.ts';
import { type PageHead, type Walk, walkDocument, walkInSteps } from './dom-walk.ts';
import { type JsonLdInfo, readJsonLd } from './json-ld.ts';
import { outletQueries, readMeta, readMetadata } from './metadata.ts';
import { fullArticleContainers, headingIn } from './multi.ts';
import { isWithin, scorePage, selectBody, type Selection } from './select.ts';
import { findTitleBlock } from './title.ts';
import type { OutletNames, OutletQueries, PageResult } from './types.ts';

/** What one walk of the document yields, before any decision is made. */
export interface PageScan {
  walk: Walk;
  ld: JsonLdInfo;
  meta: Map<string, string>;
  url?: string;
}

/** The one pass over the document (the costly part). Takes a Document; touches no globals. */
export function scanPage(doc: Document, options: { url?: string } = {}): PageScan {
  // The whole document, not just `doc.body`: broken markup can leave a parser with an empty first
  // body and the real one after it. The walk also collects <meta>, <link>, <title> and JSON-LD.
  const walk = walkDocument(doc);
  return { walk, ld: readJsonLd(walk.head.jsonLd), meta: readMeta(walk.head.metas), url: options.url };
}

/**
 * `scanPage` in steps: it pauses whenever `shouldPause()` says so (checked every few hundred
 * nodes), so a browser can give the main thread back to the page between steps.
 */
export function* scanPageInSteps(doc: Document, options: { url?: string }, shouldPause: () => boolean): Generator<void, PageScan, void> {
  const walk = yield* walkInSteps(doc, shouldPause);
  return { walk, ld: readJsonLd(walk.head.jsonLd), meta: readMeta(walk.head.metas), url: options.url };
}

/** The gazetteer lookups `finishPage` may make for this scan (see `answerOutletQueries`). */
export function scanQueries(scan: PageScan): OutletQueries {
  return outletQueries(scan.walk.head, scan.ld, scan.meta, scan.url);
}

/**
 * A first guess at `scanQueries` from the <head> alone, before the walk (so another context can
 * answer while the page is read). It may differ from the walk's (which skips hidden markup):
 * the caller asks again for whatever `scanQueries` needs that this did not.
 */
export function headQueries(doc: Document, options: { url?: string } = {}): OutletQueries {
  const all = (selector: string) => Array.from(doc.querySelectorAll(selector));
  const head: PageHead = {
    metas: all('meta'),
    links: all('link'),
    jsonLd: all('script').filter((s) => /ld\+json/i.test(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? ''),
    title: null,
    time: null,
    lang: null,
  };
  return outletQueries(head, readJsonLd(head.jsonLd), readMeta(head.metas), options.url);
}

/** Decides, from a scan, whether the page holds articles, and finds them and the metadata. */
export function finishPage(scan: PageScan, outlets: OutletNames): PageResult {
  const steps = finishPageInSteps(scan, outlets, () => false);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `finishPage` in steps: between its stages (metadata, scores, the body, the verdict, each
 * article) it yields when `shouldPause()` says the task has used its budget, so that the browser
 * can let the page run. On a big page the stages together took up to 20 ms in one task.
 */
export function* finishPageInSteps(scan: PageScan, outlets: OutletNames, shouldPause: () => boolean): Generator<void, PageResult, void> {
  const { walk, ld, meta } = scan;
  const options = { url: scan.url };
  const metadata = readMetadata(walk.head, ld, meta, options.url, outlets);
  if (walk.blocks.length === 0) return { isArticle: false, reason: 'The page has no text.', metadata, articles: [] };
  if (shouldPause()) yield;

  const scores = scorePage(walk);
  if (shouldPause()) yield;
  const titleBlock = findTitleBlock(walk, metadata.title);
  const ldBody = ld.article && typeof ld.article.articleBody === 'string' ? ld.article.articleBody : null;
  let main = selectBody(walk, scores, { jsonLdBody: ldBody, titleBlock });
  if (shouldPause()) yield;
  const declared =
    ld.article !== null ||
    (meta.get('og:type') ?? '').toLowerCase() === 'article' ||
    walk.elements.some((e) => e.itemprop !== null && /articlebody/i.test(e.itemprop));
  const verdict = classifyPage(walk, main, { declared });
  if (!verdict.isArticle) return { isArticle: false, reason: verdict.reason, metadata, articles: [] };
  if (shouldPause()) yield;

  const base = metadata.url ?? options.url ?? null;
  const build = (sel: Selection, title: number, fallback: string) =>
    assembleArticle(walk.blocks, title, fallback, sel.blocks, walk.elements[sel.root].el, base);

  const containers = fullArticleContainers(walk, scores);
  if (containers.length < 2) {
    if (shouldPause()) yield;
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
  if (shouldPause()) yield;
  const articles = [build(main, leadTitle, metadata.title)];
  for (const c of containers) {
    if (c === lead) continue;
    if (shouldPause()) yield;
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
