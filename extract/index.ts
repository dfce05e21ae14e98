/**
 * The article finder: decides whether a page holds an article, finds its headline and body in the
 * DOM, and keeps, for every character of text taken from the page, the text node it came from.
 * It reads the document in one walk, never changes it, and uses no layout, so a browser and the
 * CLI's linkedom give the same text for the same HTML.
 */
import { outletByDomain, outletByName } from '../engine/outlets/index.ts';
import { finishPage, scanPage } from './find-page.ts';
import type { OutletNames, PageResult } from './types.ts';
export type * from './types.ts';
export { rangeForSpan } from './range.ts';
export { finishPage, finishPageInSteps, scanPage, scanPageInSteps, scanQueries, type PageScan } from './find-page.ts';
export { answerOutletQueries, outletNamesFrom } from './metadata.ts';

/** The engine's outlet gazetteer, as the metadata reader asks it. */
export const GAZETTEER_NAMES: OutletNames = {
  byDomain: (host) => outletByDomain(host)?.name ?? null,
  byName: (name) => outletByName(name)?.name ?? null,
};

/** Finds the article(s) on a page and its metadata. Takes a Document; touches no globals. */
export function findArticles(doc: Document, options: { url?: string } = {}): PageResult {
  return finishPage(scanPage(doc, options), GAZETTEER_NAMES);
}
