import { render } from 'preact';
import { App } from './App.tsx';
import '../../components/ui.css';

render(<App />, document.getElementById('app')!);
