import { describe, expect, it } from 'vitest';
import { plan, validateDebt, validateScenario } from '../../../src/core';
import { toRate } from '../../../src/core/rates';
import { debtFromForm, formFromPreset } from '../../../src/renderer/debts/debtForm';
import {
  installmentPresets,
  isPresetId,
  presetIds,
  presetTerms,
} from '../../../src/renderer/debts/presets';

/**
 * One current debt of ¥10,000 entered from a preset as the form saves it (a loan with the
 * installment the form asks for, ¥1,000), planned paying only what is due each month.
 */
function minimumOnlyPlan(id: (typeof presetIds)[number]) {
  const form = { ...formFromPreset(id, id, id), principal: '10000' };
  if (form.minimum.kind === 'fixed') form.minimum = { ...form.minimum, amount: '1000' };
  const validation = validateScenario({
    version: 1,
    startDate: '2026-12-01',
    strategy: 'minimumOnly',
    budget: { incomes: [{ name: 'pay', amount: '20000' }] },
    debts: [debtFromForm(form).debt],
  });
  if (!validation.ok) throw new Error(JSON.stringify(validation.issues));
  return plan(validation.scenario);
}

describe('presets', () => {
  it.each(presetIds)('%s: its typical terms are a valid debt once a principal is given', (id) => {
    const result = validateDebt({
      id: `${id}-1`,
      name: id,
      kind: id,
      principal: '1000.00',
      ...presetTerms(id),
    });
    expect(result.ok, JSON.stringify(result.ok ? null : result.issues)).toBe(true);
  });

  it.each(presetIds)('%s: the form built from it saves the same terms', (id) => {
    const { debt } = debtFromForm({
      ...formFromPreset(id, 'x'),
      principal: '10.00',
      allOverdue: true,
    });
    const terms = presetTerms(id);
    expect(debt.interestRate).toEqual(terms.interestRate);
    expect(debt.penaltyRate).toEqual(terms.penaltyRate);
    expect(debt.compound).toBe(terms.compound);
    expect(debt.penaltyBase).toBe(terms.penaltyBase);
    expect(debt.accrual).toBe(terms.accrual);
    expect(debt.minimumPayment).toEqual(terms.minimumPayment);
    expect(debt.kind).toBe(id);
  });

  it('follows the typical terms of DOMAIN.md', () => {
    expect(presetTerms('huabei')).toMatchObject({
      penaltyRate: { daily: '0.0005' },
      lateFee: { kind: 'none' },
    });
    const jiebei = presetTerms('jiebei');
    // penalty = contract rate × 1.5, on principal and interest, compounded
    expect(toRate(jiebei.penaltyRate).daily.toString()).toBe(
      toRate(jiebei.interestRate).daily.times(1.5).toString(),
    );
    expect(jiebei).toMatchObject({ compound: true, penaltyBase: 'principalAndInterest' });
    const weilidai = presetTerms('weilidai');
    expect(toRate(weilidai.penaltyRate).daily.toString()).toBe(
      toRate(weilidai.interestRate).daily.times(1.5).toString(),
    );
    expect(presetTerms('creditCard')).toMatchObject({
      interestRate: { daily: '0.0005' },
      compound: true,
      minimumPayment: { kind: 'interestPlusPercent', percent: '10' },
      lateFee: { kind: 'percentOfShortfall', percent: '5', min: '10.00' },
    });
    expect(presetTerms('bankLoan')).toMatchObject({
      accrual: 'monthly',
      interestRate: { monthly: expect.any(String) },
    });
    // the private-loan default sits exactly at the protected limit, 4 × a 3.00 % LPR
    expect(toRate(presetTerms('privateLoan').interestRate).annual.toString()).toBe('0.12');
  });

  it.each(presetIds)(
    '%s: as a current debt, something is due and paid every month; it never sits untouched',
    (id) => {
      const { schedule } = minimumOnlyPlan(id);
      const months = schedule.slice(0, 36).filter((row) => row.debts.length > 0);
      expect(months.length).toBeGreaterThan(0);
      for (const row of months) {
        const [debt] = row.debts;
        expect(Number(debt?.due), `month ${row.month}`).toBeGreaterThan(0);
        expect(debt?.payment).toBe(debt?.due);
      }
      const afterAYear = schedule[11]?.debts[0]?.balance ?? '0.00';
      expect(Number(afterAYear)).toBeLessThan(10000);
    },
  );

  it('bills (花呗, 白条, 美团月付) charge interest on what is carried, with a 10 % minimum', () => {
    for (const id of ['huabei', 'baitiao', 'meituan'] as const) {
      expect(presetTerms(id)).toMatchObject({
        interestRate: { daily: '0.0005' },
        minimumPayment: { kind: 'percentOfBalance', percent: '10' },
      });
      const [first] = minimumOnlyPlan(id).schedule;
      expect(first?.debts[0]?.interest).toBe('155.00'); // 10,000 × 0.05 % × 31 days of December
    }
  });

  it('loans (借呗, 微粒贷) ask for the installment and pay it as the minimum', () => {
    for (const id of ['jiebei', 'weilidai'] as const) {
      expect(installmentPresets.has(id)).toBe(true);
      const form = formFromPreset(id, id);
      expect(form.minimum.kind).toBe('fixed');
      const { debt } = debtFromForm({
        ...form,
        principal: '9000',
        minimum: { ...form.minimum, amount: '950' },
      });
      expect(debt.minimumPayment).toEqual({ kind: 'fixed', amount: '950' });
      // Left empty, the installment is required of a current loan …
      const empty = debtFromForm({ ...form, principal: '9000' }).debt;
      expect(validateDebt(empty).ok).toBe(false);
      // … but not of one that is all overdue: all of it is due already.
      const overdue = debtFromForm({ ...form, principal: '9000', allOverdue: true }).debt;
      expect(validateDebt(overdue).ok).toBe(true);
      expect(overdue.minimumPayment).toBeUndefined();
    }
  });

  it('hands out copies, so editing a form never changes the preset', () => {
    const terms = presetTerms('creditCard');
    (terms.interestRate as { daily: string }).daily = '0.9';
    expect(presetTerms('creditCard').interestRate).toEqual({ daily: '0.0005' });
  });

  it('knows its own ids only', () => {
    expect(isPresetId('huabei')).toBe(true);
    expect(isPresetId('mortgage')).toBe(false);
    expect(isPresetId(undefined)).toBe(false);
  });
});
