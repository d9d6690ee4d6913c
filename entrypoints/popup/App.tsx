import { PopupView } from '../../src/ui/PopupView';
import { usePageState } from './use-page-state';

export function App() {
  const { model, tryAnyway, setMarking, reveal } = usePageState();
  return (
    <PopupView
      model={model}
      onTryAnyway={() => void tryAnyway()}
      onSetMarking={(scope, on) => void setMarking(scope, on)}
      onReveal={reveal}
    />
  );
}
