import { useTranslation } from 'react-i18next';
import { todayIso } from '../format/dates';
import type { PlanBundle } from '../plan/planProtocol';
import { useSettings } from '../settings/SettingsContext';
import { comparisonCsv, scheduleCsv } from './csvTables';
import { SaveCsvButton } from './SaveCsvButton';

const tables = {
  schedule: { build: scheduleCsv, button: 'csv.schedule', file: 'csv.scheduleFile' },
  comparison: { build: comparisonCsv, button: 'csv.comparison', file: 'csv.comparisonFile' },
} as const;

/**
 * Saves a table of the plan as CSV, with its headings in the UI's language. The comparison
 * waits for the worker's second answer.
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
  const { build, button, file } = tables[table];
  return (
    <SaveCsvButton
      label={t(button)}
      suggestedName={t(file, { date: todayIso() })}
      build={() => build(bundle, language)}
      disabled={table === 'comparison' && bundle.extras === undefined}
    />
  );
}
