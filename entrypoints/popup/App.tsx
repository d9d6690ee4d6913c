import { browser } from 'wxt/browser';
import { PopupView } from '../../src/ui/PopupView';
import { usePalette } from '../../src/ui/use-palette';
import { useSettings } from '../../src/ui/use-settings';
import { usePageState } from './use-page-state';

/** Firefox has a sidebar for the library (Chrome's side panel is opened from the browser's own menu). */
function openLibraryInSidebar(): boolean {
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (!sidebar?.open) return false;
  // Must be called in the click itself (a user action), before anything is awaited.
  void sidebar.open().then(
    () => window.close(),
    () => browser.tabs.create({ url: browser.runtime.getURL('/notes.html') }),
  );
  return true;
}

export function App() {
  const settings = useSettings();
  const { model, tryAnyway, setMarking, reveal, revealHighlight, deleteHighlight, exportArticle, unlistedSite, runHere } =
    usePageState(settings);
  const paletteCss = usePalette(settings);
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
      onOpenLibrary={openLibraryInSidebar}
    />
    </>
  );
}
