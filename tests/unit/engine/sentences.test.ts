import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../engine/text/sentences.ts';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits plain sentences', () => {
    expect(split('The vote passed. Critics were furious! Was it fair? Nobody knows.')).toEqual([
      'The vote passed.',
      'Critics were furious!',
      'Was it fair?',
      'Nobody knows.',
    ]);
  });
  it.each([
    ['U.S. officials said the talks were over. They left.', ['U.S. officials said the talks were over.', 'They left.']],
    ['Mr. Trump met Ms. Haley on Jan. 5 in Washington. The meeting was short.', ['Mr. Trump met Ms. Haley on Jan. 5 in Washington.', 'The meeting was short.']],
    ['President Donald J. Trump spoke. Sen. Mark Warner replied.', ['President Donald J. Trump spoke.', 'Sen. Mark Warner replied.']],
    ['It ranked No. 1 in the poll. Then it fell.', ['It ranked No. 1 in the poll.', 'Then it fell.']],
    ['Boeing Co. said it would cut jobs at 10 a.m. on Friday. Shares fell.', ['Boeing Co. said it would cut jobs at 10 a.m. on Friday.', 'Shares fell.']],
    ['The plant moved to the U.S. The jobs stayed.', ['The plant moved to the U.S.', 'The jobs stayed.']],
    ['Braun is unhappy, according to E! News. He declined to comment.', ['Braun is unhappy, according to E! News.', 'He declined to comment.']],
  ])('keeps abbreviations inside sentences: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
  it('ends a sentence after a closing quote', () => {
    expect(split('"It was very striking." The officials said so.')).toEqual(['"It was very striking."', 'The officials said so.']);
    expect(split('He said “it is over.” Then he left.')).toEqual(['He said “it is over.”', 'Then he left.']);
  });
  it('never joins a headline to the body', () => {
    expect(split('Officials warn of delays\n\nThe bridge will close.')).toEqual(['Officials warn of delays', 'The bridge will close.']);
  });
  it('returns trimmed, ordered, non-overlapping spans', () => {
    const text = '  First one.   Second one.\n\n\nThird one.  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.', 'Third one.']);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
  });
  it('handles empty text', () => {
    expect(splitSentences('')).toEqual([]);
  });
});
