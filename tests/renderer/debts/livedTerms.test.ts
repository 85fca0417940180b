import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../../src/core/scenario/types';
import { newAgreement } from '../../../src/renderer/debts/agreementForm';
import { debtFromForm, formFromDebt } from '../../../src/renderer/debts/debtForm';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../../shared/fixtures/v2', name), 'utf8'),
  ) as ScenarioInput;

/** Every debt of a fixture, opened in the form and saved unchanged. */
function throughTheForm(name: string) {
  return fixture(name).debts.map(({ agreements = [], ...debt }) => ({
    before: { debt, agreements },
    after: debtFromForm(formFromDebt(debt, agreements)),
  }));
}

describe('rates and agreements as they are', () => {
  it('a debt with rate changes keeps them when edited in the form', () => {
    const debts = throughTheForm('13-rate-changes-promo.scenario.json');
    const changed = debts.filter(({ before }) => before.debt.rateChanges);
    expect(changed.length).toBeGreaterThan(0);
    for (const { before, after } of changed) {
      expect(after.debt.rateChanges).toEqual(before.debt.rateChanges);
    }
  });

  it('an installment agreement keeps what a missed installment brings back', () => {
    const debts = throughTheForm('14-installment-broken-reinstated.scenario.json');
    const withOnBreak = debts.filter(({ before }) =>
      before.agreements.some((a) => a.kind === 'installment' && a.onBreak),
    );
    expect(withOnBreak.length).toBeGreaterThan(0);
    for (const { before, after } of withOnBreak) {
      expect(after.agreements.map((a) => (a.kind === 'installment' ? a.onBreak : null))).toEqual(
        before.agreements.map((a) => (a.kind === 'installment' ? a.onBreak : null)),
      );
    }
  });

  it('a new installment agreement plans for the waived charges coming back if it breaks', () => {
    expect(newAgreement('installment', '2027-01-01').onBreak).toBe('reinstate');
  });
});
