import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandHandler } from '../app/commandRequests';
import { usePlanVariants } from '../db/usePlanVariants';
import { SelectField } from '../forms/inputs';
import { useExportPdf } from './useExportPdf';

/**
 * Exports the plan as a PDF in the UI's language, and says how it went. With 方案 saved, the
 * person may include their comparison, the 方案 they choose first (issue 14).
 */
export function ExportPdfButton() {
  const { t } = useTranslation();
  const { busy, message, exportPlan } = useExportPdf();
  const plans = usePlanVariants() ?? [];
  const [plansFirst, setPlansFirst] = useState('');
  // A 方案 deleted since it was picked is no longer offered, nor asked for.
  const first = plans.some((row) => row.id === plansFirst) ? plansFirst : '';
  const run = () => void exportPlan(undefined, first || undefined);
  // File → Export PDF… in the native menu: the same export, reported here.
  useCommandHandler('exportPdf', run);

  return (
    <div className="export-pdf">
      {plans.length > 0 ? (
        <SelectField
          label={t('plans.pdf.label')}
          value={first}
          onChange={setPlansFirst}
          options={[
            { value: '', label: t('plans.pdf.none') },
            ...plans.map((row) => ({
              value: row.id,
              label: t('plans.pdf.first', { name: row.name }),
            })),
          ]}
        />
      ) : null}
      <button type="button" className="primary" disabled={busy} onClick={run}>
        {t('export.button')}
      </button>
      <span role="status" className="hint">
        {message}
      </span>
    </div>
  );
}
