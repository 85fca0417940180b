import { describe, expect, it } from 'vitest';
import { AppDB } from '../../../src/renderer/db/AppDB';
import { DraftsDB, draftsDbName } from '../../../src/renderer/db/DraftsDB';
import {
  discardDrafts,
  draftKeys,
  getDraft,
  hasUnsavedWork,
  lenderDraftPrefix,
  loadDrafts,
  setDraft,
} from '../../../src/renderer/db/drafts';
import { contactDraftKey } from '../../../src/renderer/negotiation/contactDraft';
import { freshDb } from '../dbTestUtil';

describe('the draft store', () => {
  it('keeps what was typed across a restart, and forgets it once saved', async () => {
    const database = freshDb();
    await loadDrafts(database);
    expect(hasUnsavedWork()).toBe(false);

    await setDraft('debt', { owner: 'd1', opened: { isNew: true }, value: { name: '花' } });
    await setDraft('debt', { owner: 'd1', opened: { isNew: true }, value: { name: '花呗' } });
    await setDraft('contact:new:d1', { who: '工号 1024' });
    expect(hasUnsavedWork()).toBe(true);

    // A restart: a new connection to the same database, the memory copy read afresh.
    database.close();
    const again = new AppDB(database.name);
    await loadDrafts(again);
    expect(getDraft('debt')).toEqual({
      owner: 'd1',
      opened: { isNew: true },
      value: { name: '花呗' },
    });
    expect(draftKeys('contact:')).toEqual(['contact:new:d1']);

    await setDraft('debt', null);
    await setDraft('contact:new:d1', null);
    expect(hasUnsavedWork()).toBe(false);
    await loadDrafts(again);
    expect(hasUnsavedWork()).toBe(false);
    again.close();
  });

  it('drops what was typed about a deleted lender, and nothing else', async () => {
    const database = freshDb();
    await loadDrafts(database);
    await setDraft(contactDraftKey.new('huabei'), { who: '工号 1024' });
    await setDraft(contactDraftKey.edit('huabei', 'c1'), { who: '工号 2048' });
    await setDraft(`${lenderDraftPrefix('huabei')}statement`, { text: '情况说明' });
    await setDraft(contactDraftKey.new('card'), { who: '客服' });
    await discardDrafts(lenderDraftPrefix('huabei'));
    expect(draftKeys('')).toEqual([contactDraftKey.new('card')]);
    await loadDrafts(database);
    expect(draftKeys('')).toEqual([contactDraftKey.new('card')]);
    await setDraft(contactDraftKey.new('card'), null);
  });

  it('keeps drafts in their own database, never in the app database', async () => {
    const database = freshDb();
    await loadDrafts(database);
    await setDraft('debt', { owner: 'd1', opened: { isNew: true }, value: { name: '花呗' } });
    // The app database's queue of writes holds saves only: a keystroke never waits ahead of one.
    expect(await database.drafts.count()).toBe(0);
    const own = new DraftsDB(draftsDbName(database.name));
    expect(await own.drafts.get('debt')).toMatchObject({ value: { value: { name: '花呗' } } });
    own.close();
    await setDraft('debt', null);
  });

  it('moves the drafts an older version kept in the app database, once', async () => {
    const database = freshDb();
    // As an older version left them: in the app database's own drafts table.
    await database.drafts.bulkPut([
      { key: 'debt', value: { name: '花呗' }, savedAt: '2026-11-30T10:00:00.000Z' },
      { key: 'contact:new:d1', value: { who: '工号 1024' }, savedAt: '2026-11-30T10:01:00.000Z' },
    ]);
    await loadDrafts(database);
    expect(getDraft('debt')).toEqual({ name: '花呗' });
    expect(draftKeys('')).toEqual(['contact:new:d1', 'debt']);
    expect(await database.drafts.count()).toBe(0);
    const own = new DraftsDB(draftsDbName(database.name));
    expect(await own.drafts.count()).toBe(2);
    own.close();

    // A restart after the move: each draft is there, once, from the drafts database.
    database.close();
    const again = new AppDB(database.name);
    await loadDrafts(again);
    expect(draftKeys('')).toEqual(['contact:new:d1', 'debt']);
    expect(getDraft('contact:new:d1')).toEqual({ who: '工号 1024' });
    await discardDrafts('');
    again.close();
  });

  it('finishes a move that was interrupted, keeping the later keystroke of each draft', async () => {
    const database = freshDb();
    const own = new DraftsDB(draftsDbName(database.name));
    // Copied but not yet deleted from the old table; then typed on in the new place.
    const copied = { key: 'reserve', value: { amount: '500' }, savedAt: '2026-11-30T10:00:00Z' };
    const older = { key: 'debt', value: { name: '花' }, savedAt: '2026-11-30T10:00:00Z' };
    const newer = { key: 'debt', value: { name: '花呗' }, savedAt: '2026-11-30T10:05:00Z' };
    await database.drafts.bulkPut([copied, older]);
    await own.drafts.bulkPut([copied, newer]);
    own.close();

    await loadDrafts(database);
    expect(draftKeys('')).toEqual(['debt', 'reserve']);
    expect(getDraft('debt')).toEqual({ name: '花呗' });
    expect(getDraft('reserve')).toEqual({ amount: '500' });
    expect(await database.drafts.count()).toBe(0);
    await discardDrafts('');
  });
});
