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
 * Deleting is immediate and undoable: the last deletion is offered back for a while, in a
 * polite live region so screen readers announce it. What undo writes back is the change's own
 * record (db/undo.ts), the same for every kind of row.
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [offer, setOffer] = useState<Offer | null>(null);
  const offerUndo = useCallback<OfferUndo>((message, undo) => {
    if (undo) setOffer({ message, undo, key: Date.now() });
  }, []);

  useEffect(() => {
    if (!offer) return;
    const timer = window.setTimeout(() => setOffer(null), OFFER_MS);
    return () => window.clearTimeout(timer);
  }, [offer]);

  return (
    <UndoContext.Provider value={offerUndo}>
      {children}
      <div className="undo-bar" role="status" aria-live="polite">
        {offer ? (
          <>
            <span>{offer.message}</span>
            <button
              type="button"
              onClick={() => {
                setOffer(null);
                void undoChange(offer.undo);
              }}
            >
              {t('forms.undo')}
            </button>
          </>
        ) : null}
      </div>
    </UndoContext.Provider>
  );
}

export function useOfferUndo(): OfferUndo {
  const offer = useContext(UndoContext);
  if (!offer) throw new Error('useOfferUndo must be used inside <UndoProvider>');
  return offer;
}
