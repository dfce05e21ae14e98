/**
 * The one pipeline both adapters run: find the article(s) in a Document, then analyse each.
 * The CLI passes a linkedom document and analyses in process (`auditDocument`); the extension
 * finds articles in the live page and may run the analysis elsewhere, off the page's main
 * thread (`auditDocumentWith` with an asynchronous analyser). Both build the audit here, from the
 * same inputs, which is what makes the extension's highlights and the CLI's findings agree.
 */
import { analyzeArticle, type Analysis, type AnalyzeOptions, type ArticleInput } from '../engine/index.ts';
import { findArticles, type FoundArticle, type PageMetadata, type PageResult } from '../extract/index.ts';

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

function assemble(page: PageResult, analyses: Analysis[]): DocumentAudit {
  return {
    isArticle: page.isArticle,
    reason: page.reason,
    metadata: page.metadata,
    articles: page.articles.map((article, i) => ({ article, analysis: analyses[i] })),
  };
}

/** Finds and analyses in one synchronous call (the CLI, tests). */
export function auditDocument(doc: Document, options: { url?: string } = {}): DocumentAudit {
  const page = findArticles(doc, options);
  return assemble(page, analysisRequests(page).map((r) => analyzeArticle(r.input, r.options)));
}

/**
 * Finds articles in `doc`, then hands each to `analyse` (which may run the same engine in another
 * context and answer later).
 */
export async function auditDocumentWith(
  doc: Document,
  options: { url?: string },
  analyse: (request: AnalysisRequest) => Analysis | Promise<Analysis>,
): Promise<DocumentAudit> {
  const page = findArticles(doc, options);
  const analyses: Analysis[] = [];
  for (const request of analysisRequests(page)) analyses.push(await analyse(request));
  return assemble(page, analyses);
}
