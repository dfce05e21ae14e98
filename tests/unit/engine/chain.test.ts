import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../engine/index.ts';

const chainsOf = (body: string, publisher = 'Ukrainska Pravda', extra: { links?: { start: number; end: number; href: string }[]; basedOn?: string[] } = {}) =>
  analyzeArticle({ title: 'Headline', body, publisher, ...extra }).chains;
const labels = (body: string, publisher?: string) => chainsOf(body, publisher).map((c) => c.nodes.map((n) => n.label));

describe('sourcing chains', () => {
  it('follows a credit line to the anonymous origin in the next paragraph', () => {
    const body = 'Source: Financial Times, as reported by European Pravda\n\nDetails: According to three unnamed officials, aid will resume.';
    expect(labels(body)).toEqual([['three unnamed officials', 'Financial Times', 'European Pravda', 'Ukrainska Pravda']]);
  });

  it('takes the origin from the same sentence', () => {
    expect(labels('Officials recently told Politico that talks had stalled.')).toEqual([['Officials', 'Politico', 'Ukrainska Pravda']]);
  });

  it('puts the cited outlet before the one citing it', () => {
    expect(labels('The price rose sharply, Politico said, citing Reuters.', 'Example Gazette')).toEqual([['Reuters', 'Politico', 'Example Gazette']]);
  });

  it('keeps an outlet cited inside another outlet\'s attribution as its own link', () => {
    const body = 'European Pravda, citing the Financial Times, reported that EU ambassadors had agreed.';
    expect(labels(body)).toEqual([['Financial Times', 'European Pravda', 'Ukrainska Pravda']]);
    const findings = analyzeArticle({ title: 'Headline', body, publisher: 'Ukrainska Pravda' }).findings;
    expect(findings.map((f) => [f.text, f.source])).toEqual([
      ['European Pravda, citing the Financial Times, reported', 'European Pravda'],
      ['citing the Financial Times', 'Financial Times'],
    ]);
  });

  it('merges a partial chain into the longer one and ranks by support', () => {
    const body = [
      'Source: Financial Times, as reported by European Pravda',
      'Details: According to three unnamed officials, aid will resume.',
      'The Financial Times reported that this is a strong warning.',
      'Separately, officials told Politico that talks had stalled.',
    ].join('\n\n');
    const chains = chainsOf(body);
    expect(chains.map((c) => c.nodes.map((n) => n.label))).toEqual([
      ['three unnamed officials', 'Financial Times', 'European Pravda', 'Ukrainska Pravda'],
      ['officials', 'Politico', 'Ukrainska Pravda'],
    ]);
    expect(chains[0].weight).toBeGreaterThan(chains[1].weight);
    expect(chains[0].nodes.map((n) => n.kind)).toEqual(['anonymous', 'outlet', 'outlet', 'publisher']);
  });

  it('does not borrow an origin across an ordinary sentence', () => {
    const body = 'The Financial Times reported that the warning was strong.\n\nUS officials said the talks would continue.';
    expect(labels(body)).toEqual([['Financial Times', 'Ukrainska Pravda']]);
  });

  it('links an outlet node to the cited source where the article links its name', () => {
    const title = 'Headline';
    const body = 'Source: Financial Times, as reported by European Pravda';
    const at = (s: string) => title.length + 2 + body.indexOf(s);
    const chains = chainsOf(body, 'Ukrainska Pravda', {
      links: [{ start: at('Financial Times'), end: at('Financial Times') + 15, href: 'https://www.ft.com/content/x' }],
      basedOn: ['https://www.eurointegration.com.ua/news/1'],
    });
    const nodes = chains[0].nodes;
    expect(nodes.find((n) => n.label === 'Financial Times')?.href).toBe('https://www.ft.com/content/x');
    expect(nodes.find((n) => n.label === 'Ukrainska Pravda')?.href).toBeUndefined();
  });

  it('has no chain when nothing is relayed', () => {
    expect(labels('US officials said the talks would continue.')).toEqual([]);
  });

  it('never relays the publisher to itself', () => {
    expect(labels('"It is over," the mayor told ABC News on Sunday.', 'ABC News')).toEqual([]);
  });

  it('treats a national edition as the publisher itself, under its own name', () => {
    expect(labels('"It is over," he told Business Insider on Sunday.', 'Business Insider Deutschland')).toEqual([]);
    expect(labels('"It is over," he told Reuters on Sunday.', 'Business Insider Deutschland')).toEqual([
      ['Reuters', 'Business Insider Deutschland'],
    ]);
  });
});
