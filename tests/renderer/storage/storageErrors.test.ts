import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  isStorageError,
  reportWriteFailure,
  writeFailureOf,
} from '../../../src/renderer/storage/storageErrors';
import { getStorageStatus, resetStorageStatus } from '../../../src/renderer/storage/storageStatus';
import { requestPersistentStorage } from '../../../src/renderer/storage/watchStorage';
import { watchDatabase } from '../../../src/renderer/storage/watchStorage';
import { AppDB } from '../../../src/renderer/db/AppDB';
import { saveHousehold } from '../../../src/renderer/db/household';
import { freshDb } from '../dbTestUtil';

beforeEach(() => resetStorageStatus());

describe('storage errors', () => {
  it('tells database errors from other failures', () => {
    expect(isStorageError(new Dexie.AbortError('aborted'))).toBe(true);
    expect(isStorageError(new Dexie.DatabaseClosedError())).toBe(true);
    expect(isStorageError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isStorageError(new TypeError('x is undefined'))).toBe(false);
    expect(isStorageError('nope')).toBe(false);
  });

  it('names a full disk even when it is wrapped in an aborted transaction', () => {
    const aborted = new Dexie.AbortError(
      'Transaction aborted',
      new DOMException('', 'QuotaExceededError'),
    );
    expect(writeFailureOf(aborted).name).toBe('QuotaExceededError');
    expect(writeFailureOf(new Dexie.ConstraintError('Key already exists')).name).toBe(
      'ConstraintError',
    );
  });

  it('puts a reported failure on the banner', () => {
    reportWriteFailure(new Dexie.DatabaseClosedError('closed'));
    expect(getStorageStatus().writeFailure?.name).toBe('DatabaseClosedError');
  });
});

describe('persistent storage', () => {
  it('records whether the browser granted it', async () => {
    await requestPersistentStorage({
      persisted: async () => false,
      persist: async () => true,
    } as unknown as StorageManager);
    expect(getStorageStatus().persisted).toBe(true);
    await requestPersistentStorage({
      persisted: async () => false,
      persist: async () => false,
    } as unknown as StorageManager);
    expect(getStorageStatus().persisted).toBe(false);
  });

  it('does nothing where the API does not exist', async () => {
    await requestPersistentStorage(undefined);
    expect(getStorageStatus().persisted).toBeUndefined();
  });
});

describe('another window upgrades the database', () => {
  it('closes this connection, asks for a reload, and a later write fails loudly', async () => {
    const database = freshDb();
    watchDatabase(database);
    await saveHousehold({ startDate: '2026-11-21' }, database);
    // A newer Ashore opens the same database with a higher version.
    const newer = new AppDB(database.name);
    newer.version(4).stores({ extra: 'id' });
    await newer.open();
    expect(getStorageStatus().versionChanged).toBe(true);
    await expect(saveHousehold({ startDate: '2026-11-22' }, database)).rejects.toThrow(
      Dexie.DatabaseClosedError,
    );
    expect((await newer.household.get('household'))?.startDate).toBe('2026-11-21');
    newer.close();
  });
});
