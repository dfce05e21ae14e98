/**
 * The background's side of the analysis (see `analysis-service.ts`): the engine and the outlet
 * gazetteer are loaded here, once, in the extension's background context, never in a page.
 */
import { analyzeArticle, type Analysis } from '../engine/index.ts';
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
 * A tiny analysis when the background starts: the engine builds its regular expressions and
 * lookup tables on first use, so the first page does not wait for that.
 */
export function warmUp(): void {
  answerAnalysis({
    input: {
      title: 'Officials said',
      body: 'Three unnamed officials told Reuters the plan was reportedly delayed, according to The New York Times.',
      publisher: 'Example',
      links: [],
    },
    options: {},
  });
  answerOutlets({ hosts: ['www.example.com'], names: ['Example'] });
}
