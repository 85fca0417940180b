import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The lender chosen in the URL (#/negotiation/<debtId>), so a reload or a link keeps it. */
export function useSelectedDebtId(): string | null {
  return useSyncExternalStore(subscribe, () => {
    const match = /^#\/negotiation\/(.+)$/.exec(window.location.hash);
    return match?.[1] ? decodeURIComponent(match[1]) : null;
  });
}

export function negotiationHref(debtId: string): string {
  return `#/negotiation/${encodeURIComponent(debtId)}`;
}
