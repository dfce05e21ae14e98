import { PopupView } from '../../components/PopupView.tsx';
import { usePopupController } from './use-popup-controller.ts';

export function App() {
  const props = usePopupController();
  return <PopupView {...props} />;
}
