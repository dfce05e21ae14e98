/**
 * The engine compiles its rules on first use, not when it loads: a background woken by a page
 * answers the page's first question (its outlets) before paying for them. Its own file, so that
 * no other test has run an analysis in this module context first.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle, compiledRegexes, PHRASE_RULES, prepareEngine } from '../../../engine/index.ts';

describe('prepareEngine', () => {
  it('leaves the rules uncompiled when the engine loads, compiles them once, and analysis uses them', () => {
    expect(compiledRegexes().length).toBeLessThan(PHRASE_RULES.length);
    const prepared = prepareEngine();
    expect(prepared.compiled.map((c) => c.rule.id)).toEqual(PHRASE_RULES.map((r) => r.id));
    expect(compiledRegexes().length).toBeGreaterThanOrEqual(PHRASE_RULES.length);
    const count = compiledRegexes().length;
    expect(prepareEngine()).toBe(prepared);
    const analysis = analyzeArticle({ title: 'Talks', body: 'According to three unnamed officials, the talks stalled.', publisher: 'Example Daily' });
    expect(analysis.findings.map((f) => f.category)).toContain('anonymous');
    expect(compiledRegexes().length).toBe(count);
  });
});
