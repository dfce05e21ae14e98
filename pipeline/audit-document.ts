/**
 * The one pipeline both adapters run: find the article(s) in a Document, then analyse each.
 * The CLI runs it here in one synchronous call on a linkedom document. The extension runs the
 * same steps (assemble.ts) around the same engine, which it keeps in its background so that the
 * page's main thread only reads the DOM. Building the audit from the same steps is what makes
 * the extension's highlights and the CLI's findings agree.
 */
import { analyzeArticle } from '../engine/index.ts';
import { findArticles } from '../extract/index.ts';
import { analysisRequests, assembleAudit, type DocumentAudit } from './assemble.ts';

export { analysisRequests, assembleAudit } from './assemble.ts';
export type { AnalysisRequest, AuditedArticle, DocumentAudit } from './assemble.ts';

/** Finds and analyses in one synchronous call (the CLI, tests). */
export function auditDocument(doc: Document, options: { url?: string } = {}): DocumentAudit {
  const page = findArticles(doc, options);
  return assembleAudit(page, analysisRequests(page).map((r) => analyzeArticle(r.input, r.options)));
}
