import { formatMoment } from '../format/dates';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoBackupEntry } from '../../shared/contract';
import { ashore } from '../platform/ashore';
import { useSettings } from '../settings/SettingsContext';
import { BackupPreview, type PendingRestore } from './BackupPreview';
import { checkOpenedBackup, restoreConfirmed } from './backupChoice';

/** The route the desktop menu's "Restore from automatic backup…" opens. */
export const RESTORE_ROUTE_HASH = '#/data/restore';

type Listing = { shell: 'desktop' | 'browser'; entries: AutoBackupEntry[] } | undefined;

/**
 * The automatic backups the desktop shell keeps, newest first, safety backups (the data before
 * a restore or import) marked; choosing one shows the same preview as a backup file before
 * anything is replaced. The browser shell keeps only safety backups, and says so.
 */
export function AutoBackupSection({
  onMessage,
  lastMessage,
}: {
  onMessage: (message: string) => void;
  /** The page's last message: a restore or import just reported may have added a backup. */
  lastMessage: string;
}) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const [listing, setListing] = useState<Listing>();
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let active = true;
    void Promise.all([ashore.getAppInfo(), ashore.listAutoBackups()]).then(([info, entries]) => {
      if (active) setListing({ shell: info.shell, entries });
    });
    return () => {
      active = false;
    };
  }, [pending, lastMessage]);

  // Opened from the menu: bring this section into view and give it focus.
  useEffect(() => {
    if (window.location.hash !== RESTORE_ROUTE_HASH) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [listing]);

  async function choose(entry: AutoBackupEntry) {
    setPending(null);
    const checked = await checkOpenedBackup(t, await ashore.readAutoBackup({ name: entry.name }));
    if (!checked) return;
    if ('pending' in checked) setPending(checked.pending);
    else onMessage(checked.message);
  }

  return (
    <section className="card" aria-labelledby="auto-backup-title">
      <h2 id="auto-backup-title" ref={heading} tabIndex={-1}>
        {t('data.autoTitle')}
      </h2>
      <p>{t('data.autoText')}</p>
      {listing?.shell === 'browser' ? <p className="note">{t('data.autoBrowser')}</p> : null}
      {listing?.shell === 'desktop' && listing.entries.length === 0 ? (
        <p className="hint">{t('data.autoNone')}</p>
      ) : null}
      {listing && listing.entries.length > 0 ? (
        <ul className="auto-backup-list">
          {listing.entries.map((entry) => (
            <li key={entry.name}>
              <span>{formatMoment(entry.writtenAt, language)}</span>
              {entry.kind === 'safety' ? (
                <span className="badge">{t('data.autoSafety')}</span>
              ) : null}
              <span className="hint">
                {t('data.autoSize', { kb: Math.ceil(entry.size / 1024) })}
              </span>
              <button type="button" onClick={() => void choose(entry)}>
                {t('data.autoChoose')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
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
