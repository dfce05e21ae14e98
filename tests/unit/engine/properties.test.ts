/**
 * Property-based tests: whatever text comes in, the engine returns well-formed findings and never
 * throws. Random strings, random mixes of cue words, and hostile shapes (very long words, 100,000
 * repeated cue words, unbalanced quotes, control characters, lone surrogates).
 * Speed against input size is a benchmark (npm run bench:scaling), not a test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_CATEGORIES, analyzeArticle, type Analysis } from '../../../engine/index.ts';

/**
 * Every finding lies in the text, quotes it exactly, and sits in its sentence; lists are sorted;
 * counts add up. Collects problems in plain code (100,000 findings would make 100,000 expect calls).
 */
function checkWellFormed(a: Analysis): void {
  const problems: string[] = [];
  let prev = -1;
  for (const f of a.findings) {
    if (!ALL_CATEGORIES.includes(f.category)) problems.push(`category ${f.category}`);
    if (!(f.start >= 0 && f.end > f.start && f.end <= a.text.length)) problems.push(`range ${f.start}-${f.end}`);
    else if (a.text.slice(f.start, f.end) !== f.text) problems.push(`text at ${f.start}`);
    if (!(f.sentence.start <= f.start && f.sentence.end >= f.end)) problems.push(`sentence of ${f.start}`);
    if (f.start < prev) problems.push(`order at ${f.start}`);
    prev = f.start;
    if (problems.length > 5) break;
  }
  for (const c of a.chains) {
    if (c.nodes.at(-1)?.kind !== 'publisher') problems.push('chain without publisher');
    if (c.findings.some((i) => i >= a.findings.length)) problems.push('chain finding index');
  }
  const s = a.summary;
  if (!(s.rating.score >= 0 && s.rating.score <= 100)) problems.push(`score ${s.rating.score}`);
  for (const c of ALL_CATEGORIES) {
    if (s.counts[c] !== a.findings.filter((f) => f.category === c).length) problems.push(`count ${c}`);
  }
  expect(problems).toEqual([]);
}

const CUES = [
  'officials said', 'according to', 'reportedly', 'allegedly', 'told Politico', 'sources say', 'people familiar with the matter',
  'the Financial Times reported', 'as reported by European Pravda', '“', '”', '"', '.', ',', '\n\n', 'Source:', '(AP) —',
  'is said to', 'rumored', 'an insider', 'Mr.', 'U.S.', 'the outlet', 'state media', 'three unnamed officials', 'who', 'and',
];
const ENGLISH = 'The minister said on Monday that the plan was on track and that it would be ready in time for the vote. ';

describe('engine properties', () => {
  it('never throws and stays well formed on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 60 }), (body, title) => {
        checkWellFormed(analyzeArticle({ title, body: ENGLISH + body, publisher: 'Example Gazette' }));
      }),
      { numRuns: 300 },
    );
  });

  it('counts words exactly as the tokenising pass does (runs of \\w), whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 40 }), (body, title) => {
        const a = analyzeArticle({ title, body: ENGLISH + body, publisher: 'Example Gazette' });
        expect(a.summary.words).toBe(a.text.match(/\w+/g)?.length ?? 0);
      }),
      { numRuns: 300 },
    );
  });

  it('stays well formed on random mixes of cue words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CUES), { maxLength: 80 }), fc.array(fc.constantFrom(' ', '  ', '\n', ' x '), { maxLength: 80 }), (words, gaps) => {
        const body = ENGLISH + words.map((w, i) => w + (gaps[i] ?? ' ')).join('');
        checkWellFormed(analyzeArticle({ title: 'Headline', body, publisher: 'Ukrainska Pravda' }));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a very long word', () => 'x'.repeat(1_000_000)],
    ['100,000 repeated cue words', () => 'officials said '.repeat(100_000)],
    ['100,000 repeated "according to"', () => 'according to '.repeat(100_000)],
    ['unbalanced quotes', () => '“He said ”” “ " " “ officials said “ '.repeat(20_000)],
    ['control characters', () => '\u0000\u0001\u0007\u001b officials\u0000said \u202e reportedly \u200b'.repeat(20_000)],
    ['lone surrogates', () => '\ud800 officials \udfff said \ud83d reportedly '.repeat(20_000)],
    ['an outlet list with no end', () => 'told CNN, Fox News, ABC, Reuters, Politico and '.repeat(20_000)],
  ])(
    'handles %s',
    (_name, make) => {
      const a = analyzeArticle({ title: 'Headline', body: ENGLISH + make(), publisher: 'Example Gazette' });
      checkWellFormed(a);
    },
    // These check that nothing throws and the result is well formed, not speed (bench:scaling
    // measures that): the outlet list takes about 2.5 s alone, past the default 5 s when every
    // test file runs at once on two cores.
    30_000,
  );
});
