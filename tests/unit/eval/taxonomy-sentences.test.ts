/**
 * The detector on 6,620 passages labelled from the taxonomy alone (see
 * tests/fixtures/taxonomy-sentences/README.md). Floors at the figures measured when they were last
 * raised, like eval/floors.json for the corpus: a rule change that loses ground here fails.
 */
import { describe, expect, it } from 'vitest';
import { parsePassages, scorePassages } from '../../../eval/sentence-score.ts';
import { loadSentenceSets, scoreSentences } from '../../../eval/taxonomy-sentences.ts';

type Floors = { anonymous: number; secondhand: number; hedge: number; all: number };

/**
 * Floors per group of sets, each at the figures measured when the group last changed: a new set
 * with constructions not yet handled lowers the figure over all sets, but never the floor of the
 * sets before it.
 */
const GROUPS: { name: string; sets: RegExp; passages: number; floors: Floors }[] = [
  // Each group's floors are its figures when it last changed (raised, never lowered). First set
  // when sets o and p joined, lower than the first 1,220's (anonymous 0.987) because the newer sets
  // hold constructions not yet handled and a few labels the engine reads differently (see the
  // folder's README), not because a rule lost ground on a-h. All raised when w and x joined, after
  // the fixes they led to. Raised again when aa-ad joined, when ae and af did, when ag and ah did,
  // and when ai and aj did.
  { name: 'sets a-p', sets: /^[a-p]-/, passages: 2420, floors: { anonymous: 0.989, secondhand: 0.987, hedge: 1.0, all: 0.990 } },
  { name: 'sets a-r', sets: /^[a-r]-/, passages: 2720, floors: { anonymous: 0.984, secondhand: 0.989, hedge: 1.0, all: 0.989 } },
  { name: 'sets a-t', sets: /^[a-t]-/, passages: 3020, floors: { anonymous: 0.982, secondhand: 0.989, hedge: 1.0, all: 0.989 } },
  { name: 'sets a-v', sets: /^[a-v]-/, passages: 3320, floors: { anonymous: 0.982, secondhand: 0.988, hedge: 1.0, all: 0.988 } },
  { name: 'sets a-x', sets: /^[a-x]-/, passages: 3620, floors: { anonymous: 0.982, secondhand: 0.989, hedge: 1.0, all: 0.989 } },
  // Measured when sets y and z joined, after the fixes they led to; raised when aa-ad joined.
  { name: 'sets a-z', sets: /^[a-z]-/, passages: 3920, floors: { anonymous: 0.981, secondhand: 0.990, hedge: 1.0, all: 0.988 } },
  // Measured when sets aa-ad joined, after the fixes they led to; raised when ae and af joined,
  // and when ag and ah did.
  { name: 'sets a-ad', sets: /^(?:[a-z]|a[a-d])-/, passages: 4520, floors: { anonymous: 0.981, secondhand: 0.988, hedge: 1.0, all: 0.988 } },
  // Measured when sets ae and af joined, after the fixes they led to.
  { name: 'sets a-af', sets: /^(?:[a-z]|a[a-f])-/, passages: 4820, floors: { anonymous: 0.979, secondhand: 0.988, hedge: 1.0, all: 0.987 } },
  // Measured when sets ag and ah joined, after the fixes they led to; raised when ai and aj joined.
  { name: 'sets a-ah', sets: /^(?:[a-z]|a[a-h])-/, passages: 5120, floors: { anonymous: 0.976, secondhand: 0.985, hedge: 1.0, all: 0.985 } },
  // Measured when sets ai and aj joined, after the fixes they led to.
  { name: 'sets a-aj', sets: /^(?:[a-z]|a[a-j])-/, passages: 5420, floors: { anonymous: 0.976, secondhand: 0.985, hedge: 1.0, all: 0.985 } },
  // Measured when sets ak and al joined, after the fixes they led to.
  { name: 'sets a-al', sets: /^(?:[a-z]|a[a-l])-/, passages: 5720, floors: { anonymous: 0.976, secondhand: 0.984, hedge: 0.999, all: 0.984 } },
  // Measured when sets am and an joined, after the fixes they led to; raised when ao and ap joined.
  { name: 'sets a-an', sets: /^(?:[a-z]|a[a-n])-/, passages: 6020, floors: { anonymous: 0.975, secondhand: 0.985, hedge: 0.999, all: 0.984 } },
  // Measured when sets ao and ap joined, after the fixes they led to.
  { name: 'sets a-ap', sets: /^(?:[a-z]|a[a-p])-/, passages: 6320, floors: { anonymous: 0.975, secondhand: 0.982, hedge: 0.999, all: 0.983 } },
  // Measured when sets aq and ar joined, after the fixes they led to.
  { name: 'all sets', sets: /^[a-z]{1,2}-/, passages: 6620, floors: { anonymous: 0.975, secondhand: 0.982, hedge: 0.998, all: 0.983 } },
];

describe.each(GROUPS)('taxonomy sentences, $name', ({ sets, passages: count, floors }) => {
  const passages = loadSentenceSets()
    .filter((s) => sets.test(s.name))
    .flatMap((s) => s.passages);
  const score = scoreSentences(passages);

  it('are all read', () => {
    expect(passages.length).toBe(count);
  });
  it.each(['anonymous', 'secondhand', 'hedge'] as const)('%s F1 holds its floor', (category) => {
    expect(score.byCategory[category].f1).toBeGreaterThanOrEqual(floors[category]);
  });
  it('overall F1 holds its floor', () => {
    expect(score.all.f1).toBeGreaterThanOrEqual(floors.all);
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
