import { hasUnsavedWork } from '../db/drafts';

/**
 * Closing or reloading with a form half-typed asks first (the browser's own "Leave site?"; in
 * the desktop app main turns the same request into a native dialog). The draft is kept either
 * way: the question is so nobody leaves believing it was saved.
 */
export function guardUnsavedWork(
  page: Pick<Window, 'addEventListener' | 'removeEventListener'>,
): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!hasUnsavedWork()) return;
    event.preventDefault();
    // Older Chromium (and Electron's will-prevent-unload) look at returnValue.
    event.returnValue = '';
  };
  page.addEventListener('beforeunload', onBeforeUnload);
  return () => page.removeEventListener('beforeunload', onBeforeUnload);
}
