import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandHandler } from '../app/commandRequests';
import { BackupTooLargeError } from '../backup/backupDocument';
import { ashore } from '../platform/ashore';
import { BackupPreview, type PendingRestore } from './BackupPreview';
import { checkOpenedBackup, restoreConfirmed } from './backupChoice';
import { errorText } from '../format/errorText';
import { exportBackupFile } from './exportBackup';
import { useAppVersion } from './useAppVersion';
import { formatMegabytes } from '../format/fileSize';

export function BackupSection({ onMessage }: { onMessage: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const appVersion = useAppVersion();
  const [pending, setPending] = useState<PendingRestore | null>(null);

  async function exportBackup() {
    try {
      const result = await exportBackupFile(t, appVersion);
      if (result.saved) onMessage(t('data.saved', { name: result.name }));
    } catch (error) {
      if (error instanceof BackupTooLargeError) {
        onMessage(
          t('data.backupTooLarge', {
            size: formatMegabytes(error.bytes, i18n.language),
            limit: formatMegabytes(error.limit, i18n.language),
          }),
        );
      } else onMessage(t('data.saveFailed', { reason: errorText(error) }));
    }
  }

  async function chooseBackup() {
    setPending(null);
    const checked = await checkOpenedBackup(t, await ashore.openFile({ kind: 'backup' }));
    if (!checked) return;
    if ('pending' in checked) setPending(checked.pending);
    else onMessage(checked.message);
  }

  // File → Export backup… / Restore backup… in the native menu do what these buttons do.
  useCommandHandler('exportBackup', () => void exportBackup());
  useCommandHandler('restoreBackup', () => void chooseBackup());

  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('data.backupTitle')}</h2>
      <p>{t('data.backupText')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void exportBackup()}>
          {t('data.exportBackup')}
        </button>
        <button type="button" onClick={() => void chooseBackup()}>
          {t('data.restoreBackup')}
        </button>
      </div>
      {pending ? (
        <BackupPreview
          pending={pending}
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            onMessage(await restoreConfirmed(t, pending));
            setPending(null);
          }}
        />
      ) : null}
    </section>
  );
}
