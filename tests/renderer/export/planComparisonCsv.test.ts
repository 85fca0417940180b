import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { planVariantFigures } from '../../../src/core/plans/planVariantFigures';
import { planVariantSchema } from '../../../src/core/scenario/schema';
import { planComparisonCsv } from '../../../src/renderer/export/csvTables';
import { fixtureScenario } from '../plan/fixturePlan';

/** The 方案 comparison as CSV, read back as a spreadsheet would, against the engine's figures. */
function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('the 方案 comparison as CSV', () => {
  const scenario = fixtureScenario('09-equal-payment-installment-broken');
  const columns = [
    { name: '现状, "as is"', figures: planVariantFigures(scenario, planVariantSchema.parse({})) },
    {
      name: 'A 多还',
      figures: planVariantFigures(
        scenario,
        planVariantSchema.parse({ extras: [{ name: 'more', amount: '3000.00' }] }),
      ),
    },
  ];
  const names = new Map(scenario.debts.map((debt) => [debt.id, debt.name]));

  it('round-trips: one row per plan, figures as plain decimals, names quoted by papaparse', () => {
    const [header, ...rows] = parse(planComparisonCsv(columns, names, 'zh-CN'));
    expect(header?.[0]).toBe('方案');
    expect(rows).toEqual(
      columns.map(({ name, figures }) => [
        name,
        figures.debtFreeDate ?? '',
        figures.months === null ? '' : String(figures.months),
        figures.debtFree ? figures.cost : '',
        figures.yearCost,
        figures.delayMonthCost ?? '',
        String(figures.shortfallMonths),
        figures.atRisk.map((id) => names.get(id)).join('; '),
        figures.installments
          .map((i) => `${names.get(i.debtId)} ${i.months}×${i.payment} ${i.apr}%`)
          .join('; '),
      ]),
    );
    for (const row of rows)
      for (const cell of row.slice(3, 6)) expect(cell).toMatch(/^(\d+\.\d\d)?$/);
  });

  it('names the agreement at risk and each installment’s APR', () => {
    const [, asIs] = parse(planComparisonCsv(columns, names, 'en'));
    expect(columns[0]?.figures.atRisk.length).toBeGreaterThan(0);
    expect(asIs?.[7]).not.toBe('');
    expect(asIs?.[8]).toMatch(/\d+×\d+\.\d\d \d+\.\d\d%/);
  });
});
