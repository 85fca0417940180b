import type { AshoreApi } from '../../shared/contract';
import type { AppDB } from '../db/AppDB';
import { createBackup, hasHouseholdData } from '../db/backups';
import { errorText } from '../format/errorText';
import { serializeBackup } from './backupDocument';

export type SafetyBackupResult =
  | { kept: true; name: string }
  | { kept: false; reason: 'nothingToKeep' }
  | { kept: false; reason: 'failed'; detail: string };

/**
 * Writes the data as it is now as a safety backup, right before a restore or scenario import
 * replaces it. Everything committed goes in, including an edit made seconds ago that the
 * automatic backup (30 s after the last change) has not written yet. An empty database has
 * nothing to keep.
 */
export async function writeSafetyBackup(
  api: Pick<AshoreApi, 'writeAutoBackup'>,
  appVersion: string,
  database?: AppDB,
): Promise<SafetyBackupResult> {
  try {
    if (!(await hasHouseholdData(database))) return { kept: false, reason: 'nothingToKeep' };
    const backup = await createBackup(appVersion, { database });
    const result = await api.writeAutoBackup({ content: serializeBackup(backup), kind: 'safety' });
    if (result.written) return { kept: true, name: result.name };
    return {
      kept: false,
      reason: 'failed',
      detail: result.reason === 'unwritable' ? result.detail : result.reason,
    };
  } catch (error) {
    return { kept: false, reason: 'failed', detail: errorText(error) };
  }
}
