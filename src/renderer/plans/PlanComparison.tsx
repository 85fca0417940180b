import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioInput } from '../../core/scenario/types';
import type { PlanVariantRow } from '../db/AppDB';
import { planComparisonCsv } from '../export/csvTables';
import { SaveCsvButton } from '../export/SaveCsvButton';
import { todayIso } from '../format/dates';
import { useFormat } from '../format/useFormat';
import { PlanCharts } from './PlanCharts';
import { PlanComparisonTable } from './PlanComparisonTable';
import { type PlanEntry, usePlanComparison } from './usePlanComparison';

/** Things as they are: the empty 方案, "C, do nothing new". */
export function asIsEntry(name: string): PlanEntry {
  return { key: 'household', name, variant: {} };
}

export const entryOf = (row: PlanVariantRow): PlanEntry => ({
  key: row.id,
  name: row.name,
  variant: row.variant,
});

/**
 * Things as they are (always the first column) and the 方案 chosen, side by side: the table,
 * the table as CSV, and the two overlay charts.
 */
export function PlanComparison({
  scenario,
  compared,
  debtNames,
}: {
  scenario: ScenarioInput;
  compared: readonly PlanVariantRow[];
  debtNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const asIs = t('plans.household');
  const entries = useMemo(() => [asIsEntry(asIs), ...compared.map(entryOf)], [asIs, compared]);
  const state = usePlanComparison(scenario, entries);

  if (state.status === 'idle' || state.status === 'computing')
    return <p role="status">{t('plans.computing')}</p>;
  if (state.status === 'invalid') return <p className="note warning">{t('planStatus.invalid')}</p>;
  if (state.status === 'failed')
    return <p role="alert">{t('planStatus.failed', { message: state.message })}</p>;
  const { columns } = state;
  return (
    <div>
      <PlanComparisonTable columns={columns} debtNames={debtNames} />
      <SaveCsvButton
        label={t('plans.csv.button')}
        fileName={() => t('plans.csv.file', { date: todayIso() })}
        build={() => planComparisonCsv(columns, debtNames, format.language)}
      />
      <PlanCharts columns={columns} currency={format.currency} language={format.language} />
    </div>
  );
}
