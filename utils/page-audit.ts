/**
 * The audit of a page as the content script makes it: the article finder runs in the page
 * (`scanPage`, then `finishPage` with the outlet gazetteer's answers from the background), and
 * each article's analysis comes from an `AnalysisService` (the background). The result is the
 * pipeline's `DocumentAudit`, the very object `auditDocument` builds for the CLI.
 *
 * The requests and the assembly are the pipeline's own (`pipeline/assemble.ts`), which imports
 * no engine code, so the engine's rules and gazetteer stay out of the page.
 */
import { finishPageInSteps, headQueries, scanPageInSteps, scanQueries } from '../extract/find-page.ts';
import { outletNamesFrom } from '../extract/metadata.ts';
import type { OutletAnswers, OutletQueries, PageResult } from '../extract/types.ts';
import { analysisRequests, assembleAudit, type DocumentAudit } from '../pipeline/assemble.ts';
import type { AnalysisService } from './analysis-service.ts';
import { runInSlices, TaskClock, timed } from './yield-to-page.ts';

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

/** A task that has run longer than this already holds our work: the decisions start a new one. */
const DECISIONS_NEED_FRESH_TASK_AFTER_MS = 1;

/** The queries `answers` does not answer yet (null when it answers them all). */
export function unanswered(answers: OutletAnswers, queries: OutletQueries): OutletQueries | null {
  const has = (table: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(table, key);
  const hosts = queries.hosts.filter((h) => !has(answers.hosts, h));
  const names = queries.names.filter((n) => !has(answers.names, n));
  return hosts.length || names.length ? { hosts, names } : null;
}

/**
 * Finds the articles in `doc` and has each analysed by `service`. The gazetteer's answers are
 * asked for before the page is read, from the page's <head> (`headQueries`), so the reply
 * arrives while the walk runs; should the walk need a lookup the head did not (markup the walk
 * skips), it is asked for then. `clock` decides where to yield to the page. Null when
 * `isCurrent()` turned false while waiting (a newer run replaced this one).
 */
export async function auditPage(
  doc: Document,
  url: string,
  service: AnalysisService,
  isCurrent: () => boolean = () => true,
  clock: TaskClock = new TaskClock(),
): Promise<DocumentAudit | null> {
  const early = service.outletNames(timed('head', () => headQueries(doc, { url })));
  // Awaited below; until then a failure must not count as unhandled. Whether it has come by the
  // end of the walk says whether awaiting it crosses into a new task (the reply's).
  let answered = false;
  early.then(
    () => (answered = true),
    () => (answered = true),
  );
  // The walk starts in this task: it pauses by itself once the task has used its budget (the
  // clock runs from the start of this run). Yielding here first only queued the walk behind
  // whatever the page and the browser had pending, about 5 ms on a quiet page.
  // Measured, so the page's own performance tools show where SourceLens spends its time.
  mark('sourcelens:find-start');
  const scan = await runInSlices('scan', (pause) => scanPageInSteps(doc, { url }, pause), clock, () => !isCurrent());
  if (!scan) return null;
  measure('sourcelens:scan', 'sourcelens:find-start');
  const crossesTask = !answered;
  let answers = await early;
  if (crossesTask) clock.restart();
  const missing = unanswered(answers, scanQueries(scan));
  if (missing) {
    const more = await service.outletNames(missing);
    clock.restart();
    answers = { hosts: { ...answers.hosts, ...more.hosts }, names: { ...answers.names, ...more.names } };
  }
  // The decisions run in the task that delivered the reply, which holds nothing else of ours: a
  // yield would only queue them behind the page's pending tasks. When the reply came during the
  // walk, this is still the walk's task, and they get one of their own. On a big page (up to
  // about 20 ms) they pause between their stages once the task has used its budget.
  await clock.pause(DECISIONS_NEED_FRESH_TASK_AFTER_MS);
  if (!isCurrent()) return null;
  mark('sourcelens:finish-start');
  const names = outletNamesFrom(answers);
  const page = await runInSlices('finish', (pause) => finishPageInSteps(scan, names, pause), clock, () => !isCurrent());
  if (!page) return null;
  measure('sourcelens:finish', 'sourcelens:finish-start');
  const analyses = await Promise.all(analysisRequests(page).map((request) => service.analyse(request)));
  clock.restart();
  if (!isCurrent()) return null;
  measure('sourcelens:audit', 'sourcelens:find-start');
  return assembleAudit(page, analyses);
}
