import { render } from 'preact';
import { HistoryView } from '../../components/HistoryView.tsx';
import { applyDocumentLanguage, t } from '../../utils/i18n.ts';
import { useHistoryController } from './use-history-controller.ts';
import '../../components/ui.css';

function App() {
  return <HistoryView {...useHistoryController()} />;
}

applyDocumentLanguage();
document.title = t('history_title');
render(<App />, document.getElementById('app')!);
