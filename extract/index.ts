// Placeholder: the article finder is being written. Signatures are the contract.
import type { FoundArticle, PageResult } from './types.ts';
export type * from './types.ts';

/** Finds the article(s) on a page and its metadata. Takes a Document; touches no globals. */
export function findArticles(doc: Document, _options: { url?: string } = {}): PageResult {
  return {
    isArticle: false,
    reason: 'not implemented',
    metadata: { title: doc.title, publisher: '', byline: null, published: null, url: null, language: null, basedOn: [], policyUrl: null },
    articles: [],
  };
}

/** The DOM Range for `[start, end)` of `article.text`, or null when no article text lies in it. */
export function rangeForSpan(_article: FoundArticle, _start: number, _end: number): Range | null {
  return null;
}
