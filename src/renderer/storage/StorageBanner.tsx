import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import './storage.css';
import { getStorageStatus, subscribeToStorageStatus, updateStorageStatus } from './storageStatus';

export function useStorageStatus() {
  return useSyncExternalStore(subscribeToStorageStatus, getStorageStatus);
}

/**
 * The app-wide banner for storage trouble: a database upgraded elsewhere (reload), an upgrade
 * blocked by another window, a write that failed (nothing was written), an automatic backup
 * that failed. Shown above every page, because the page that failed may be gone by now.
 */
export function StorageBanner() {
  const { t } = useTranslation();
  const status = useStorageStatus();
  const { writeFailure, autoBackupFailure } = status;
  if (!status.versionChanged && !status.blocked && !writeFailure && !autoBackupFailure) {
    return null;
  }
  return (
    <div className="storage-banner" role="alert">
      {status.versionChanged ? (
        <p>
          {t('storage.versionChanged')}{' '}
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            {t('storage.reload')}
          </button>
        </p>
      ) : null}
      {status.blocked && !status.versionChanged ? <p>{t('storage.blocked')}</p> : null}
      {writeFailure ? (
        <p>
          {writeFailure.name === 'QuotaExceededError'
            ? t('storage.quotaExceeded')
            : t('storage.writeFailed', {
                reason: `${writeFailure.name}: ${writeFailure.message}`,
              })}{' '}
          <button type="button" onClick={() => updateStorageStatus({ writeFailure: undefined })}>
            {t('storage.dismiss')}
          </button>
        </p>
      ) : null}
      {autoBackupFailure ? (
        <p>
          {t('storage.autoBackupFailed', { reason: autoBackupFailure })}{' '}
          <button
            type="button"
            onClick={() => updateStorageStatus({ autoBackupFailure: undefined })}
          >
            {t('storage.dismiss')}
          </button>
        </p>
      ) : null}
    </div>
  );
}

/** The Settings note when the browser would not promise to keep the data; nothing otherwise. */
export function PersistenceNote() {
  const { t } = useTranslation();
  const { persisted } = useStorageStatus();
  return persisted === false ? <p className="note warning">{t('storage.notPersisted')}</p> : null;
}
