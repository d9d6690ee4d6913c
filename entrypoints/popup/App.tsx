import { PopupView } from '../../src/ui/PopupView';
import { usePageState } from './use-page-state';

export function App() {
  const { model, tryAnyway, setMarking, reveal, revealHighlight, deleteHighlight, exportArticle } = usePageState();
  return (
    <PopupView
      model={model}
      onTryAnyway={() => void tryAnyway()}
      onSetMarking={(scope, on) => void setMarking(scope, on)}
      onReveal={reveal}
      onRevealHighlight={revealHighlight}
      onDeleteHighlight={(id) => void deleteHighlight(id)}
      onExport={(format) => void exportArticle(format)}
    />
  );
}
