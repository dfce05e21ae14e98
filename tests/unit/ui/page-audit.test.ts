/**
 * The content script builds its audit from the finder in the page and the engine in the
 * background. These tests hold it to the CLI's pipeline: same requests, same DocumentAudit, same
 * report record, with every answer crossing a (simulated) message boundary as plain data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../../pipeline/audit-document.ts';
import { auditRecord } from '../../../report/record.ts';
import { withOneRetry, type AnalysisService } from '../../../utils/analysis-service.ts';
import { answerAnalysis, answerOutlets } from '../../../utils/background-analysis.ts';
import { auditPage } from '../../../utils/page-audit.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const PAGES = ['seed-up-china-russia-cooperation.html', ...readdirSync(FIXTURES + 'extract').map((n) => `extract/${n}`)];
const URL_OF_PAGE = 'https://www.pravda.com.ua/eng/news/2025/05/1/7000000/';

const doc = (name: string) => parseHTML(readFileSync(FIXTURES + name, 'utf8')).document as unknown as Document;

/** Plain data only, as `runtime.sendMessage` delivers it. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The background's handlers, called as a message would call them. */
const background: AnalysisService = {
  outletNames: async (queries) => overTheWire(answerOutlets(overTheWire(queries))),
  analyse: async (request) => overTheWire(answerAnalysis(overTheWire(request))),
};

describe('the audit made in the page with the engine in the background', () => {
  it('equals auditDocument, and gives the same report record, on every fixture page', async () => {
    let findings = 0;
    for (const name of PAGES) {
      const d = doc(name);
      const direct = auditDocument(d, { url: URL_OF_PAGE });
      const remote = await auditPage(d, URL_OF_PAGE, background);
      expect(remote, name).not.toBeNull();
      expect(remote!.metadata, name).toEqual(direct.metadata);
      expect(remote!.articles.map((a) => a.article), name).toEqual(direct.articles.map((a) => a.article));
      expect(overTheWire(remote!.articles.map((a) => a.analysis)), name).toEqual(overTheWire(direct.articles.map((a) => a.analysis)));
      expect(JSON.stringify(auditRecord(URL_OF_PAGE, remote!)), name).toBe(JSON.stringify(auditRecord(URL_OF_PAGE, direct)));
      findings += direct.articles.reduce((n, a) => n + a.analysis.findings.length, 0);
    }
    // The comparison means something only if the pages have findings.
    expect(findings).toBeGreaterThan(5);
  });

  it('stops without an audit when a newer run took over while it waited', async () => {
    let current = true;
    const slow: AnalysisService = {
      outletNames: async (q) => {
        current = false;
        return background.outletNames(q);
      },
      analyse: background.analyse,
    };
    expect(await auditPage(doc(PAGES[0]), URL_OF_PAGE, slow, () => current)).toBeNull();
  });

  it('rejects malformed requests in the background instead of analysing them', () => {
    expect(() => answerAnalysis({ input: { title: 1 } } as never)).toThrow(/Malformed/);
    expect(() => answerOutlets({ hosts: [3], names: [] } as never)).toThrow(/Malformed/);
  });
});

describe('one retry when the background does not answer', () => {
  it('retries a failed attempt once and returns its answer', async () => {
    let calls = 0;
    const value = await withOneRetry(
      async () => {
        calls++;
        if (calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
        return 'answer';
      },
      { delayMs: 1 },
    );
    expect(value).toBe('answer');
    expect(calls).toBe(2);
  });

  it('gives up after the second failure, with its error', async () => {
    let calls = 0;
    const attempt = async () => {
      calls++;
      throw new Error(`failure ${calls}`);
    };
    await expect(withOneRetry(attempt, { delayMs: 1 })).rejects.toThrow('failure 2');
    expect(calls).toBe(2);
  });

  it('treats an attempt that never answers as failed', async () => {
    let calls = 0;
    const attempt = () => {
      calls++;
      return calls === 1 ? new Promise<string>(() => undefined) : Promise.resolve('late answer');
    };
    expect(await withOneRetry(attempt, { timeoutMs: 20, delayMs: 1 })).toBe('late answer');
    expect(calls).toBe(2);
  });
});
