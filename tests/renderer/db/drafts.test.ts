import { describe, expect, it, vi } from 'vitest';
import { AppDB } from '../../../src/renderer/db/AppDB';
import {
  discardDrafts,
  draftKeys,
  flushDrafts,
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

  it('writes once typing pauses, one write of the last keystroke; at once when the page may go', async () => {
    const database = freshDb();
    await loadDrafts(database);
    // The store's own writes: drafts are written in IndexedDB transactions of their own.
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const remove = vi.spyOn(IDBObjectStore.prototype, 'delete');
    const stored = async () => (await database.drafts.get('budget:incomes'))?.value;

    void setDraft('budget:incomes', { amount: '8' });
    void setDraft('budget:incomes', { amount: '80' });
    const written = setDraft('budget:incomes', { amount: '800' });
    expect(put).not.toHaveBeenCalled();
    await written;
    expect(put).toHaveBeenCalledTimes(1);
    expect(await stored()).toEqual({ amount: '800' });

    // Flushed (the page may be going away): written at once, before its pause.
    void setDraft('budget:incomes', { amount: '8000' });
    await flushDrafts();
    expect(put).toHaveBeenCalledTimes(2);
    expect(await stored()).toEqual({ amount: '8000' });

    // Typed and saved (or cancelled) before the pause: nothing was written, nothing to delete.
    void setDraft('debt', { name: '花呗' });
    await setDraft('debt', null);
    expect(put).toHaveBeenCalledTimes(2);
    expect(remove).not.toHaveBeenCalled();
    expect(await database.drafts.get('debt')).toBeUndefined();

    await setDraft('budget:incomes', null);
    expect(remove).toHaveBeenCalledTimes(1);
    expect(await stored()).toBeUndefined();
    vi.restoreAllMocks();
  });
});
