import { parseDate } from '../../core/calendar';
import type { ContactChannel, ContactRow } from '../db/AppDB';
import { lenderDraftPrefix } from '../db/drafts';
import { todayIso } from '../format/dates';

/** A contact as the form edits it: every field a string or flag, the follow-up '' when none. */
export interface ContactDraft {
  /** Absent for a new entry. */
  id?: string;
  at: string;
  channel: ContactChannel;
  who: string;
  said: string;
  answer: string;
  promised: string;
  followUp: string;
  followUpDone: boolean;
}

/** Where the draft store keeps a contact being written: a new one per lender, or an edit. */
export const contactDraftKey = {
  new: (debtId: string) => `${lenderDraftPrefix(debtId)}contact:new`,
  edit: (debtId: string, contactId: string) => `${lenderDraftPrefix(debtId)}contact:${contactId}`,
};

/** The same lengths the backup accepts: a saved entry can always be backed up. */
export const WHO_MAX = 200;
export const TEXT_MAX = 10_000;

const AT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Local date and time, minute precision, as a datetime-local input shows it. */
export function localDateTime(now: Date = new Date()): string {
  const hh = String(now.getHours()).padStart(2, '0');
  const mm = String(now.getMinutes()).padStart(2, '0');
  return `${todayIso(now)}T${hh}:${mm}`;
}

export function newContactDraft(now: Date = new Date()): ContactDraft {
  return {
    at: localDateTime(now),
    channel: 'phone',
    who: '',
    said: '',
    answer: '',
    promised: '',
    followUp: '',
    followUpDone: false,
  };
}

export function draftFromContact(row: ContactRow): ContactDraft {
  return {
    id: row.id,
    at: row.at,
    channel: row.channel,
    who: row.who,
    said: row.said,
    answer: row.answer,
    promised: row.promised,
    followUp: row.followUp ?? '',
    followUpDone: row.followUpDone ?? false,
  };
}

/** Something typed that would be lost: what switching away must not throw away silently. */
export function draftHasText(draft: ContactDraft): boolean {
  return [draft.who, draft.said, draft.answer, draft.promised, draft.followUp].some(
    (text) => text.trim() !== '',
  );
}

export type ContactProblem = 'at' | 'followUp' | 'empty';

/**
 * The row a draft saves as, or what stops it: a missing or invalid time, an impossible
 * follow-up date, or nothing written at all. Texts are trimmed; a cleared follow-up is removed.
 */
export function contactFromDraft(
  draft: ContactDraft,
  debtId: string,
):
  | { ok: true; row: Omit<ContactRow, 'id'> & { id?: string } }
  | { ok: false; problems: ContactProblem[] } {
  const problems: ContactProblem[] = [];
  if (!AT_PATTERN.test(draft.at) || !parseDate(draft.at.slice(0, 10))) problems.push('at');
  if (draft.followUp !== '' && !parseDate(draft.followUp)) problems.push('followUp');
  const who = draft.who.trim().slice(0, WHO_MAX);
  const said = draft.said.trim().slice(0, TEXT_MAX);
  const answer = draft.answer.trim().slice(0, TEXT_MAX);
  const promised = draft.promised.trim().slice(0, TEXT_MAX);
  if (!who && !said && !answer && !promised) problems.push('empty');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    row: {
      ...(draft.id ? { id: draft.id } : {}),
      debtId,
      at: draft.at,
      channel: draft.channel,
      who,
      said,
      answer,
      promised,
      ...(draft.followUp ? { followUp: draft.followUp } : {}),
      ...(draft.followUp && draft.followUpDone ? { followUpDone: true } : {}),
    },
  };
}
