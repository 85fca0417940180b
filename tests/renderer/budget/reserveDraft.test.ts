import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import {
  type ReserveDraft,
  checkReserveDraft,
  draftFromHousehold,
} from '../../../src/renderer/budget/reserveDraft';
import { translator } from './testI18n';

let en: TFunction;
beforeAll(async () => {
  en = await translator('en');
});

const base: ReserveDraft = { mode: 'none', percent: '', amount: '', limit: '' };

describe('draftFromHousehold', () => {
  it('reads each kind of reserve and the limit', () => {
    const row = { id: 'household' as const, startDate: '2026-07-01' };
    expect(draftFromHousehold(row)).toEqual(base);
    expect(draftFromHousehold({ ...row, reserve: { percentOfIncome: '10' } })).toEqual({
      ...base,
      mode: 'percent',
      percent: '10',
    });
    expect(
      draftFromHousehold({ ...row, reserve: { amount: '500.00' }, paymentLimit: '1500' }),
    ).toEqual({ ...base, mode: 'amount', amount: '500.00', limit: '1500' });
  });
});

describe('checkReserveDraft', () => {
  it('gives the household patch, with the fields of the modes not chosen left out', () => {
    expect(checkReserveDraft({ ...base, percent: '10', amount: '3' }, en)).toMatchObject({
      ok: true,
      patch: { reserve: undefined, paymentLimit: undefined },
    });
    expect(
      checkReserveDraft({ ...base, mode: 'percent', percent: '10', amount: 'x' }, en),
    ).toMatchObject({
      ok: true,
      patch: { reserve: { percentOfIncome: '10' }, paymentLimit: undefined },
    });
    expect(
      checkReserveDraft({ ...base, mode: 'amount', amount: '500', limit: '1500.50' }, en),
    ).toMatchObject({
      ok: true,
      patch: { reserve: { amount: '500' }, paymentLimit: '1500.50' },
    });
  });

  it('explains a bad percentage, amount or limit next to its field', () => {
    const check = checkReserveDraft({ ...base, mode: 'percent', percent: '120', limit: '-5' }, en);
    expect(check.ok).toBe(false);
    expect(Object.fromEntries(check.errors)).toEqual({
      percent: ['The percentage must be between 0 and 100'],
      limit: ['The amount cannot be negative'],
    });
    const amount = checkReserveDraft({ ...base, mode: 'amount', amount: '1.234' }, en);
    expect(Object.fromEntries(amount.errors)).toEqual({ amount: ['At most two decimals'] });
    const percent = checkReserveDraft({ ...base, mode: 'percent', percent: '10%' }, en);
    expect(percent.errors.get('percent')).toEqual(['Enter a percentage as a number, e.g. 10']);
  });
});
