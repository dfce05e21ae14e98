/**
 * The background's side of the analysis (see `analysis-service.ts`): the engine and the outlet
 * gazetteer are loaded here, once, in the extension's background context, never in a page.
 */
import { PHRASE_RULES } from '../engine/analyze.ts';
import { analyzeArticle, type Analysis } from '../engine/index.ts';
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

/**
 * The rules' own example sentences, as one article: analysing it makes the engine compile every
 * pattern and the browser compile (and start optimising) every regular expression, work that
 * otherwise falls on the first pages (40-110 ms each, measured in Node).
 */
export function warmUpText(): string {
  const sentences = [...PHRASE_RULES, ...secondhandCues].flatMap((r) => [...r.examples.match, ...r.examples.noMatch]);
  return sentences.join(' ');
}

/** Runs the engine on the warm-up article `rounds` times when the background starts. */
export function warmUp(rounds = 3): void {
  const body = warmUpText();
  for (let i = 0; i < rounds; i++) {
    answerAnalysis({
      input: { title: 'Officials said the plan was reportedly delayed', body, publisher: 'Example', links: [] },
      options: {},
    });
  }
  answerOutlets({ hosts: ['www.example.com'], names: ['Example'] });
}
