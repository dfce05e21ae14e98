/**
 * The engine-free steps of the audit pipeline: what the engine is asked about each article the
 * finder returned, and the audit built from the answers. The CLI runs them around an in-process
 * engine (audit-document.ts); the content script runs them around the engine in the extension's
 * background, and can import this module without bundling the engine's rules and gazetteer (only
 * types come from engine/ and extract/ here).
 */
import type { Analysis, AnalyzeOptions, ArticleInput } from '../engine/types.ts';
import type { FoundArticle, PageMetadata, PageResult } from '../extract/types.ts';

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

/** What the engine is asked about one found article. */
export interface AnalysisRequest {
  input: ArticleInput;
  options: AnalyzeOptions;
}

/** The engine inputs for each article the finder returned, in order. */
export function analysisRequests(page: PageResult): AnalysisRequest[] {
  return page.articles.map((article) => ({
    input: {
      title: article.title,
      body: article.body,
      publisher: page.metadata.publisher,
      declaredLanguage: page.metadata.language,
      links: article.links,
      basedOn: page.metadata.basedOn,
    },
    options: { hasSourcesPolicy: !!page.metadata.policyUrl },
  }));
}

/** The audit from a found page and the analysis of each of its articles, in the same order. */
export function assembleAudit(page: PageResult, analyses: readonly Analysis[]): DocumentAudit {
  return {
    isArticle: page.isArticle,
    reason: page.reason,
    metadata: page.metadata,
    articles: page.articles.map((article, i) => ({ article, analysis: analyses[i] })),
  };
}
