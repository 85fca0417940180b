import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../format/dates';
import { ashore } from '../platform/ashore';
import type { PlanBundle } from '../plan/planProtocol';
import { useSettings } from '../settings/SettingsContext';
import { comparisonCsv, scheduleCsv } from './csvTables';

const tables = {
  schedule: { build: scheduleCsv, button: 'csv.schedule', file: 'csv.scheduleFile' },
  comparison: { build: comparisonCsv, button: 'csv.comparison', file: 'csv.comparisonFile' },
} as const;

/**
 * Saves a table of the plan as CSV (the desktop's save dialog, a download in a browser), with
 * its headings in the UI's language. The comparison waits for the worker's second answer.
 */
export function ExportCsvButton({
  table,
  bundle,
}: {
  table: keyof typeof tables;
  bundle: PlanBundle;
}) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const [message, setMessage] = useState('');
  const { build, button, file } = tables[table];
  // Built on the click, not on every render: a long plan is tens of thousands of cells.
  const ready = table === 'schedule' || bundle.extras !== undefined;

  const save = async () => {
    const content = build(bundle, language);
    if (content === null) return;
    const result = await ashore.saveFile({
      kind: 'csv',
      suggestedName: t(file, { date: todayIso() }),
      content,
    });
    setMessage(result.saved ? t('csv.saved', { name: result.name }) : '');
  };

  return (
    <div className="actions export-csv">
      <button type="button" disabled={!ready} onClick={() => void save()}>
        {t(button)}
      </button>
      <span role="status" className="hint">
        {message}
      </span>
    </div>
  );
}
