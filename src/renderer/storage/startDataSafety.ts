import type { AshoreApi } from '../../shared/contract';
import { startAutoBackups } from '../backup/autoBackupScheduler';
import type { AppDB } from '../db/AppDB';
import { updateStorageStatus } from './storageStatus';
import { reportUnhandledStorageErrors, requestPersistentStorage } from './watchStorage';

/**
 * Everything else that keeps the household's data safe while the app runs, started once:
 * persistent storage, failed writes, automatic backups. Other windows' upgrades are watched
 * from boot.ts, before the database is first opened.
 */
export function startDataSafety(database: AppDB, api: AshoreApi): void {
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
