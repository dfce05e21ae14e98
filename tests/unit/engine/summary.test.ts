import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../engine/index.ts';
import { RUBRIC } from '../../../engine/summary.ts';

const summary = (body: string, publisher = 'Example Gazette', options = {}) => analyzeArticle({ title: 'Headline', body, publisher }, options).summary;

describe('summary and transparency rating', () => {
  it('counts each category and the named vs anonymous share', () => {
    const s = summary('US officials said the plan was dead. Mayor Jane Doe said it was alive. The mayor is reportedly furious.');
    expect(s.counts).toEqual({ anonymous: 1, secondhand: 0, hedge: 1, named: 1 });
    expect(s.namedShare).toBe(0.5);
    expect(s.anonymousShare).toBe(0.5);
  });

  it('rates a story on named sources above one on anonymous sources', () => {
    const named = summary('Mayor Jane Doe said the plan was dead. Senator John Roe said it was alive.');
    const anonymous = summary('US officials said the plan was dead. Two senior aides said it was alive.');
    expect(named.rating.score).toBeGreaterThan(anonymous.rating.score);
    expect(anonymous.rating.factors[0].points).toBe(-RUBRIC.anonymousShare);
    expect(anonymous.rating.reason).toMatch(/anonymous/);
  });

  it('lowers the rating for relayed reporting and raises it for a declared policy', () => {
    const base = summary('Mayor Jane Doe said the plan was dead.');
    const relayed = summary('Mayor Jane Doe told Politico the plan was dead.');
    expect(relayed.rating.score).toBeLessThan(base.rating.score);
    expect(summary('Mayor Jane Doe said the plan was dead.', 'Example Gazette', { hasSourcesPolicy: true }).rating.score).toBeGreaterThanOrEqual(base.rating.score);
  });

  it('caps each penalty and keeps the score within 0..100', () => {
    const body = Array.from({ length: 40 }, () => 'The deal reportedly collapsed, allegedly after a rumored leak.').join(' ');
    const s = summary(body);
    expect(s.rating.factors.find((f) => f.label.includes('hedge'))!.points).toBe(-RUBRIC.hedgeCap);
    expect(s.rating.score).toBeGreaterThanOrEqual(0);
    expect(s.rating.score).toBeLessThanOrEqual(100);
  });
});
