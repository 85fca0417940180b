import { flushDrafts, hasUnsavedWork } from '../db/drafts';

/**
 * Closing or reloading with a form half-typed asks first (the browser's own "Leave site?"; in
 * the desktop app main turns the same request into a native dialog). The draft is kept either
 * way: the question is so nobody leaves believing it was saved. Drafts are written once typing
 * pauses; whenever the page may be going away (about to unload, hidden, or unloading) the ones
 * still waiting are written at once — while the question is asked, when it is.
 */
export function guardUnsavedWork(
  page: Pick<Window, 'addEventListener' | 'removeEventListener'> & {
    document: Pick<Document, 'visibilityState'>;
  },
): () => void {
  const flush = () => void flushDrafts();
  const onHidden = () => {
    if (page.document.visibilityState === 'hidden') flush();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    flush();
    if (!hasUnsavedWork()) return;
    event.preventDefault();
    // Older Chromium (and Electron's will-prevent-unload) look at returnValue.
    event.returnValue = '';
  };
  page.addEventListener('beforeunload', onBeforeUnload);
  page.addEventListener('pagehide', flush);
  page.addEventListener('visibilitychange', onHidden);
  return () => {
    page.removeEventListener('beforeunload', onBeforeUnload);
    page.removeEventListener('pagehide', flush);
    page.removeEventListener('visibilitychange', onHidden);
  };
}
