import { useLiveQuery } from 'dexie-react-hooks';
import { type ContactRow, type EvidenceRow, type StatementRow, db } from './AppDB';

/** What has been gathered for every lender: hardship statements, evidence, the contact log. */
export interface AllNegotiationRecords {
  statements: StatementRow[];
  evidence: EvidenceRow[];
  contacts: ContactRow[];
}

/** All negotiation records, read together in one transaction so they agree with each other. */
export function readAllNegotiationRecords(): Promise<AllNegotiationRecords> {
  return db.transaction('r', db.statements, db.evidence, db.contacts, async () => {
    const [statements, evidence, contacts] = await Promise.all([
      db.statements.toArray(),
      db.evidence.toArray(),
      db.contacts.toArray(),
    ]);
    return { statements, evidence, contacts };
  });
}

/** Every lender's records, live: undefined until the first read. */
export function useAllNegotiationRecords(): AllNegotiationRecords | undefined {
  return useLiveQuery(readAllNegotiationRecords, []);
}
