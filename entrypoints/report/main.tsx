import { render } from 'preact';
import { ReportView } from '../../components/ReportView.tsx';
import { applyDocumentLanguage } from '../../utils/i18n.ts';
import { useReportController } from './use-report-controller.ts';
import '../../components/ui.css';
import './report.css';

function App() {
  return <ReportView {...useReportController()} />;
}

applyDocumentLanguage();
render(<App />, document.getElementById('app')!);
