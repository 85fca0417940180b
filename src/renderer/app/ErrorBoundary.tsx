import { Component, type ErrorInfo, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../format/errorText';
import { ashore } from '../platform/ashore';

interface State {
  error: Error | undefined;
}

/**
 * Catches a render error below it and shows what to do instead of a white window: the desktop
 * menu has no Reload, so the way back and the way to take the data out are both offered here.
 * One wraps the whole app, one each page (keyed by route, so leaving the page clears it).
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The console is the record a developer asks for; the user sees the screen below.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? <CrashNotice error={this.state.error} /> : this.props.children;
  }
}

function CrashNotice({ error }: { error: Error }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [exporting, setExporting] = useState(false);

  async function exportBackup() {
    setExporting(true);
    try {
      const { version } = await ashore.getAppInfo();
      // Loaded on this rare click (a local chunk): the backup's schemas stay out of every start.
      const { exportBackupFile } = await import('../data/exportBackup');
      const result = await exportBackupFile(t, version);
      if (result.saved) setMessage(t('crash.exported', { name: result.name }));
    } catch (failure) {
      setMessage(t('crash.exportFailed', { reason: errorText(failure) }));
    } finally {
      setExporting(false);
    }
  }

  return (
    <section className="card crash" role="alert" aria-labelledby="crash-title">
      <h1 id="crash-title">{t('crash.title')}</h1>
      <p>{t('crash.text')}</p>
      <div className="actions">
        <button type="button" disabled={exporting} onClick={() => void exportBackup()}>
          {t('crash.exportBackup')}
        </button>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>
      </div>
      <p className="status-line" role="status" aria-live="polite">
        {message}
      </p>
      <details>
        <summary>{t('crash.details')}</summary>
        <pre>{`${error.name}: ${error.message}`}</pre>
      </details>
    </section>
  );
}
