import { describe, expect, it } from 'vitest';
import { newAgreement } from '../../../src/renderer/debts/agreementForm';
import { formFromPreset } from '../../../src/renderer/debts/debtForm';
import { checkDebtForm, errorsAt } from '../../../src/renderer/debts/validation';
import { translator } from './translator';

const base = () => {
  const form = formFromPreset('jiebei', '借呗', 'jiebei-1');
  return { ...form, principal: '1000', minimum: { ...form.minimum, amount: '100' } };
};

describe('checking the debt form', () => {
  it('a complete preset form has no problems', async () => {
    const t = await translator('en');
    expect(checkDebtForm(base(), t).errors.size).toBe(0);
  });

  it('names each problem beside its field, in Chinese', async () => {
    const t = await translator('zh-CN');
    const form = {
      ...base(),
      principal: '-5',
      overduePrincipal: '10',
      interestRate: { daily: 'abc' },
    };
    const { errors } = checkDebtForm(form, t);
    expect(errors.get('principal')).toEqual(['金额不能为负数']);
    expect(errorsAt(errors, 'interestRate')).toEqual([
      '请输入利率数字，例如 0.05（单位已在旁边选择）',
    ]);
    expect(errors.size).toBe(2);
  });

  it('does not hold the app-only overdue date against the model', async () => {
    const t = await translator('en');
    expect(checkDebtForm({ ...base(), overdueSince: '2025-01-10' }, t).errors.size).toBe(0);
  });

  it('takes a due day from 1 to 31 and names anything else beside the field', async () => {
    const t = await translator('zh-CN');
    expect(checkDebtForm({ ...base(), dueDay: '31' }, t).errors.size).toBe(0);
    for (const dueDay of ['0', '32', '10.5', '十']) {
      expect(checkDebtForm({ ...base(), dueDay }, t).errors.get('dueDay')).toEqual([
        '请填写 1 到 31 之间的整数。',
      ]);
    }
  });

  it('names each problem beside its field, in English', async () => {
    const t = await translator('en');
    const { errors } = checkDebtForm({ ...base(), overduePrincipal: '2000' }, t);
    expect(errors.get('overduePrincipal')).toEqual([
      'Overdue principal cannot be more than the principal (1000)',
    ]);
  });

  it('a required field left empty or blank says so (a name may be empty, as in a file)', async () => {
    const t = await translator('en');
    const { errors } = checkDebtForm({ ...base(), principal: ' ', name: '  ' }, t);
    expect(errors.get('principal')).toEqual(['Required']);
    expect(errors.size).toBe(1);
  });

  it('checks agreements by their place in the list', async () => {
    const t = await translator('en');
    const form = {
      ...base(),
      agreements: [
        { ...newAgreement('installment', '2025-02-30'), months: 'abc' },
        { ...newAgreement('installment', '2025-02-01'), months: '121' },
        { ...newAgreement('settlement', '2025-02-01'), amount: '0' },
        { ...newAgreement('installment', '2025-02-01'), months: ' ' },
      ],
    };
    const { errors } = checkDebtForm(form, t);
    expect(errors.get('agreements[0].date')).toEqual(['Enter a real date (year-month-day)']);
    expect(errors.get('agreements[0].months')).toEqual(['Enter a whole number']);
    expect(errors.get('agreements[1].months')).toEqual(['Enter a whole number from 1 to 120']);
    expect(errors.get('agreements[2].amount')).toEqual(['The amount must be more than 0']);
    expect(errors.get('agreements[3].months')).toEqual(['Required']);
  });

  it('checks the rules inside the contract terms', async () => {
    const t = await translator('en');
    const form = base();
    const { errors } = checkDebtForm(
      {
        ...form,
        minimum: { ...form.minimum, kind: 'fixed', amount: '' },
        lateFee: { kind: 'percentOfShortfall', percent: '5', min: '20', max: '10', amount: '' },
      },
      t,
    );
    expect(errors.get('minimumPayment.amount')).toEqual(['Required']);
    expect(errors.get('lateFee.max')).toEqual([
      'The maximum late fee cannot be below the minimum (20)',
    ]);
  });
});

describe('rates typed as percentages', () => {
  it('keep every digit typed, so "0.0" can become "0.05"', async () => {
    const { percentToFraction, fractionToPercent } =
      await import('../../../src/renderer/forms/ratePercent');
    for (const typed of ['0', '0.', '0.0', '0.05', '0.050', '12.5', '18.25', '5']) {
      expect(fractionToPercent(percentToFraction(typed))).toBe(typed);
    }
    expect(percentToFraction('0.05')).toBe('0.0005');
    expect(fractionToPercent('0.18')).toBe('18');
    expect(fractionToPercent('0.0004')).toBe('0.04');
  });

  it('an overdue date must be a real day, not after the day the balances are as of', async () => {
    const t = await translator('zh-CN');
    const start = { iso: '2026-12-01', shown: '2026年12月1日' };
    const overdue = { ...base(), allOverdue: true };
    expect(checkDebtForm({ ...overdue, overdueSince: '2026-10-09' }, t, start).errors.size).toBe(0);
    expect(
      checkDebtForm({ ...overdue, overdueSince: '2026-12-02' }, t, start).errors.get(
        'overdueSince',
      ),
    ).toEqual(['逾期开始日期不能晚于余额截至日期（2026年12月1日）']);
    expect(
      checkDebtForm({ ...overdue, overdueSince: '2026-13-40' }, t, start).errors.has(
        'overdueSince',
      ),
    ).toBe(true);
  });
});
