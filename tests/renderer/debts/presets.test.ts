import { describe, expect, it } from 'vitest';
import { validateDebt } from '../../../src/core';
import { toRate } from '../../../src/core/rates';
import { debtFromForm, formFromPreset } from '../../../src/renderer/debts/debtForm';
import { isPresetId, presetIds, presetTerms } from '../../../src/renderer/debts/presets';

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
    const { debt } = debtFromForm({ ...formFromPreset(id, 'x'), principal: '10.00' });
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
    expect(presetTerms('huabei').interestRate).toBeUndefined();
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
