import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanVariantInput, ScenarioInput } from '../../core/scenario/types';
import type { PlanVariantRow } from '../db/AppDB';
import { type PlanColumn, planComparisonCsv } from '../export/csvTables';
import { SaveCsvButton } from '../export/SaveCsvButton';
import { todayIso } from '../format/dates';
import { useFormat } from '../format/useFormat';
import { PlanCharts } from './PlanCharts';
import { PlanComparisonTable } from './PlanComparisonTable';
import { usePlanComparison } from './usePlanComparison';

const nothingNew: PlanVariantInput = {};

/**
 * Things as they are ("C, do nothing new", always the first column) and the 方案 chosen, side
 * by side: the table, the two overlay charts, and the table as CSV.
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
  const variants = useMemo(() => [nothingNew, ...compared.map((row) => row.variant)], [compared]);
  const state = usePlanComparison(scenario, variants);
  const names = [t('plans.household'), ...compared.map((row) => row.name)];
  const keys = ['household', ...compared.map((row) => row.id)];

  // A comparison still being worked out is not shown under the names of the 方案 now chosen.
  if (state.status === 'computing' || (state.status === 'ready' && state.stale))
    return <p role="status">{t('plans.computing')}</p>;
  if (state.status === 'invalid') return <p className="note warning">{t('planStatus.invalid')}</p>;
  if (state.status === 'failed')
    return <p role="alert">{t('planStatus.failed', { message: state.message })}</p>;
  const columns: (PlanColumn & { key: string })[] = state.columns.map((figures, i) => ({
    key: keys[i] ?? String(i),
    name: names[i] ?? '',
    figures,
  }));
  return (
    <div>
      <PlanComparisonTable columns={columns} debtNames={debtNames} />
      <SaveCsvButton
        label={t('plans.csv.button')}
        suggestedName={t('plans.csv.file', { date: todayIso() })}
        build={() => planComparisonCsv(columns, debtNames, format.language)}
      />
      <PlanCharts columns={columns} currency={format.currency} language={format.language} />
    </div>
  );
}
