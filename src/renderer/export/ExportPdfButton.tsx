import { useTranslation } from 'react-i18next';
import { useCommandHandler } from '../app/commandRequests';
import { useExportPdf } from './useExportPdf';

/** Exports the plan as a PDF in the UI's language, and says how it went. */
export function ExportPdfButton() {
  const { t } = useTranslation();
  const { busy, message, exportPlan } = useExportPdf();
  // File → Export PDF… in the native menu: the same export, reported here.
  useCommandHandler('exportPdf', () => void exportPlan());

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
