import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/core';
import { balanceOf, stateOf } from '../../../src/renderer/debts/balance';
import { debtFromForm, formFromDebt, formFromPreset } from '../../../src/renderer/debts/debtForm';
import { newAgreement } from '../../../src/renderer/debts/agreementForm';
import { deleteDebt, saveDebt } from '../../../src/renderer/db/household';
import { readHousehold } from '../../../src/renderer/db/householdRead';
import { toScenarioInput } from '../../../src/renderer/db/scenarioRows';
import { undoChange } from '../../../src/renderer/db/undo';
import { freshDb } from '../dbTestUtil';

describe('debts in the database', () => {
  it('a saved form reads back as the same form, and the household is a valid scenario', async () => {
    const database = freshDb();
    const form = {
      ...formFromPreset('jiebei', '借呗', 'jiebei-abc12345'),
      principal: '5000',
      allOverdue: true,
      interest: '12.30',
      agreements: [{ ...newAgreement('settlement', '2025-06-15'), amount: '4000' }],
    };
    const { debt, agreements } = debtFromForm(form);
    await saveDebt(debt, agreements, database);
    const data = await readHousehold(database);
    expect(data.debts).toHaveLength(1);
    const row = data.debts[0];
    if (!row) throw new Error('no debt row');
    const own = data.agreements.filter((a) => a.debtId === row.id).map((a) => a.agreement);
    expect(formFromDebt(row, own)).toEqual(form);
    expect(validateScenario(toScenarioInput(data, 'CNY')).ok).toBe(true);
  });

  it('editing keeps the id and the place in the list; delete and undo restore it all', async () => {
    const database = freshDb();
    for (const [id, principal] of [
      ['a', '1'],
      ['b', '2'],
    ] as const) {
      const { debt } = debtFromForm({ ...formFromPreset('huabei', id, id), principal });
      await saveDebt(debt, [], database);
    }
    const { debt: edited } = debtFromForm({
      ...formFromPreset('huabei', 'A2', 'a'),
      principal: '9',
    });
    await saveDebt(edited, [{ kind: 'waiver', date: '2025-01-01', penalty: 'all' }], database);
    let data = await readHousehold(database);
    expect(data.debts.map((d) => [d.id, d.name, d.principal])).toEqual([
      ['a', 'A2', '9'],
      ['b', 'b', '2'],
    ]);

    const snapshot = await deleteDebt('a', database);
    data = await readHousehold(database);
    expect(data.debts.map((d) => d.id)).toEqual(['b']);
    expect(data.agreements).toEqual([]);
    if (!snapshot) throw new Error('nothing deleted');
    await undoChange(snapshot, database);
    data = await readHousehold(database);
    expect(data.debts.map((d) => d.id)).toEqual(['a', 'b']);
    expect(data.agreements.map((a) => a.agreement)).toEqual([
      { kind: 'waiver', date: '2025-01-01', penalty: 'all' },
    ]);
  });
});

describe('balance and state', () => {
  it('adds principal, interest, penalty and fees exactly', () => {
    expect(
      balanceOf({ principal: '0.10', interest: '0.20', penalty: '0.01', fees: '1000000.99' }),
    ).toBe('1000001.30');
    expect(balanceOf({ principal: '5' })).toBe('5.00');
  });

  it('is overdue when any principal is overdue', () => {
    expect(stateOf({})).toBe('current');
    expect(stateOf({ overduePrincipal: '0.00' })).toBe('current');
    expect(stateOf({ overduePrincipal: '0.01' })).toBe('overdue');
    expect(stateOf({ overdue: true })).toBe('overdue');
  });
});
