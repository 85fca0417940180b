import { useLiveQuery } from 'dexie-react-hooks';
import {
  type AppDB,
  type ContactRow,
  type EvidenceItem,
  type EvidenceRow,
  type StatementRow,
  db as defaultDb,
} from './AppDB';
import { type Undo, changeWithUndo } from './undo';

/** The debt's negotiation records, live: contacts newest first, evidence, the statement. */
export interface NegotiationRecords {
  contacts: ContactRow[];
  evidence: EvidenceRow[];
  statement: StatementRow | null;
}

export async function readNegotiation(
  debtId: string,
  database: AppDB = defaultDb,
): Promise<NegotiationRecords> {
  return database.transaction(
    'r',
    [database.contacts, database.evidence, database.statements],
    async () => {
      const [contacts, evidence, statement] = await Promise.all([
        database.contacts.where('debtId').equals(debtId).toArray(),
        database.evidence.where('debtId').equals(debtId).toArray(),
        database.statements.get(debtId),
      ]);
      return { contacts: newestFirst(contacts), evidence, statement: statement ?? null };
    },
  );
}

export function newestFirst(contacts: readonly ContactRow[]): ContactRow[] {
  return [...contacts].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
}

export function useNegotiation(
  debtId: string,
  database: AppDB = defaultDb,
): NegotiationRecords | undefined {
  return useLiveQuery(() => readNegotiation(debtId, database), [debtId, database]);
}

/** Every contact and every debt's name, in one read: what the start-up notice needs. */
export async function readFollowUpSources(database: AppDB = defaultDb) {
  return database.transaction('r', database.contacts, database.debts, async () => ({
    contacts: await database.contacts.toArray(),
    debts: await database.debts.toArray(),
  }));
}

/** Every contact of every lender: what the follow-up list reads. */
export function useAllContacts(database: AppDB = defaultDb): ContactRow[] | undefined {
  return useLiveQuery(() => database.contacts.toArray(), [database]);
}

/** Adds (no id) or replaces a contact; returns its id. */
export async function saveContact(
  contact: Omit<ContactRow, 'id'> & { id?: string },
  database: AppDB = defaultDb,
): Promise<string> {
  const id = contact.id ?? crypto.randomUUID();
  await database.contacts.put({ ...contact, id });
  return id;
}

export function deleteContact(id: string, database: AppDB = defaultDb): Promise<Undo | undefined> {
  return changeWithUndo(['contacts'], () => database.contacts.delete(id), database);
}

export async function setFollowUpDone(
  id: string,
  done: boolean,
  database: AppDB = defaultDb,
): Promise<void> {
  await database.transaction('rw', database.contacts, async () => {
    const row = await database.contacts.get(id);
    if (!row) return;
    const next: ContactRow = { ...row, followUpDone: true };
    if (!done) delete next.followUpDone;
    await database.contacts.put(next);
  });
}

/** One row per lender and item, so a status or note change is a plain put of that row. */
export function evidenceId(debtId: string, item: EvidenceItem): string {
  return `${debtId}:${item}`;
}

/** The item as stored, or as it starts: needed, no note. */
export function evidenceOf(
  rows: readonly EvidenceRow[],
  debtId: string,
  item: EvidenceItem,
): EvidenceRow {
  return (
    rows.find((row) => row.item === item) ?? {
      id: evidenceId(debtId, item),
      debtId,
      item,
      status: 'needed',
      note: '',
    }
  );
}

export async function saveEvidence(row: EvidenceRow, database: AppDB = defaultDb): Promise<void> {
  await database.evidence.put(row);
}

export async function saveStatement(
  row: Omit<StatementRow, 'updatedAt'>,
  now: Date = new Date(),
  database: AppDB = defaultDb,
): Promise<StatementRow> {
  const saved = { ...row, updatedAt: now.toISOString() };
  await database.statements.put(saved);
  return saved;
}
