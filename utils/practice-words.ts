/** Practice mode's results in plain words, in the interface's language. */
import { t, tn } from './i18n.ts';
import type { PracticeResult } from './practice-score.ts';

/** "You found 5 of the 7 phrases SourceLens flagged; 5 of your 6 marks match." */
export function scoreSentence(result: Pick<PracticeResult, 'flagged' | 'found' | 'marks' | 'matching'>): string {
  const found =
    result.flagged === 0
      ? t('practice_none_flagged')
      : t('practice_found', { found: result.found, phrases: tn('practice_flagged_phrases', result.flagged) });
  const matching =
    result.marks === 0
      ? t('practice_no_marks')
      : tn('practice_matching', result.matching, { marks: tn('practice_your_marks', result.marks) });
  return t('practice_score', { found, matching });
}
