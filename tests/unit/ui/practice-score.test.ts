import { beforeEach, describe, expect, it } from 'vitest';
import {
  addMark,
  agrees,
  practiceFindings,
  scorePractice,
  type PracticeFinding,
  type PracticeMark,
} from '../../../utils/practice-score.ts';
import { scoreSentence } from '../../../utils/practice-words.ts';
import { useLocale } from './i18n-stub.ts';

function finding(category: PracticeFinding['category'], start: number, end: number, article = 0, index = start): PracticeFinding {
  return { article, index, category, start, end, text: `f${start}`, explanation: `why ${start}`, sentence: `sentence ${start}` };
}
function mark(category: PracticeMark['category'], start: number, end: number, article = 0): PracticeMark {
  return { article, category, start, end, text: `m${start}` };
}

describe('a mark agrees with a finding (the taxonomy\'s scoring rule)', () => {
  it.each([
    ['same category, ranges overlap by one character', mark('anonymous', 10, 21), finding('anonymous', 20, 30), true],
    ['same category, one range inside the other', mark('hedge', 12, 14), finding('hedge', 10, 30), true],
    ['same category, ranges only touch', mark('anonymous', 10, 20), finding('anonymous', 20, 30), false],
    ['overlapping, another category', mark('hedge', 10, 30), finding('anonymous', 10, 30), false],
    ['same words in another article', mark('anonymous', 10, 30, 1), finding('anonymous', 10, 30, 0), false],
  ] as const)('%s: %s', (_what, m, f, expected) => {
    expect(agrees(m, f)).toBe(expected);
  });
});

describe('scorePractice', () => {
  const findings = [
    finding('anonymous', 10, 30),
    finding('secondhand', 40, 60),
    finding('hedge', 70, 80),
    finding('named', 90, 120),
    finding('anonymous', 130, 150),
  ];

  it('counts the findings found and the marks that match, and lists agreed, missed and extra', () => {
    const marks = [mark('anonymous', 12, 20), mark('anonymous', 25, 29), mark('hedge', 72, 79), mark('anonymous', 95, 100), mark('hedge', 40, 45)];
    const r = scorePractice(marks, findings);
    expect([r.flagged, r.found, r.marks, r.matching]).toEqual([4, 2, 5, 3]);
    // Two marks on one finding: it is found once, and both marks match.
    expect(r.agreed.map((a) => [a.finding.start, a.marks.map((m) => m.start)])).toEqual([
      [10, [12, 25]],
      [70, [72]],
    ]);
    expect(r.missed.map((f) => f.start)).toEqual([40, 130]);
    // Extra marks say what SourceLens saw there instead, if anything: a named source, another category.
    expect(r.extra.map((e) => [e.mark.start, e.overlapping.map((f) => f.category)])).toEqual([
      [40, ['secondhand']],
      [95, ['named']],
    ]);
  });

  it('named findings are not phrases to find', () => {
    const r = scorePractice([], findings);
    expect(r.flagged).toBe(4);
    expect(r.missed.some((f) => f.category === 'named')).toBe(false);
  });

  it('no marks and no findings', () => {
    expect(scorePractice([], [])).toMatchObject({ flagged: 0, found: 0, marks: 0, matching: 0, agreed: [], missed: [], extra: [] });
  });

  it('marking words again replaces the marks they overlap, so a phrase changes category instead of stacking', () => {
    let marks = addMark([], mark('anonymous', 10, 20));
    marks = addMark(marks, mark('hedge', 40, 50));
    marks = addMark(marks, mark('secondhand', 15, 25));
    expect(marks.map((m) => `${m.category}@${m.start}`)).toEqual(['secondhand@15', 'hedge@40']);
  });

  it('reads the findings of every article of an audit record, the main one as article 0', () => {
    const f = { category: 'hedge' as const, start: 1, end: 5, text: 'said', explanation: 'e', sentence: 's', rule: 'r', source: '' };
    const all = practiceFindings([{ findings: [f, f] }, { findings: [f] }]);
    expect(all.map((x) => [x.article, x.index])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
    ]);
  });
});

describe('the score in plain words', () => {
  beforeEach(() => useLocale('en'));
  const score = (flagged: number, found: number, marks: number, matching: number) => scoreSentence({ flagged, found, marks, matching });

  it('English', () => {
    expect(score(7, 5, 6, 5)).toBe('You found 5 of the 7 phrases SourceLens flagged; 5 of your 6 marks match.');
    expect(score(7, 1, 6, 1)).toBe('You found 1 of the 7 phrases SourceLens flagged; 1 of your 6 marks matches.');
    expect(score(1, 1, 1, 1)).toBe('You found 1 of the 1 phrase SourceLens flagged; 1 of your 1 mark matches.');
    expect(score(3, 0, 0, 0)).toBe('You found 0 of the 3 phrases SourceLens flagged; you made no marks.');
    expect(score(0, 0, 2, 0)).toBe('SourceLens flagged no phrases in this article; 0 of your 2 marks match.');
  });

  it('Ukrainian, with its plural forms', () => {
    useLocale('uk');
    expect(score(7, 5, 6, 5)).toBe('Ви знайшли 5 з 7 фраз, позначених SourceLens; 5 з 6 ваших позначок збігаються.');
    expect(score(21, 1, 21, 1)).toBe('Ви знайшли 1 з 21 фрази, позначеної SourceLens; 1 з 21 вашої позначки збігається.');
    expect(score(3, 2, 4, 2)).toBe('Ви знайшли 2 з 3 фраз, позначених SourceLens; 2 з 4 ваших позначок збігаються.');
  });
});
