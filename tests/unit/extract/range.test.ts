import { afterAll, describe, expect, it } from 'vitest';
import { findArticles, rangeForSpan } from '../../../extract/index.ts';
import { closeHappyWindows, fixture, happyDocument, linkedomDocument } from './dom.ts';

afterAll(closeHappyWindows);

const spanOf = (text: string, phrase: string): [number, number] => {
  const start = text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  return [start, start + phrase.length];
};

describe('rangeForSpan', () => {
  const [seed] = findArticles(happyDocument(fixture('seed-up-china-russia-cooperation.html'))).articles;
  const [rules] = findArticles(happyDocument(fixture('extract/text-rules.html'))).articles;

  it.each([
    ['inside one text node', 'three unnamed officials'],
    ['across <strong> and <a>', 'Source: Financial Times, as reported'],
    ['across two links', 'Financial Times, as reported by European Pravda'],
    ['in the headline', 'growing cooperation'],
    ['inside a list item', 'Officials recently told Politico'],
  ])('maps a span %s to a Range over the same text', (_case, phrase) => {
    const [start, end] = spanOf(seed.text, phrase);
    expect(rangeForSpan(seed, start, end)?.toString()).toBe(phrase);
  });

  it('maps a span across <a>, <em> and <strong> with folded whitespace around them', () => {
    const phrase = 'links, emphasis and strong';
    const [start, end] = spanOf(rules.text, phrase);
    expect(rangeForSpan(rules, start, end)?.toString()).toBe(phrase);
  });

  it('starts and ends a span across paragraphs on page text', () => {
    const [start] = spanOf(seed.text, 'The Financial Times reported');
    const [, end] = spanOf(seed.text, 'Background:');
    const range = rangeForSpan(seed, start - 2, end + 2)!;
    expect(range.toString().startsWith('The Financial Times reported')).toBe(true);
    expect(range.toString().endsWith('Background:')).toBe(true);
  });

  it('gives null for a span of inserted characters only, or an empty span', () => {
    const gap = seed.text.indexOf('\n\n');
    expect(rangeForSpan(seed, gap, gap + 2)).toBeNull();
    expect(rangeForSpan(seed, 5, 5)).toBeNull();
    expect(rangeForSpan(seed, seed.text.length, seed.text.length + 10)).toBeNull();
  });

  it('returns null rather than throwing in a DOM whose Range cannot be positioned', () => {
    const [a] = findArticles(linkedomDocument(fixture('seed-up-china-russia-cooperation.html'))).articles;
    expect(() => rangeForSpan(a, 0, 10)).not.toThrow();
  });
});
