import { useLiveQuery } from 'dexie-react-hooks';
import { type ContactRow, type EvidenceRow, type PaymentRow, type StatementRow, db } from './AppDB';
import { inRecordedOrder } from './householdRead';

/**
 * What has been gathered for every lender: hardship statements, evidence, the contact log, and
 * the payments made (oldest first).
 */
export interface AllNegotiationRecords {
  statements: StatementRow[];
  evidence: EvidenceRow[];
  contacts: ContactRow[];
  payments: PaymentRow[];
}

/** All negotiation records, read together in one transaction so they agree with each other. */
export function readAllNegotiationRecords(): Promise<AllNegotiationRecords> {
  return db.transaction('r', [db.statements, db.evidence, db.contacts, db.payments], async () => {
    const [statements, evidence, contacts, payments] = await Promise.all([
      db.statements.toArray(),
      db.evidence.toArray(),
      db.contacts.toArray(),
      db.payments.toArray(),
    ]);
    return { statements, evidence, contacts, payments: inRecordedOrder(payments) };
  });
}

/** Every lender's records, live: undefined until the first read. */
export function useAllNegotiationRecords(): AllNegotiationRecords | undefined {
  return useLiveQuery(readAllNegotiationRecords, []);
}
