import { PopupView } from '../../src/ui/PopupView';
import { usePageState } from './use-page-state';

export function App() {
  const { model, tryAnyway } = usePageState();
  return <PopupView model={model} onTryAnyway={() => void tryAnyway()} />;
}
