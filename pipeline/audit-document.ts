/**
 * The one pipeline both adapters run: find the article(s) in a Document, then analyse each.
 * The content script passes the live `document`; the CLI passes a linkedom document. Keeping this
 * in one place is what makes the extension's highlights and the CLI's findings agree.
 */
import { analyzeArticle, type Analysis } from '../engine/index.ts';
import { findArticles, type FoundArticle, type PageMetadata } from '../extract/index.ts';

export interface AuditedArticle {
  article: FoundArticle;
  analysis: Analysis;
}

export interface DocumentAudit {
  isArticle: boolean;
  /** Why there is nothing to show, in words for a reader; null when articles were found. */
  reason: string | null;
  metadata: PageMetadata;
  /** The main article first. */
  articles: AuditedArticle[];
}

export function auditDocument(doc: Document, options: { url?: string } = {}): DocumentAudit {
  const page = findArticles(doc, options);
  const articles = page.articles.map((article) => ({
    article,
    analysis: analyzeArticle({
      title: article.title,
      body: article.body,
      publisher: page.metadata.publisher,
      declaredLanguage: page.metadata.language,
      links: article.links,
      basedOn: page.metadata.basedOn,
    }),
  }));
  return { isArticle: page.isArticle, reason: page.reason, metadata: page.metadata, articles };
}
