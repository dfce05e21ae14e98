/**
 * The audit of a page as the content script makes it: the article finder runs in the page
 * (`scanPage`, then `finishPage` with the outlet gazetteer's answers from the background), and
 * each article's analysis comes from an `AnalysisService` (the background). The result is the
 * pipeline's `DocumentAudit`, the very object `auditDocument` builds for the CLI.
 *
 * Why not import the pipeline's `analysisRequests` and assemble step: `pipeline/audit-document.ts`
 * imports the engine, and bundling it would put the engine's rules and gazetteer back into every
 * page. `tests/unit/ui/page-audit.test.ts` checks that both functions here equal the pipeline's.
 */
import type { Analysis } from '../engine/types.ts';
import { finishPage, scanPage, scanQueries } from '../extract/find-page.ts';
import { outletNamesFrom } from '../extract/metadata.ts';
import type { PageResult } from '../extract/types.ts';
import type { AnalysisRequest, DocumentAudit } from '../pipeline/audit-document.ts';
import type { AnalysisService } from './analysis-service.ts';

/** The engine inputs for each article the finder returned (the pipeline's `analysisRequests`). */
export function requestsFor(page: PageResult): AnalysisRequest[] {
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

/** The pipeline's DocumentAudit from a found page and the analysis of each of its articles. */
export function buildAudit(page: PageResult, analyses: readonly Analysis[]): DocumentAudit {
  return {
    isArticle: page.isArticle,
    reason: page.reason,
    metadata: page.metadata,
    articles: page.articles.map((article, i) => ({ article, analysis: analyses[i] })),
  };
}

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

function measure(name: string, start: string): void {
  if (typeof performance !== 'undefined' && typeof performance.measure === 'function') {
    try {
      performance.measure(name, start);
    } catch {
      // A page that cleared our mark meanwhile: the measure is only for the performance tools.
    }
  }
}

/**
 * Finds the articles in `doc` and has each analysed by `service`. `between` runs after the walk
 * and after the decisions (the content script yields to the page there). Null when `isCurrent()`
 * turned false while waiting (a newer run replaced this one).
 */
export async function auditPage(
  doc: Document,
  url: string,
  service: AnalysisService,
  isCurrent: () => boolean = () => true,
  between: () => Promise<void> = async () => undefined,
): Promise<DocumentAudit | null> {
  // Measured, so the page's own performance tools show where SourceLens spends its time.
  mark('sourcelens:find-start');
  const scan = scanPage(doc, { url });
  measure('sourcelens:scan', 'sourcelens:find-start');
  const [answers] = await Promise.all([service.outletNames(scanQueries(scan)), between()]);
  if (!isCurrent()) return null;
  mark('sourcelens:finish-start');
  const page = finishPage(scan, outletNamesFrom(answers));
  measure('sourcelens:finish', 'sourcelens:finish-start');
  const analyses = await Promise.all(requestsFor(page).map((request) => service.analyse(request)));
  if (!isCurrent()) return null;
  measure('sourcelens:audit', 'sourcelens:find-start');
  return buildAudit(page, analyses);
}
