import { render } from 'preact';
import { OptionsView } from '../../components/OptionsView.tsx';
import { applyDocumentLanguage, t } from '../../utils/i18n.ts';
import { useOptionsController } from './use-options-controller.ts';
import '../../components/ui.css';

function App() {
  return <OptionsView {...useOptionsController()} />;
}

applyDocumentLanguage();
document.title = t('options_title');
render(<App />, document.getElementById('app')!);
