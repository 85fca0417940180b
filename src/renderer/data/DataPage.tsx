import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AutoBackupSection } from './AutoBackupSection';
import { BackupSection } from './BackupSection';
import { ScenarioSection } from './ScenarioSection';

export function DataPage() {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  return (
    <article className="page data">
      <h1>{t('data.title')}</h1>
      <p className="lead">{t('data.intro')}</p>
      <p className="status-line" role="status" aria-live="polite">
        {message}
      </p>
      <div className="stack">
        <BackupSection onMessage={setMessage} />
        <ScenarioSection onMessage={setMessage} />
        <AutoBackupSection onMessage={setMessage} lastMessage={message} />
      </div>
    </article>
  );
}
