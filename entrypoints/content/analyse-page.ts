/**
 * Audits the live page in slices that yield to the page between them: the article finder reads
 * the page here (one walk, then the decisions), the analysis runs in the extension's background
 * (`AnalysisService`), and the findings are mapped to DOM Ranges in budgeted slices. The audit is
 * built exactly as the CLI's pipeline builds it (`utils/page-audit.ts`, checked against
 * `auditDocument` by the unit tests), so highlights, the report record and exports match the CLI's output.
 * Returns plain data for the popup plus the ranges.
 */
import { FLAGGED_CATEGORIES, type Finding } from '../../engine/types.ts';
import { rangeForSpan } from '../../extract/range.ts';
import type { FoundArticle } from '../../extract/types.ts';
import type { DocumentAudit } from '../../pipeline/audit-document.ts';
import { auditRecord, type AuditRecord } from '../../report/record.ts';
import type { AnalysisService } from '../../utils/analysis-service.ts';
import { auditPage } from '../../utils/page-audit.ts';
import type { FindingRef, PageReport, TabState } from '../../utils/tab-state.ts';
import { contentLang } from '../../utils/i18n.ts';
import { forEachSliced, now, recordSlice, TaskClock, timed } from '../../utils/yield-to-page.ts';

export interface Entry {
  ref: FindingRef;
  finding: Finding;
  range: Range;
  /** The article's language, for the card's quote of the phrase. */
  lang?: string;
}

export interface PageAnalysis {
  state: TabState;
  entries: Entry[];
  /** `title + body` of every analysed article, to tell whether a later run saw the same page. */
  signature: string;
  /**
   * The report record, built from the very audit the highlights come from, exactly as the CLI
   * builds it (`auditRecord` with the page's address as the input), so exports match its output.
   */
  record: AuditRecord | null;
  /** The articles found, parallel to the report's, for mapping a selection back to text. */
  articles: FoundArticle[];
}

const FLAGGED = new Set<string>(FLAGGED_CATEGORIES);

function signatureOf(audit: DocumentAudit): string {
  return audit.articles.map((a) => a.article.text).join('\u0000');
}

/** Document order of two ranges. */
function rangeOrder(a: Range, b: Range): number {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  } catch {
    return 0;
  }
}

/**
 * The entries in reading order, for keyboard navigation. Within one article the text offsets
 * already follow the DOM (the finder reads it in document order), so a numeric sort does; only
 * the articles themselves are put in DOM order, by their first ranges. Comparing every pair of
 * ranges instead took tens of milliseconds on an article with thousands of findings.
 */
export function readingOrder(entries: readonly Entry[]): Entry[] {
  const byArticle = new Map<number, Entry[]>();
  for (const e of entries) {
    const list = byArticle.get(e.ref.article);
    if (list) list.push(e);
    else byArticle.set(e.ref.article, [e]);
  }
  const groups = [...byArticle.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, list]) => list.sort((x, y) => x.finding.start - y.finding.start || x.finding.end - y.finding.end));
  groups.sort((x, y) => rangeOrder(x[0].range, y[0].range));
  return groups.flat();
}

/** Null when `isCurrent()` turned false at a yield (a newer run replaced this one). */
export async function analysePage(
  doc: Document,
  url: string,
  isCurrent: () => boolean,
  service: AnalysisService,
  clock: TaskClock = new TaskClock(),
): Promise<PageAnalysis | null> {
  const audit = await auditPage(doc, url, service, isCurrent, clock);
  if (!audit) return null;
  const recordStart = now();
  const signature = signatureOf(audit);
  const record = audit.articles.length ? auditRecord(url, audit) : null;
  const articles = audit.articles.map((a) => a.article);
  recordSlice('record', recordStart);
  await clock.pause();
  if (!isCurrent()) return null;

  const main = audit.articles[0];
  if (!main) {
    // No reason from the article finder: the popup says it in the interface's language.
    const reason = audit.reason ?? '';
    return { state: { kind: 'no-article', reason, metadata: audit.metadata }, entries: [], signature, record, articles };
  }
  if (main.analysis.language.supported === false) {
    return {
      state: { kind: 'unsupported-language', language: main.analysis.language.code, metadata: audit.metadata },
      entries: [],
      signature,
      record,
      articles,
    };
  }

  // Articles in a language the engine does not cover are reported but never highlighted.
  const jobs = audit.articles.flatMap(({ article, analysis }, a) =>
    analysis.language.supported === false
      ? []
      : analysis.findings.map((finding, f) => ({ article, finding, a, f, lang: contentLang(analysis.language.code) })),
  );
  const onPage = audit.articles.map((a) => a.analysis.findings.map(() => false));
  const entries: Entry[] = [];
  const finished = await forEachSliced(
    jobs,
    ({ article, finding, a, f, lang }) => {
      const range = rangeForSpan(article, finding.start, finding.end);
      if (!range || range.collapsed) return;
      onPage[a][f] = true;
      entries.push({ ref: { article: a, finding: f }, finding, range, lang });
    },
    () => !isCurrent(),
    8,
    clock,
  );
  if (!finished) return null;
  const ordered = timed('order', () => readingOrder(entries));

  const flagged = jobs.filter((j) => FLAGGED.has(j.finding.category)).length;
  const report: PageReport = {
    url,
    metadata: audit.metadata,
    articles: audit.articles.map(({ article, analysis }, a) => ({ title: article.title, analysis, onPage: onPage[a] })),
    flagged,
    shown: [],
    nativeHighlights: true,
    // Set by the controller, which knows whether this is the same text as last time.
    auditedAt: '',
    practice: null,
  };
  return { state: { kind: 'annotated', report }, entries: ordered, signature, record, articles };
}
