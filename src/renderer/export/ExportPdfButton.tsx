import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../format/dates';
import { ashore } from '../platform/ashore';
import { useSettings } from '../settings/SettingsContext';

/** Exports the plan as a PDF in the UI's language, and says how it went. */
export function ExportPdfButton() {
  const { t } = useTranslation();
  const { language } = useSettings();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function exportPlan() {
    setBusy(true);
    setMessage(t('export.exporting'));
    const madeOn = todayIso();
    try {
      const result = await ashore.exportPdf({
        suggestedName: t('export.fileName', { date: madeOn }),
        language,
        madeOn,
      });
      if (result.saved) setMessage(t('export.saved', { name: result.name }));
      else if (result.reason === 'canceled') setMessage('');
      else if (result.reason === 'printView') setMessage(t('export.printView'));
      else if (result.reason === 'unwritable')
        setMessage(t('export.unwritable', { detail: result.detail }));
      else setMessage(t('export.renderFailed', { detail: result.detail }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export-pdf">
      <button type="button" className="primary" disabled={busy} onClick={() => void exportPlan()}>
        {t('export.button')}
      </button>
      <span role="status" className="hint">
        {message}
      </span>
    </div>
  );
}
