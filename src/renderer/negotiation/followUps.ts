import type { ContactRow } from '../db/AppDB';

/** A follow-up that is due: the contact it was planned in, and whether its day has passed. */
export interface FollowUpDue {
  contact: ContactRow & { followUp: string };
  /** The follow-up date is before today (not just today). */
  overdue: boolean;
}

/**
 * The follow-ups due today or earlier and not yet done, the most overdue first (DOMAIN step 7:
 * one application is rarely enough, so a missed follow-up must not slip quietly). Pure: the
 * dashboard and the desktop start-up notification both use it.
 */
export function followUpsDue(contacts: readonly ContactRow[], today: string): FollowUpDue[] {
  const due: FollowUpDue[] = [];
  for (const contact of contacts) {
    const { followUp } = contact;
    if (!followUp || contact.followUpDone || followUp > today) continue;
    due.push({ contact: { ...contact, followUp }, overdue: followUp < today });
  }
  return due.sort(
    (a, b) =>
      a.contact.followUp.localeCompare(b.contact.followUp) ||
      a.contact.at.localeCompare(b.contact.at),
  );
}
