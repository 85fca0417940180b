import type { AshoreApi } from '../../shared/contract';
import { startAutoBackups } from '../backup/autoBackupScheduler';
import type { AppDB } from '../db/AppDB';
import { updateStorageStatus } from './storageStatus';
import {
  reportUnhandledStorageErrors,
  requestPersistentStorage,
  watchDatabase,
} from './watchStorage';

/**
 * Everything that keeps the household's data safe while the app runs, started once before the
 * database is first opened (so a blocked upgrade is seen): persistent storage, other windows'
 * upgrades, failed writes, automatic backups.
 */
export function startDataSafety(database: AppDB, api: AshoreApi): void {
  watchDatabase(database);
  reportUnhandledStorageErrors(window);
  void requestPersistentStorage(navigator.storage);
  let appVersion = 'unknown';
  void api
    .getAppInfo()
    .then((info) => (appVersion = info.version))
    // Without the version the backups still go on, recorded as 'unknown': not worth stopping.
    .catch(() => undefined)
    .then(() =>
      startAutoBackups({
        database,
        api,
        appVersion: () => appVersion,
        onResult: (result) =>
          updateStorageStatus({
            autoBackupFailure:
              !result.written && result.reason === 'unwritable' ? result.detail : undefined,
          }),
        onFailure: (reason) => updateStorageStatus({ autoBackupFailure: reason }),
      }),
    );
}
