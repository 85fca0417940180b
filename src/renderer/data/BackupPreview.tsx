import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupDocument, BackupSummary } from '../backup/backupDocument';
import { formatMoment } from '../format/dates';
import { formatMoney } from '../format/money';
import { useSettings } from '../settings/SettingsContext';
import { formatList } from '../format/list';

export type PendingRestore = { backup: BackupDocument; summary: BackupSummary; name: string };

/**
 * What a checked backup will restore (when it was made, how many of each, which debts, the
 * principal), and the confirm button. One preview for a chosen file and an automatic backup.
 * While the restore runs the buttons are disabled: a second click must not start another.
 */
export function BackupPreview({
  pending,
  onConfirm,
  onCancel,
}: {
  pending: PendingRestore;
  onConfirm: (backup: BackupDocument) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const [restoring, setRestoring] = useState(false);
  const { summary } = pending;

  async function confirm() {
    setRestoring(true);
    try {
      await onConfirm(pending.backup);
    } finally {
      setRestoring(false);
    }
  }

  return (
    <div className="preview" role="region" aria-label={t('data.previewTitle')}>
      <h3>{t('data.previewTitle')}</h3>
      <p>
        {pending.name} ·{' '}
        {t('data.previewCreated', {
          date: formatMoment(summary.createdAt, language),
        })}
      </p>
      <p>{t('data.previewCounts', summary.counts)}</p>
      {summary.debtNames.length > 0 ? (
        <>
          <p>{t('data.previewDebts', { names: formatList(summary.debtNames, language) })}</p>
          <p>
            {t('data.previewPrincipal', {
              amount: formatMoney(summary.totalPrincipal, summary.currency, language),
            })}
          </p>
        </>
      ) : null}
      <p className="note warning">{t('data.replaceWarning')}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={restoring}
          onClick={() => void confirm()}
        >
          {restoring ? t('data.restoring') : t('data.confirmRestore')}
        </button>
        <button type="button" disabled={restoring} onClick={onCancel}>
          {t('data.cancel')}
        </button>
      </div>
    </div>
  );
}
