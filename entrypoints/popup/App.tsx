import { PopupView } from '../../src/ui/PopupView';
import { usePalette } from '../../src/ui/use-palette';
import { usePageState } from './use-page-state';

export function App() {
  const { model, tryAnyway, setMarking, reveal, revealHighlight, deleteHighlight, exportArticle, unlistedSite, runHere } =
    usePageState();
  const paletteCss = usePalette();
  return (
    <>
    <style>{paletteCss}</style>
    <PopupView
      model={model}
      onTryAnyway={() => void tryAnyway()}
      onSetMarking={(scope, on) => void setMarking(scope, on)}
      onReveal={reveal}
      onRevealHighlight={revealHighlight}
      onDeleteHighlight={(id) => void deleteHighlight(id)}
      onExport={(format) => void exportArticle(format)}
      runHere={unlistedSite ? { site: unlistedSite, onAdd: runHere } : null}
    />
    </>
  );
}
