/**
 * The benchmark's households as backup files, the way a person's data reaches the app: a backup
 * made by the app (sealed with its checksum) and restored on the Data page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plan, validateScenario } from '../src/core/index';
import type { ScenarioInput } from '../src/core/index';
import { sealBackup } from '../src/renderer/backup/backupDocument';
import { rowsFromScenario } from '../src/renderer/db/scenarioRows';

/** A backup file of the household, with its recorded payments, in a fresh temporary folder. */
export async function backupFileOf(scenario: ScenarioInput, name: string): Promise<string> {
  const rows = rowsFromScenario(scenario);
  const document = await sealBackup(
    {
      settings: [{ id: 'app', language: 'zh-CN', currency: scenario.currency ?? 'CNY' }],
      household: [rows.household],
      incomes: rows.incomes,
      fixedCosts: rows.fixedCosts,
      obligations: rows.obligations,
      extras: rows.extras,
      debts: rows.debts,
      agreements: rows.agreements,
      contacts: [],
      evidence: [],
      statements: [],
      // Recorded from a scenario, they carry no receipt.
      payments: rows.payments.map(({ receipt: _receipt, ...payment }) => payment),
      baseline: [],
      checkIns: [],
      rebases: [],
      planVariants: [],
    },
    '0.1.0',
  );
  const file = join(mkdtempSync(join(tmpdir(), 'ashore-bench-')), `${name}.json`);
  writeFileSync(file, JSON.stringify(document));
  return file;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The household started `months` months before today and followed its plan: each month, each
 * debt's planned payment recorded on the 20th of the period — the payments a person who logs
 * them would have entered.
 */
export function livedFor(
  scenario: ScenarioInput,
  months: number,
  today = new Date(),
): ScenarioInput {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1));
  const shifted = { ...scenario, startDate: isoDay(start) };
  const validation = validateScenario(shifted);
  if (!validation.ok) throw new Error(validation.issues.map((i) => i.message).join('\n'));
  const payments = plan(validation.scenario)
    .schedule.slice(0, months)
    .flatMap((row) => {
      const date = `${row.start.slice(0, 8)}20`;
      return row.debts
        .filter((debt) => Number(debt.payment) > 0)
        .map((debt) => ({ date, debtId: debt.id, amount: debt.payment }));
    });
  return { ...shifted, actuals: { asOf: isoDay(today), payments } };
}
