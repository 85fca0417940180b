import { type ReactNode, createContext, useCallback, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Undo, undoChange } from '../db/undo';

interface Offer {
  message: string;
  undo: Undo;
  key: number;
}

type OfferUndo = (message: string, undo: Undo | undefined) => void;

const UndoContext = createContext<OfferUndo | null>(null);

const OFFER_MS = 15_000;

/**
 * Deleting is immediate and undoable: the last deletion is offered back for a while (longer
 * while the bar is hovered or focused, and by Ctrl/⌘+Z outside a field), in a polite live
 * region so screen readers announce it. What undo writes back is the change's own
 * record (db/undo.ts), the same for every kind of row.
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [offer, setOffer] = useState<Offer | null>(null);
  // Hovered or focused: the person is about to press it, so the offer must not vanish under them.
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const held = hovered || focused;
  const offerUndo = useCallback<OfferUndo>((message, undo) => {
    if (undo) setOffer({ message, undo, key: Date.now() });
  }, []);
  const undoOffered = useCallback(() => {
    if (!offer) return;
    setOffer(null);
    void undoChange(offer.undo);
  }, [offer]);

  useEffect(() => {
    if (!offer || held) return;
    const timer = window.setTimeout(() => setOffer(null), OFFER_MS);
    return () => window.clearTimeout(timer);
  }, [offer, held]);

  useEffect(() => {
    if (!offer) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isUndoShortcut(event) || isEditing(document.activeElement)) return;
      event.preventDefault();
      undoOffered();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [offer, undoOffered]);

  return (
    <UndoContext.Provider value={offerUndo}>
      {children}
      <div
        className="undo-bar"
        role="status"
        aria-live="polite"
        onMouseEnter={() => setHovered(true)}
        onMouseLeave={() => setHovered(false)}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        {offer ? (
          <>
            <span>{offer.message}</span>
            <button type="button" aria-keyshortcuts="Control+Z Meta+Z" onClick={undoOffered}>
              {t('forms.undo')}
            </button>
          </>
        ) : null}
      </div>
    </UndoContext.Provider>
  );
}

/** Ctrl+Z (⌘Z on a Mac), without Shift, which is redo. */
function isUndoShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z';
}

/** In a field, Ctrl+Z undoes typing, as everywhere else: the offer only takes it elsewhere. */
function isEditing(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

export function useOfferUndo(): OfferUndo {
  const offer = useContext(UndoContext);
  if (!offer) throw new Error('useOfferUndo must be used inside <UndoProvider>');
  return offer;
}
