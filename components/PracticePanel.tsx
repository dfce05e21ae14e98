/**
 * Practice mode in the popup: start it, see how many phrases are marked, check, see the results,
 * leave. While the student has not checked, the popup shows nothing that would give the answers.
 */
import { t, tn } from '../utils/i18n.ts';
import type { PracticeAction } from '../utils/messages.ts';
import type { PracticeStatus } from '../utils/tab-state.ts';

export interface PracticePanelProps {
  practice: PracticeStatus | null;
  onPractice: (action: PracticeAction) => void;
  onOpenPracticeResults: () => void;
}

export function PracticePanel({ practice, onPractice, onOpenPracticeResults }: PracticePanelProps) {
  return (
    <section aria-labelledby="sl-practice-heading" class="practice" data-testid="practice-panel">
      <h2 id="sl-practice-heading">{t('practice_heading')}</h2>
      {!practice && (
        <>
          <p>{t('practice_intro')}</p>
          <div class="button-row">
            <button type="button" class="primary" onClick={() => onPractice('start')}>
              {t('practice_start')}
            </button>
          </div>
        </>
      )}
      {practice && !practice.checked && (
        <>
          <p>{t('practice_running')}</p>
          <p data-testid="practice-marks">{tn('practice_marks_count', practice.marks)}</p>
          <div class="button-row">
            <button type="button" class="primary" onClick={() => onPractice('check')}>
              {t('practice_check')}
            </button>
            <button type="button" onClick={() => onPractice('stop')}>
              {t('practice_stop')}
            </button>
          </div>
        </>
      )}
      {practice?.checked && (
        <>
          <p>{t('practice_checked')}</p>
          <div class="button-row">
            <button type="button" class="primary" onClick={onOpenPracticeResults}>
              {t('practice_open_results')}
            </button>
            <button type="button" onClick={() => onPractice('stop')}>
              {t('practice_stop')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
