import { describe, expect, it } from 'vitest';
import { plan, validateScenario } from '../../../src/core/index';
import type { ScenarioInput } from '../../../src/core/scenario/types';
import { rebaseFrom } from '../../../src/renderer/checkIn/rebase';
import type { AgreementRow, CheckInRow, DebtRow, PaymentRow } from '../../../src/renderer/db/AppDB';
import { livedHistory, progressAgainst } from '../../../src/renderer/progress/progress';

const debts: DebtRow[] = [
  {
    id: 'a',
    name: '花呗',
    order: 0,
    principal: '1000.00',
    interestRate: { daily: '0.0005' },
    minimumPayment: { kind: 'fixed', amount: '500.00' },
  },
  {
    id: 'b',
    name: '借呗',
    order: 1,
    principal: '3000.00',
    interest: '20.00',
    overdue: true,
    penaltyRate: { daily: '0.0005' },
  },
];
const household: ScenarioInput = {
  version: 1,
  startDate: '2027-01-01',
  budget: { incomes: [{ name: 'pay', amount: '900.00' }] },
  debts: debts.map(({ order: _order, ...debt }) => debt),
};
const payments: PaymentRow[] = [
  {
    id: 'p1',
    debtId: 'a',
    date: '2027-01-20',
    amount: '500.00',
    channel: 'alipay',
    note: '',
    order: 0,
  },
  {
    id: 'p2',
    debtId: 'b',
    date: '2027-02-20',
    amount: '200.00',
    channel: 'alipay',
    note: '',
    order: 1,
  },
  {
    id: 'p3',
    debtId: 'a',
    date: '2027-03-03',
    amount: '100.00',
    channel: 'alipay',
    note: '',
    order: 2,
  },
];
const TODAY = '2027-03-10';

function planOf(input: ScenarioInput) {
  const checked = validateScenario(input);
  if (!checked.ok) throw new Error(checked.issues.map((issue) => issue.message).join('\n'));
  return plan(checked.scenario);
}

const lived: ScenarioInput = {
  ...household,
  actuals: {
    asOf: TODAY,
    payments: payments.map(({ date, debtId, amount }) => ({ date, debtId, amount })),
  },
};
const livedResult = planOf(lived);

const checkIn = (debtId: string, fields: Partial<CheckInRow>): CheckInRow => ({
  id: `c-${debtId}`,
  debtId,
  date: TODAY,
  recordedAt: `${TODAY}T09:00:00.000Z`,
  total: '0.00',
  note: '',
  ...fields,
});
const lenderA = checkIn('a', {
  total: '420.00',
  split: { principal: '400.00', interest: '20.00', penalty: '0.00', fees: '0.00' },
});
const lenderB = checkIn('b', { total: '3300.00' });

const rebase = (checkIns: CheckInRow[], agreements: AgreementRow[] = []) =>
  rebaseFrom({
    scenario: lived,
    result: livedResult,
    debts,
    agreements,
    checkIns,
    payments,
    today: TODAY,
  });

describe('starting the plan anew from the lenders’ figures', () => {
  it('needs every debt checked today', () => {
    expect(rebase([lenderA])).toEqual({
      ok: false,
      problems: [{ kind: 'noCheckIn', debtId: 'b' }],
    });
    expect(rebase([lenderA, { ...lenderB, date: '2027-03-09' }])).toMatchObject({ ok: false });
  });

  it('refuses a debt shown as cleared, and one still paying an installment agreement', () => {
    const cleared = checkIn('a', { total: '0.00' });
    expect(rebase([cleared, lenderB])).toEqual({
      ok: false,
      problems: [{ kind: 'cleared', debtId: 'a' }],
    });
    const installment: AgreementRow = {
      id: 'i',
      debtId: 'b',
      order: 0,
      agreement: {
        kind: 'installment',
        date: '2027-01-05',
        months: 24,
        method: 'equalPayment',
        rate: '0',
        waivePenalty: true,
      },
    };
    // Each installment paid (a broken one is history, and may be re-based).
    const withInstallment: ScenarioInput = {
      ...household,
      debts: household.debts.map((debt) =>
        debt.id === 'b' ? { ...debt, agreements: [installment.agreement] } : debt,
      ),
      actuals: {
        asOf: TODAY,
        payments: [
          { date: '2027-01-20', debtId: 'b', amount: '200.00' },
          { date: '2027-02-20', debtId: 'b', amount: '200.00' },
        ],
      },
    };
    const outcome = rebaseFrom({
      scenario: withInstallment,
      result: planOf(withInstallment),
      debts,
      agreements: [installment],
      checkIns: [lenderA, lenderB],
      payments,
      today: TODAY,
    });
    expect(outcome).toEqual({ ok: false, problems: [{ kind: 'installment', debtId: 'b' }] });
  });

  it('takes the lender’s split, or the total as principal, and keeps what was lived', () => {
    const outcome = rebase([lenderA, lenderB]);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const [a, b] = outcome.change.debts;
    expect(a).toEqual({
      ...debts[0],
      principal: '400.00',
      interest: '20.00',
      penalty: '0.00',
      fees: '0.00',
    });
    // No split: all of it is principal; the debt stays overdue as entered.
    expect(b).toEqual({
      id: 'b',
      name: '借呗',
      order: 1,
      principal: '3300.00',
      overdue: true,
      penaltyRate: { daily: '0.0005' },
    });
    const past = livedResult.schedule.filter((row) => row.end <= TODAY);
    expect(past.map((row) => row.end)).toEqual(['2027-02-01', '2027-03-01']);
    const { rebase: kept } = outcome.change;
    expect(kept.date).toBe(TODAY);
    expect(kept.previousStart).toBe('2027-01-01');
    expect(kept.opening).toBe('4020.00');
    expect(kept.lived.map((point) => point.date)).toEqual(['2027-02-01', '2027-03-01']);
    // Paid: what the past periods applied, plus the 100 paid on 3 March (in the lender's figure).
    expect(kept.paid).toEqual([
      { debtId: 'a', amount: '600.00' },
      { debtId: 'b', amount: '200.00' },
    ]);
  });

  it('takes the lender’s overdue principal when its app shows one', () => {
    const outcome = rebase([{ ...lenderA, overduePrincipal: '150.00' }, lenderB]);
    expect(outcome.ok && outcome.change.debts[0]).toMatchObject({ overduePrincipal: '150.00' });
  });

  it('lets the progress chart go on from the lender’s figures, against the old baseline', () => {
    const outcome = rebase([lenderA, lenderB]);
    if (!outcome.ok) throw new Error('refused');
    const baseline = { scenario: household, result: planOf(household) };
    const rebased: ScenarioInput = {
      ...household,
      startDate: TODAY,
      debts: outcome.change.debts.map(({ order: _order, ...debt }) => debt),
    };
    const names = new Map(debts.map((debt) => [debt.id, debt.name]));
    const rebaseRow = { ...outcome.change.rebase, id: 'r1' };
    const later = '2027-04-12';
    const livedAfter = planOf({ ...rebased, actuals: { asOf: later, payments: [] } });
    const progress = progressAgainst(
      baseline,
      livedAfter,
      names,
      later,
      livedHistory(rebased, [rebaseRow]),
    );
    const livedLine = progress.chart.filter((point) => point.lived !== undefined);
    expect(livedLine.map((point) => point.date)).toEqual([
      '2027-01-01',
      '2027-02-01',
      '2027-03-01',
      TODAY,
      '2027-04-10',
    ]);
    // The re-base day has the lenders' figures; the baseline has no point of its own there.
    expect(progress.chart.find((point) => point.date === TODAY)).toEqual({
      date: TODAY,
      lived: '3720.00',
    });
    // Paid per debt: before the re-base (kept) and after it (none recorded since).
    expect(progress.debts.map((debt) => debt.paid)).toEqual(['600.00', '200.00']);
    // Compared at the lived line's latest date with the baseline's balance then.
    const lastLived = livedLine.at(-1);
    const baselineThen = progress.chart
      .filter((p) => p.baseline && lastLived && p.date <= lastLived.date)
      .at(-1);
    if (!lastLived || !baselineThen) throw new Error('no lived or baseline point');
    const gap = Number(lastLived.lived) - Number(baselineThen.baseline);
    expect(progress.status).toBe(gap > 0 ? 'behind' : 'onTrack');
    expect(Number(progress.behindBy)).toBeCloseTo(Math.max(0, gap), 2);
  });
});
