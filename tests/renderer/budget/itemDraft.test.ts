import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import {
  type ItemDraft,
  checkDraft,
  draftFromRow,
  emptyDraft,
  inputFromDraft,
} from '../../../src/renderer/budget/itemDraft';
import { translator } from './testI18n';

let en: TFunction;
let zh: TFunction;
beforeAll(async () => {
  en = await translator('en');
  zh = await translator('zh-CN');
});

const draft = (patch: Partial<ItemDraft>): ItemDraft => ({ ...emptyDraft, ...patch });

describe('inputFromDraft', () => {
  it('sends only the fields the frequency uses, and no empty months', () => {
    expect(inputFromDraft(draft({ name: ' 工资 ', amount: '8000', monthOfYear: '3' }))).toEqual({
      name: '工资',
      amount: '8000',
      frequency: 'monthly',
    });
    expect(
      inputFromDraft(
        draft({ name: '年终奖', amount: '5000', frequency: 'yearly', monthOfYear: '2' }),
      ),
    ).toEqual({ name: '年终奖', amount: '5000', frequency: 'yearly', month: 2 });
    expect(
      inputFromDraft(
        draft({
          name: '学费',
          amount: '3000',
          frequency: 'once',
          onceMonth: '2026-09',
          startMonth: '2026-01',
          endMonth: '2026-12',
        }),
      ),
    ).toEqual({ name: '学费', amount: '3000', frequency: 'once', month: '2026-09' });
  });

  it('keeps the start and end months of a monthly item', () => {
    expect(inputFromDraft(draft({ name: '车贷', amount: '1200', endMonth: '2027-03' }))).toEqual({
      name: '车贷',
      amount: '1200',
      frequency: 'monthly',
      endMonth: '2027-03',
    });
  });
});

describe('draftFromRow', () => {
  it('round-trips every frequency through the form', () => {
    const rows = [
      { name: '工资', amount: '8000.00', frequency: 'monthly' as const, endMonth: '2027-03' },
      {
        name: '年终奖',
        amount: '5000',
        frequency: 'yearly' as const,
        month: 12,
        startMonth: '2026-01',
      },
      {
        name: '学费',
        amount: '3000',
        frequency: 'once' as const,
        month: '2026-09',
      },
    ];
    for (const item of rows) {
      expect(inputFromDraft(draftFromRow({ ...item, id: 'x', order: 0 }))).toEqual(item);
    }
  });

  it('reads an item stored without a frequency as monthly', () => {
    expect(draftFromRow({ id: 'a', order: 0, name: 'x', amount: '1' }).frequency).toBe('monthly');
  });
});

describe('checkDraft', () => {
  it('accepts a valid item and gives the engine its value', () => {
    const check = checkDraft(draft({ name: '房租', amount: '2500' }), 'fixedCosts', 0, en);
    expect(check.ok).toBe(true);
    expect(check.ok && check.item).toEqual({ name: '房租', amount: '2500', frequency: 'monthly' });
  });

  it('puts each problem next to its field, in the user’s language', () => {
    const check = checkDraft(draft({ name: '', amount: '12.345' }), 'incomes', 3, zh);
    expect(check.ok).toBe(false);
    expect(Object.fromEntries(check.errors)).toEqual({
      name: ['不能为空'],
      amount: ['金额最多两位小数'],
    });
    const negative = checkDraft(draft({ name: 'x', amount: '-5' }), 'incomes', 0, en);
    expect(Object.fromEntries(negative.errors)).toEqual({
      amount: ['The amount cannot be negative'],
    });
  });

  it('asks for the month of a yearly or one-off item', () => {
    const yearly = checkDraft(
      draft({ name: 'x', amount: '1', frequency: 'yearly' }),
      'incomes',
      0,
      en,
    );
    expect(yearly.errors.get('month')).toEqual(['Choose the month']);
    const once = checkDraft(draft({ name: 'x', amount: '1', frequency: 'once' }), 'incomes', 0, en);
    expect(once.errors.get('month')).toEqual(['Choose the month']);
  });

  it('refuses an end month before the start month', () => {
    const check = checkDraft(
      draft({ name: 'x', amount: '1', startMonth: '2027-05', endMonth: '2027-01' }),
      'obligations',
      0,
      en,
    );
    expect([...check.errors.keys()]).toEqual(['endMonth']);
    expect(check.errors.get('endMonth')?.[0]).toContain('2027-05');
  });
});
