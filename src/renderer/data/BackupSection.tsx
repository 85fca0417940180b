import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type BackupDocument,
  type BackupSummary,
  checkBackup,
  createBackup,
  restoreBackup,
  serializeBackup,
} from '../backup/backupDocument';
import { db } from '../db/AppDB';
import { todayIso } from '../format/dates';
import { formatMoney } from '../format/money';
import { ashore } from '../platform/ashore';
import { useSettings } from '../settings/SettingsContext';
import { useAppVersion } from './useAppVersion';

type Pending = { backup: BackupDocument; summary: BackupSummary; name: string };

export function BackupSection({ onMessage }: { onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const appVersion = useAppVersion();
  const [pending, setPending] = useState<Pending | null>(null);

  async function exportBackup() {
    const backup = await createBackup(db, appVersion);
    const result = await ashore.saveFile({
      kind: 'backup',
      suggestedName: t('data.backupFileName', { date: todayIso() }),
      content: serializeBackup(backup),
    });
    if (result.saved) onMessage(t('data.saved', { name: result.name }));
  }

  async function chooseBackup() {
    setPending(null);
    const file = await ashore.openFile({ kind: 'backup' });
    if (!file.opened) {
      if (file.reason !== 'canceled') onMessage(t(`data.openFailed.${file.reason}`));
      return;
    }
    const check = await checkBackup(file.content);
    if (check.ok) {
      setPending({ backup: check.backup, summary: check.summary, name: file.name });
      return;
    }
    const { problem } = check;
    onMessage(
      t(`data.problems.${problem.kind}`, {
        name: file.name,
        version: problem.kind === 'newerVersion' ? problem.version : '',
        paths: problem.kind === 'invalid' ? problem.paths.slice(0, 5).join(', ') : '',
      }),
    );
  }

  async function confirmRestore(backup: BackupDocument) {
    await restoreBackup(db, backup);
    setPending(null);
    onMessage(t('data.restored'));
  }

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
        <div className="preview" role="region" aria-label={t('data.previewTitle')}>
          <h3>{t('data.previewTitle')}</h3>
          <p>
            {pending.name} ·{' '}
            {t('data.previewCreated', {
              date: new Intl.DateTimeFormat(language, {
                dateStyle: 'medium',
                timeStyle: 'short',
              }).format(new Date(pending.summary.createdAt)),
            })}
          </p>
          <p>{t('data.previewCounts', pending.summary.counts)}</p>
          {pending.summary.debtNames.length > 0 ? (
            <>
              <p>{t('data.previewDebts', { names: pending.summary.debtNames.join('、') })}</p>
              <p>
                {t('data.previewPrincipal', {
                  amount: formatMoney(
                    pending.summary.totalPrincipal,
                    pending.summary.currency,
                    language,
                  ),
                })}
              </p>
            </>
          ) : null}
          <p className="note warning">{t('data.replaceWarning')}</p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => void confirmRestore(pending.backup)}
            >
              {t('data.confirmRestore')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('data.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
