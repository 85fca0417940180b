// Dexie looks for IndexedDB when it is first imported, so the in-memory implementation must be
// installed before any test module (or the modules it imports) loads Dexie.
import 'fake-indexeddb/auto';
