import { describe, expect, it } from 'vitest';
import { pageId, scoreBodies, scorePageBody } from '../../../eval/body-score.ts';

describe('article-body score (the benchmark metric)', () => {
  it('gives 1 for the same text, whatever the whitespace and punctuation', () => {
    expect(scorePageBody('One two three four five.', 'One  two, three\n\nfour five')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('normalises tp, fp and fn per page before precision and recall', () => {
    // Shingles: truth {a b c d, b c d e}, predicted {a b c d, b c d x}: tp = fp = fn = 1/3.
    const s = scorePageBody('a b c d e', 'a b c d x');
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
  });

  it('reads a text shorter than four words as one shingle, and nothing predicted as no precision', () => {
    expect(scorePageBody('a b', 'a b').f1).toBe(1);
    expect(scorePageBody('a b c d', '')).toEqual({ precision: null, recall: 0, f1: 0 });
  });

  it('splits words as Python does: letters and digits of any script, not combining marks', () => {
    expect(scorePageBody('über café 東京 x1', 'über café 東京 x1').f1).toBe(1);
    // "cafe\u0301" is the word "cafe" and a lone mark, so it differs from "café" (one letter).
    expect(scorePageBody('cafe\u0301 au lait ici', 'café au lait ici').f1).toBe(0);
  });

  it('averages precision and recall over pages and counts a missing page as empty', () => {
    const truth = { p1: { articleBody: 'a b c d e' }, p2: { articleBody: 'f g h i' } };
    const score = scoreBodies(new Map([['p1', 'a b c d x']]), truth);
    // p1: P 0.5, R 0.5; p2 missing: no precision, recall 0. P = 0.5, R = 0.25, F1 = 1/3.
    expect(score).toEqual({ f1: 0.333, precision: 0.5, recall: 0.25, pages: 2, missing: 1 });
  });

  it('names pages as the reference scorer does', () => {
    expect(pageId('/x/pages/zyte-abc.html.gz')).toBe('zyte-abc');
    expect(pageId('seed-up.html')).toBe('seed-up');
  });
});
