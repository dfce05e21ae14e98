/**
 * The detector on 2,420 passages labelled from the taxonomy alone (see
 * tests/fixtures/taxonomy-sentences/README.md). Floors at the figures measured when they were last
 * raised, like eval/floors.json for the corpus: a rule change that loses ground here fails.
 */
import { describe, expect, it } from 'vitest';
import { parsePassages, scorePassages } from '../../../eval/sentence-score.ts';
import { loadSentenceSets, scoreSentences } from '../../../eval/taxonomy-sentences.ts';

// The figures measured when sets o and p joined (2,420 passages). Lower than the 1,220's
// (anonymous 0.987) because the newer sets hold constructions not yet handled and a few labels
// the engine reads differently (see the folder's README), not because a rule lost ground on a-h.
const FLOORS = { anonymous: 0.981, secondhand: 0.987, hedge: 1.0, all: 0.987 };

describe('taxonomy sentences', () => {
  const passages = loadSentenceSets().flatMap((s) => s.passages);
  const score = scoreSentences(passages);

  it('are all read', () => {
    expect(passages.length).toBe(2420);
  });
  it.each(['anonymous', 'secondhand', 'hedge'] as const)('%s F1 holds its floor', (category) => {
    expect(score.byCategory[category].f1).toBeGreaterThanOrEqual(FLOORS[category]);
  });
  it('overall F1 holds its floor', () => {
    expect(score.all.f1).toBeGreaterThanOrEqual(FLOORS.all);
  });
});

describe('passage scoring', () => {
  const passages = parsePassages('Two officials said it, Reuters reported.\ta:Two officials | s:Reuters reported\nPolice said so.\t-\n');

  it('matches by category and overlap, each span once', () => {
    const s = scorePassages(passages, (text) =>
      text.startsWith('Two')
        ? [
            { category: 'anonymous', start: 0, end: 13, text: 'Two officials' },
            { category: 'anonymous', start: 4, end: 18, text: 'officials said' },
            { category: 'hedge', start: 23, end: 30, text: 'Reuters' },
          ]
        : [{ category: 'named', start: 0, end: 11, text: 'Police said' }],
    );
    expect(s.byCategory.anonymous).toMatchObject({ tp: 1, fn: 0, fp: 1 });
    expect(s.byCategory.secondhand).toMatchObject({ tp: 0, fn: 1, fp: 0 });
    expect(s.byCategory.hedge).toMatchObject({ tp: 0, fn: 0, fp: 1 });
    expect(s.misses.map((m) => m.quote)).toEqual(['Reuters reported']);
  });

  it('refuses a quote that is not in its passage, and a line without labels', () => {
    expect(() => parsePassages('Officials said so.\ta:three officials')).toThrow(/quote not in passage/);
    expect(() => parsePassages('Officials said so.')).toThrow(/a tab and labels/);
    expect(() => parsePassages('Officials said so.\tx:Officials')).toThrow(/bad label/);
  });
});
