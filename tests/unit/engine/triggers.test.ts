import { describe, expect, it } from 'vitest';
import { buildTriggerIndex, triggeredPatterns } from '../../../engine/detect/triggers.ts';
import { splitSentences } from '../../../engine/text/sentences.ts';

function run(text: string, specs: Parameters<typeof buildTriggerIndex>[0]) {
  const sentences = splitSentences(text);
  const triggered = triggeredPatterns(text, sentences, buildTriggerIndex(specs));
  return { sentences, triggered };
}

describe('trigger words', () => {
  it('marks a pattern only in the sentences holding one of its words', () => {
    const { triggered } = run('Officials said so. Nobody spoke. The official agreed.', [{ any: ['officials'] }]);
    expect([0, 1, 2].map((s) => triggered.patternsIn(s, []))).toEqual([[0], [], []]);
  });

  it('needs a word of the second set too when there is one', () => {
    const { triggered } = run('Officials met. Officials said so.', [{ any: ['officials'], alsoAny: ['said'] }]);
    expect([0, 1].map((s) => triggered.patternsIn(s, []))).toEqual([[], [0]]);
  });

  it('wakes a phrase by its longest word, not by a common one in it', () => {
    const { triggered } = run('Experts feel that it will pass. Experts said that it will pass. They feel fine.', [
      { any: ['experts'], alsoAny: ['feel that', 'said'] },
    ]);
    // "that" alone is no trigger; "feel" is, though the phrase itself is the pattern's business.
    expect([0, 1, 2].map((s) => triggered.patternsIn(s, []))).toEqual([[0], [0], []]);
    const { triggered: t2 } = run('Experts agree that it will pass.', [{ any: ['experts'], alsoAny: ['feel that'] }]);
    expect(t2.patternsIn(0, [])).toEqual([]);
  });
});

describe('trigger endings', () => {
  const specs = [{ any: [], endings: ['ers', 'ists'], alsoAny: ['fear', 'say'] }, { any: ['say'] }];

  it('marks a pattern in a sentence with a word of that ending, in any case', () => {
    const { triggered } = run('BEEKEEPERS fear the ban. Physicists say otherwise. The bees fear it.', specs);
    expect([0, 1, 2].map((s) => triggered.patternsIn(s, []))).toEqual([[0], [0, 1], []]);
  });

  it('does not count the ending as a word of its own, nor a word barely longer than it', () => {
    // "ers" alone and "hers"/"ists" are too short to be a word with that ending.
    const { triggered } = run('They say ers. They say hers. They say ists.', specs);
    expect([0, 1, 2].map((s) => triggered.patternsIn(s, []))).toEqual([[1], [1], [1]]);
  });

  it('lists where the words with an ending start, sentence by sentence', () => {
    const text = 'Beekeepers and farmers fear it. Nobody knows. Some physicists say so.';
    const { sentences, triggered } = run(text, specs);
    const starts = sentences.map((_, s) => triggered.endingWordsIn(s, []).map((i) => text.slice(i, i + 6)));
    expect(starts).toEqual([['Beekee', 'farmer'], [], ['physic']]);
  });

  it('refuses an ending that is not lower-case letters', () => {
    expect(() => buildTriggerIndex([{ any: [], endings: ['-ers'] }])).toThrow(/lower-case letters/);
  });
});
