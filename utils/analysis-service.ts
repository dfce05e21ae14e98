/**
 * Where the analysis runs. The content script finds the article(s) in the page and sends each
 * analysis request (plain data: title, body, publisher, links) to the extension's background,
 * which runs the engine and answers with the `Analysis`. The page's main thread never compiles
 * the engine's rules or the outlet gazetteer, and never runs the analysis itself. Messages stay
 * inside the browser: extension messaging is local.
 *
 * This file holds both ends: `backgroundAnalysis` (the background's answers, given the engine)
 * and `remoteAnalysis` (the content script's client, with one retry when the background does not
 * answer, e.g. while a service worker restarts).
 */
import type { Analysis } from '../engine/types.ts';
import type { OutletAnswers, OutletQueries } from '../extract/types.ts';
import type { AnalysisRequest } from '../pipeline/audit-document.ts';
import { t } from './i18n.ts';
import { sendToBackground, type RuntimeMessenger } from './messages.ts';

export interface AnalysisService {
  outletNames(queries: OutletQueries): Promise<OutletAnswers>;
  analyse(request: AnalysisRequest): Promise<Analysis>;
}

/** How long one attempt may wait for the background; a 200,000-word article takes well under this. */
export const ANSWER_TIMEOUT_MS = 30_000;
/**
 * Before the one retry: long enough for a stopped service worker to be started again. A cold
 * start took 150-220 ms (median, p95) on one 2-core machine and about 1.6 times that on a slower
 * one, where 250 ms let the retry fail too and the page was left without highlights.
 */
export const RETRY_DELAY_MS = 1_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(t('error_no_reply'))), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Runs `attempt`; if it fails or does not answer in time, waits a moment and tries once more. */
export async function withOneRetry<T>(
  attempt: () => Promise<T>,
  options: { timeoutMs?: number; delayMs?: number } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? ANSWER_TIMEOUT_MS;
  try {
    return await withTimeout(attempt(), timeoutMs);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? RETRY_DELAY_MS));
    return withTimeout(attempt(), timeoutMs);
  }
}

/** The content script's side: every request goes to the background through the typed protocol. */
export function remoteAnalysis(runtime: RuntimeMessenger, options: { timeoutMs?: number; delayMs?: number } = {}): AnalysisService {
  return {
    outletNames: (queries) => withOneRetry(() => sendToBackground(runtime, 'outlet-names', { queries }), options),
    analyse: (request) => withOneRetry(() => sendToBackground(runtime, 'analyse', { request }), options),
  };
}
