import type { TFunction } from 'i18next';
import type { OpenFileResult } from '../../shared/contract';
import { type BackupProblem, checkBackup, restoreBackup } from '../backup/backupDocument';
import { db } from '../db/AppDB';
import { reportWriteFailure } from '../storage/storageErrors';
import type { PendingRestore } from './BackupPreview';

/** The reason a backup is refused, in the user's language, naming the file. */
export function backupProblemText(t: TFunction, name: string, problem: BackupProblem): string {
  return t(`data.problems.${problem.kind}`, {
    name,
    version: problem.kind === 'newerVersion' ? problem.version : '',
    paths: problem.kind === 'invalid' ? problem.paths.slice(0, 5).join(', ') : '',
  });
}

/**
 * An opened file (chosen by the user, or an automatic backup) checked completely: either what
 * the preview shows, or the message saying why nothing will change. Nothing is written here.
 */
export async function checkOpenedBackup(
  t: TFunction,
  file: OpenFileResult,
): Promise<{ pending: PendingRestore } | { message: string } | undefined> {
  if (!file.opened) {
    return file.reason === 'canceled'
      ? undefined
      : { message: t(`data.openFailed.${file.reason}`) };
  }
  const check = await checkBackup(file.content);
  if (check.ok)
    return { pending: { backup: check.backup, summary: check.summary, name: file.name } };
  return { message: backupProblemText(t, file.name, check.problem) };
}

/** Restores in one transaction; a failure (disk full…) is reported and changes nothing. */
export async function restoreConfirmed(t: TFunction, pending: PendingRestore): Promise<string> {
  try {
    await restoreBackup(db, pending.backup);
    return t('data.restored');
  } catch (error) {
    reportWriteFailure(error);
    return t('data.restoreFailed');
  }
}
