import { render } from 'preact';
import { OptionsView } from '../../components/OptionsView.tsx';
import { useOptionsController } from './use-options-controller.ts';
import '../../components/ui.css';

function App() {
  return <OptionsView {...useOptionsController()} />;
}

render(<App />, document.getElementById('app')!);
