import { describe, expect, it } from 'vitest';
import { validateDebt } from '../../../src/core';
import { newAgreement } from '../../../src/renderer/debts/agreementForm';
import {
  type DebtForm,
  debtFromForm,
  formFromDebt,
  formFromPreset,
  newDebtId,
} from '../../../src/renderer/debts/debtForm';

function filledForm(): DebtForm {
  const form = formFromPreset('creditCard', '招行信用卡', 'card-1');
  return {
    ...form,
    principal: '12000.00',
    overduePrincipal: '3000',
    interest: '150.25',
    penalty: '20',
    fees: '10.00',
    minimum: { ...form.minimum, floor: '100' },
    lateFee: { ...form.lateFee, max: '200' },
    agreements: [
      {
        ...newAgreement('waiver', '2025-03-01'),
        penalty: { all: true, amount: '' },
        fees: { all: false, amount: '10' },
      },
      {
        ...newAgreement('installment', '2025-04-01'),
        months: '36',
        ratePercent: '0',
        status: 'agreed',
        waivePenalty: true,
      },
      { ...newAgreement('settlement', '2025-05-01'), amount: '8000', status: 'refused' },
    ],
  };
}

describe('form ⇄ debt', () => {
  it('turns typed text into the model input, exactly', () => {
    const { debt, agreements } = debtFromForm(filledForm());
    expect(debt).toEqual({
      id: 'card-1',
      name: '招行信用卡',
      kind: 'creditCard',
      principal: '12000.00',
      overduePrincipal: '3000',
      interest: '150.25',
      penalty: '20',
      fees: '10.00',
      interestRate: { daily: '0.0005' },
      penaltyRate: { daily: '0.0005' },
      accrual: 'daily',
      penaltyBase: 'principalAndInterest',
      compound: true,
      minimumPayment: { kind: 'interestPlusPercent', percent: '10', floor: '100' },
      lateFee: { kind: 'percentOfShortfall', percent: '5', min: '10.00', max: '200' },
    });
    expect(agreements).toEqual([
      { kind: 'waiver', date: '2025-03-01', status: 'proposed', penalty: 'all', fees: '10' },
      {
        kind: 'installment',
        date: '2025-04-01',
        status: 'agreed',
        months: 36,
        method: 'equalPayment',
        rate: '0.00',
        waivePenalty: true,
        waiveInterest: false,
        waiveFees: false,
        onBreak: 'reinstate',
      },
      { kind: 'settlement', date: '2025-05-01', status: 'refused', amount: '8000' },
    ]);
    expect(validateDebt({ ...debt, agreements }).ok).toBe(true);
  });

  it('round-trips: debt → form → debt gives the same debt, form → debt → form the same form', () => {
    const form = filledForm();
    const saved = debtFromForm(form);
    const reopened = formFromDebt(saved.debt, saved.agreements);
    expect(reopened).toEqual(form);
    expect(debtFromForm(reopened)).toEqual(saved);
  });

  it('leaves empty optional fields out, and keeps required ones empty for validation to name', () => {
    const { debt } = debtFromForm({ ...formFromPreset('huabei', '花呗', 'h-1'), interest: '  ' });
    expect(debt).not.toHaveProperty('interest');
    expect(debt).not.toHaveProperty('overduePrincipal');
    expect(debt).not.toHaveProperty('lateFee');
    expect(debt.principal).toBe('');
  });

  it('keeps the date a debt fell overdue through an edit, outside the model checks', () => {
    const saved = debtFromForm({ ...filledForm(), overdueSince: '2025-01-10' });
    expect(saved.debt.overdueSince).toBe('2025-01-10');
    expect(debtFromForm(formFromDebt(saved.debt, saved.agreements))).toEqual(saved);
  });

  it('keeps the overdue date of an overdue debt only: a current debt has none', () => {
    const form = {
      ...formFromPreset('huabei', '花呗', 'h-1'),
      principal: '800',
      overdueSince: '2026-10-09',
    };
    expect(debtFromForm(form).debt).not.toHaveProperty('overdueSince');
    expect(debtFromForm({ ...form, overduePrincipal: '0' }).debt).not.toHaveProperty(
      'overdueSince',
    );
    expect(debtFromForm({ ...form, overduePrincipal: '80' }).debt.overdueSince).toBe('2026-10-09');
    expect(debtFromForm({ ...form, allOverdue: true }).debt.overdueSince).toBe('2026-10-09');
  });

  it('"all overdue" replaces the overdue principal', () => {
    const form = {
      ...formFromPreset('jiebei', '借呗', 'j-1'),
      principal: '500',
      overduePrincipal: '100',
      allOverdue: true,
    };
    const { debt } = debtFromForm(form);
    expect(debt.overdue).toBe(true);
    expect(debt).not.toHaveProperty('overduePrincipal');
    expect(formFromDebt(debt, []).allOverdue).toBe(true);
  });

  it('fills the model defaults for a debt from a file that leaves terms out', () => {
    const form = formFromDebt({ id: 'x', name: 'X', principal: '1.00' }, []);
    expect(form).toMatchObject({
      kind: 'other',
      accrual: 'daily',
      penaltyBase: 'principal',
      compound: false,
    });
    expect(form.minimum.kind).toBe('none');
    expect(form.lateFee.kind).toBe('none');
  });

  it('gives new debts unique ids made from their kind', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newDebtId('huabei')));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^huabei-[0-9a-f]{8}$/);
    expect(formFromPreset('huabei', '花呗').id).toMatch(/^huabei-/);
  });
});
