/**
 * The practice results page's data: the marks and the audit from the practising tab
 * (`?tab=<id>`), scored here with the same rule the tab's toolbar uses.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PracticeResultsProps } from '../../components/PracticeResults.tsx';
import { contentLang, t } from '../../utils/i18n.ts';
import { errorMessage, sendToTab } from '../../utils/messages.ts';
import { practiceFindings, scorePractice } from '../../utils/practice-score.ts';

export function usePracticeResults(): PracticeResultsProps {
  const [props, setProps] = useState<PracticeResultsProps>({ title: '', publisher: '', result: null, status: t('status_working') });

  useEffect(() => {
    let live = true;
    const tab = new URLSearchParams(location.search).get('tab');
    (async () => {
      if (tab === null || !/^\d+$/.test(tab)) throw new Error(t('practice_results_no_tab'));
      const snapshot = await sendToTab(browser.tabs, Number(tab), 'get-practice', {});
      if (!snapshot) throw new Error(t('practice_results_not_practising'));
      const { record } = snapshot;
      const result = scorePractice(snapshot.marks, practiceFindings([record, ...(record.articles ?? [])]));
      if (live) setProps({ title: record.title, lang: contentLang(record.language), publisher: record.publisher, result, status: null });
    })().catch(
      (error: unknown) =>
        live && setProps((p) => ({ ...p, status: t('practice_results_failed', { message: errorMessage(error) }) })),
    );
    return () => {
      live = false;
    };
  }, []);

  return props;
}
