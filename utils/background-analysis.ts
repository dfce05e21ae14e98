/**
 * The background's side of the analysis (see `analysis-service.ts`): the engine and the outlet
 * gazetteer are loaded here, once, in the extension's background context, never in a page.
 */
import { PHRASE_RULES } from '../engine/analyze.ts';
import { analyzeArticle, compiledRegexes, prepareEngine, type Analysis } from '../engine/index.ts';
import { secondhandCues } from '../engine/rules/secondhand.ts';
import { outletByDomain, outletByName } from '../engine/outlets/index.ts';
import { answerOutletQueries } from '../extract/metadata.ts';
import type { OutletAnswers, OutletNames, OutletQueries } from '../extract/types.ts';
import type { AnalysisRequest } from '../pipeline/audit-document.ts';

const GAZETTEER: OutletNames = {
  byDomain: (host) => outletByDomain(host)?.name ?? null,
  byName: (name) => outletByName(name)?.name ?? null,
};

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** The gazetteer's answers for a page's metadata. */
export function answerOutlets(queries: OutletQueries): OutletAnswers {
  if (!queries || !isStringList(queries.hosts) || !isStringList(queries.names)) throw new Error('Malformed outlet queries.');
  return answerOutletQueries(queries, GAZETTEER);
}

/** Runs the engine on one request from a content script. */
export function answerAnalysis(request: AnalysisRequest): Analysis {
  const input = request?.input;
  if (!input || typeof input.title !== 'string' || typeof input.body !== 'string') throw new Error('Malformed analysis request.');
  return analyzeArticle(input, request.options ?? {});
}

const STRAIGHT: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' };

/** How many example sentences one slice of an analysis pass takes. */
const SENTENCES_PER_SLICE = 60;

/** Short texts in both storage forms (see `warmUpSlices`). */
const REGEX_SAMPLES = ["Officials said it was reported, according to a source.", 'Officials said it was reported, according to a source’s aide.'];

/**
 * The warm-up, as separate slices of work, each short enough to sit between two requests.
 *
 * 1. Each big regular expression on its own (`compiledRegexes`): V8 compiles one when it first
 *    runs and to machine code on a later run, separately for text stored one byte per character
 *    (plain ASCII or Latin-1) and two bytes (anything with a curly quote or a dash). So each runs
 *    three times on a short text of each form. An analysis instead compiles every pattern its
 *    text reaches at once (390 ms for the first sentences, in Node).
 * 2. The rules' own example sentences, analysed in batches in both forms (with typographic quotes
 *    made straight, and as written with a curly apostrophe added): the rest of the engine's code
 *    gets compiled and optimised, and any pattern outside step 1 too.
 */
export function warmUpSlices(): (() => void)[] {
  // The rules compile on first use; their patterns must exist before they can be listed.
  prepareEngine();
  const slices: (() => void)[] = [() => void answerOutlets({ hosts: ['www.example.com'], names: ['Example'] })];
  for (const regex of compiledRegexes()) {
    slices.push(() => {
      for (const sample of REGEX_SAMPLES) {
        for (let run = 0; run < 3; run++) {
          regex.lastIndex = 0;
          regex.exec(sample);
        }
      }
      regex.lastIndex = 0;
    });
  }
  const sentences = [...PHRASE_RULES, ...secondhandCues].flatMap((r) => [...r.examples.match, ...r.examples.noMatch]);
  // Rebuilt character by character: a string made from a two-byte string by `replace` may keep
  // two-byte storage.
  const oneByte = (text: string) => Array.from(text, (ch) => STRAIGHT[ch] ?? (ch.charCodeAt(0) > 0xff ? ' ' : ch)).join('');
  const twoByte = (text: string) => `${text} ’`;
  for (const form of [oneByte, twoByte]) {
    for (let i = 0; i < sentences.length; i += SENTENCES_PER_SLICE) {
      slices.push(() => {
        const body = form(sentences.slice(i, i + SENTENCES_PER_SLICE).join(' '));
        answerAnalysis({ input: { title: 'Officials said the plan was reportedly delayed', body, publisher: 'Example', links: [] }, options: {} });
      });
    }
  }
  return slices;
}

/** Runs the whole warm-up at once (tests and tools; the background uses `IdleWarmUp`). */
export function warmUp(): void {
  for (const slice of warmUpSlices()) slice();
}

export interface WarmUpTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  now(): number;
}

const BROWSER_TIMERS: WarmUpTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};

/**
 * Warms the engine up while the background is idle, a slice at a time.
 *
 * A background that has just started was usually started by a page asking for an analysis: the
 * warm-up must not stand between that page and its answer. Warming everything first cost the
 * page 130-160 ms in Chromium; analysing its one article compiles only the patterns that article
 * reaches. So the warm-up starts once no request has come for `idleMs` (each request before then
 * pushes it back), and then runs to the end, one slice per task: a request waits for one slice
 * at most. Between two slices it rests as long as the last one took, so that on a machine with
 * few cores the pages being read keep at least half of one.
 */
/** Marked in the background's performance timeline when the warm-up has run to its end. */
export const WARMED_UP_MARK = 'sourcelens:warmed-up';

export class IdleWarmUp {
  private slices: (() => void)[] | null = null;
  private next = 0;
  private timer: unknown = null;

  constructor(
    private readonly timers: WarmUpTimers = BROWSER_TIMERS,
    private readonly idleMs = 250,
    /** Called at the first slice, not at start-up, which a waiting page may be paying for. */
    private readonly makeSlices: () => (() => void)[] = warmUpSlices,
  ) {}

  /** Whether every slice has run. */
  get done(): boolean {
    return this.slices !== null && this.next >= this.slices.length;
  }

  /** A request came: if the warm-up has not started, start it `delayMs` (by default `idleMs`) from now. */
  postpone(delayMs = this.idleMs): void {
    if (this.slices !== null) return;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => this.runSlice(), delayMs);
  }

  private runSlice(): void {
    this.timer = null;
    const start = this.timers.now();
    try {
      this.slices ??= this.makeSlices();
      this.slices[this.next++]?.();
    } catch (error) {
      console.warn('SourceLens: engine warm-up failed', error);
      this.slices = [];
      this.next = 0;
      return;
    }
    if (!this.done) this.timer = this.timers.setTimeout(() => this.runSlice(), this.timers.now() - start);
    // For the performance tools, and for tests that must not stop the worker in the middle of it.
    else if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(WARMED_UP_MARK);
  }
}
