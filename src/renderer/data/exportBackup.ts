import type { TFunction } from 'i18next';
import type { SaveFileResult } from '../../shared/contract';
import { serializeBackup } from '../backup/backupDocument';
import { createBackup } from '../db/backups';
import { todayIso } from '../format/dates';
import { ashore } from '../platform/ashore';

/**
 * Writes a full backup where the user chooses (native dialog / browser download). The one
 * export used by the Data page, the menu and the error screen, so a crashed page can still
 * take the household out.
 */
export async function exportBackupFile(t: TFunction, appVersion: string): Promise<SaveFileResult> {
  const backup = await createBackup(appVersion);
  return ashore.saveFile({
    kind: 'backup',
    suggestedName: t('data.backupFileName', { date: todayIso() }),
    content: serializeBackup(backup),
  });
}
