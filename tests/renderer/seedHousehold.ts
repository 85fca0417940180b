import type { AppDB } from '../../src/renderer/db/AppDB';
import { saveBudgetItem, saveDebt, saveHousehold } from '../../src/renderer/db/household';
import { saveCurrency } from '../../src/renderer/db/settings';

/** The household already in the database when a hostile file arrives. */
export async function seedHousehold(database: AppDB): Promise<void> {
  await saveCurrency('CNY', database);
  await saveHousehold({ startDate: '2026-11-21', reserve: { percentOfIncome: '10' } }, database);
  await saveBudgetItem(
    'incomes',
    { name: '工资', amount: '8000.00', frequency: 'monthly' },
    database,
  );
  await saveBudgetItem(
    'fixedCosts',
    { name: '房租', amount: '2500.00', frequency: 'monthly' },
    database,
  );
  await saveDebt(
    {
      id: 'huabei-1',
      name: '花呗',
      kind: 'huabei',
      principal: '3000.00',
      overdue: true,
      penaltyRate: { daily: '0.0005' },
    },
    [{ kind: 'waiver', date: '2026-12-01', penalty: 'all', status: 'proposed' }],
    database,
  );
}

/** A different household: the valid document the fuzzers mutate. */
export async function seedOtherHousehold(database: AppDB): Promise<void> {
  await saveCurrency('HKD', database);
  await saveHousehold({ startDate: '2026-10-01', strategy: 'avalanche' }, database);
  await saveBudgetItem(
    'incomes',
    { name: 'Salary', amount: '12000.00', frequency: 'monthly' },
    database,
  );
  await saveDebt(
    {
      id: 'card-1',
      name: 'Credit card',
      kind: 'creditCard',
      principal: '20000.00',
      overdue: false,
      interestRate: { annual: '0.18' },
      minimumPayment: { kind: 'percentOfBalance', percent: '5', floor: '100.00' },
    },
    [],
    database,
  );
  await saveDebt(
    {
      id: 'jiebei-1',
      name: '借呗',
      kind: 'jiebei',
      principal: '5000.00',
      overdue: true,
      penaltyRate: { daily: '0.0005' },
    },
    [],
    database,
  );
}
