import { render } from 'preact';
import { PracticeResults } from '../../components/PracticeResults.tsx';
import { applyDocumentLanguage, t } from '../../utils/i18n.ts';
import { usePracticeResults } from './use-practice-results.ts';
import '../../components/ui.css';

function App() {
  return <PracticeResults {...usePracticeResults()} />;
}

applyDocumentLanguage();
document.title = t('practice_results_title');
render(<App />, document.getElementById('app')!);
