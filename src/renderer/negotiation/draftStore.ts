import { useCallback, useSyncExternalStore } from 'react';
import type { ContactDraft } from './contactDraft';

// Unsaved contact drafts live for the whole session, outside any component: switching lender,
// or visiting another page and coming back, never throws away what was typed.
const drafts = new Map<string, ContactDraft>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setDraft(key: string, draft: ContactDraft | null): void {
  if (draft) drafts.set(key, draft);
  else drafts.delete(key);
  for (const listener of listeners) listener();
}

/** A draft by key ("new:<debtId>" or the contact's id) and its setter; null clears it. */
export function useContactDraft(
  key: string,
): [ContactDraft | undefined, (draft: ContactDraft | null) => void] {
  const draft = useSyncExternalStore(subscribe, () => drafts.get(key));
  const set = useCallback((next: ContactDraft | null) => setDraft(key, next), [key]);
  return [draft, set];
}

export const newDraftKey = (debtId: string) => `new:${debtId}`;
