import type { TFunction } from 'i18next';
import type { OpenFileResult } from '../../shared/contract';
import { type BackupProblem, checkBackup } from '../backup/backupDocument';
import { writeSafetyBackup } from '../backup/safetyBackup';
import { restoreBackup } from '../db/backups';
import { ashore } from '../platform/ashore';
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

/**
 * Replaces the household (a restore or an import) only once the data as it is has been kept
 * as a safety backup: if that copy cannot be written, nothing is replaced. The replacement is
 * one transaction; a failure (disk full…) is reported and changes nothing. Returns the message.
 */
export async function replaceKeepingSafetyBackup(
  t: TFunction,
  replace: () => Promise<void>,
  messages: { done: string; failed: string },
): Promise<string> {
  const { version } = await ashore.getAppInfo();
  const safety = await writeSafetyBackup(ashore, version);
  if (!safety.kept && safety.reason === 'failed') {
    return t('data.safetyFailed', { reason: safety.detail });
  }
  try {
    await replace();
  } catch (error) {
    reportWriteFailure(error);
    return messages.failed;
  }
  return safety.kept ? `${messages.done} ${t('data.safetyKept')}` : messages.done;
}

export function restoreConfirmed(t: TFunction, pending: PendingRestore): Promise<string> {
  return replaceKeepingSafetyBackup(t, () => restoreBackup(pending.backup), {
    done: t('data.restored'),
    failed: t('data.restoreFailed'),
  });
}
