import { render } from 'preact';
import { applyDocumentLanguage, t } from '../../utils/i18n.ts';
import { App } from './App.tsx';
import '../../components/ui.css';

applyDocumentLanguage();
document.title = t('name');
render(<App />, document.getElementById('app')!);
