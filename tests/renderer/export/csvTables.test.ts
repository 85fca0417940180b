import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { planCost } from '../../../src/core/planCost';
import type { PaymentRow } from '../../../src/renderer/db/AppDB';
import { comparisonCsv, paymentsCsv, scheduleCsv } from '../../../src/renderer/export/csvTables';
import { fixtureBundle } from '../plan/fixturePlan';

/** The exports read back as a spreadsheet would, and compared with the engine's own plan. */
const bundle = fixtureBundle('07-agreements');

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('the schedule as CSV', () => {
  it('round-trips: one row per month and debt, then the month’s totals, in plain decimals', () => {
    const [header, ...rows] = parse(scheduleCsv(bundle, 'en'));
    expect(header?.slice(0, 4)).toEqual(['Month number', 'Start date', 'End date', 'Debt id']);
    const expected = bundle.result.schedule.flatMap((month) => [
      ...month.debts.map((d) => [
        String(month.month),
        month.start,
        month.end,
        d.id,
        bundle.scenario.debts.find((debt) => debt.id === d.id)?.name,
        { current: 'Current', overdue: 'Overdue', agreement: 'Under agreement', paid: 'Paid off' }[
          d.state
        ],
        d.due,
        d.payment,
        d.interest,
        d.penalty,
        d.fees,
        d.balance,
        '',
        '',
        '',
      ]),
      [
        String(month.month),
        month.start,
        month.end,
        '',
        'Total',
        '',
        // Totals summed in cents, exactly as the debts' strings add up.
        cents(month.debts.map((d) => d.due)),
        month.paid,
        cents(month.debts.map((d) => d.interest)),
        cents(month.debts.map((d) => d.penalty)),
        cents(month.debts.map((d) => d.fees)),
        cents(month.debts.map((d) => d.balance)),
        month.capacity,
        month.unallocated,
        month.deficit,
      ],
    ]);
    expect(rows).toEqual(expected);
    for (const row of rows)
      for (const cell of row.slice(6)) expect(cell).toMatch(/^(-?\d+\.\d\d)?$/);
  });

  it('has its headings and states in Chinese, which survive the byte-order mark', () => {
    const [header, first] = parse(scheduleCsv(bundle, 'zh-CN'));
    expect(header?.[0]).toBe('月序号');
    expect(first?.[4]).toBe('信用卡');
    expect(['正常', '逾期', '协议中', '已还清']).toContain(first?.[5]);
  });

  it('quotes a name holding a comma, a quote or a line break, and reads it back unchanged', () => {
    const name = 'Card, "gold"\nline two';
    const renamed = {
      ...bundle,
      scenario: {
        ...bundle.scenario,
        debts: bundle.scenario.debts.map((d) => (d.id === 'card' ? { ...d, name } : d)),
      },
    };
    const rows = parse(scheduleCsv(renamed, 'en'));
    expect(rows.filter((row) => row[3] === 'card').every((row) => row[4] === name)).toBe(true);
  });
});

describe('the strategy comparison as CSV', () => {
  it('round-trips every plan compared, with the chosen one marked', () => {
    const csv = comparisonCsv(bundle, 'en');
    if (csv === null) throw new Error('the fixture bundle has its comparisons');
    const [, ...rows] = parse(csv);
    expect(rows).toEqual(
      bundle.extras.comparison.map(({ key, summary }) => [
        expect.any(String),
        key === 'chosen' ? 'yes' : 'no',
        summary.months === null ? '' : String(summary.months),
        summary.debtFreeDate ?? '',
        summary.totalPaid,
        planCost(summary).toFixed(2),
        summary.totalInterest,
        summary.totalPenalty,
        summary.totalFees,
        String(summary.shortfallMonths),
      ]),
    );
    expect(rows[0]?.[0]).toBe('Smallest balance first (snowball)');
  });

  it('waits for the comparisons', () => {
    expect(comparisonCsv({ ...bundle, extras: undefined }, 'en')).toBeNull();
  });
});

/** A sum of two-decimal strings, in integer cents: independent of the builder's decimal.js. */
function cents(values: readonly string[]): string {
  const total = values.reduce((sum, value) => sum + BigInt(value.replace('.', '')), 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

describe('the payment records as CSV', () => {
  const payments: PaymentRow[] = [
    {
      id: 'p1',
      debtId: 'card',
      date: '2027-02-05',
      amount: '1234.50',
      channel: 'bankTransfer',
      note: '第 3 期, "流水号" 88\n第二行',
      receipt: { blob: new Blob(['x'], { type: 'image/png' }), type: 'image/png' },
      order: 0,
    },
    {
      id: 'p2',
      debtId: 'gone',
      date: '2027-02-06',
      amount: '5.00',
      channel: 'other',
      note: '',
      order: 1,
    },
  ];
  const debts = [{ id: 'card', name: '信用卡' }];

  it('round-trips each payment as entered: plain decimals, the note intact, a receipt as yes/no', () => {
    expect(parse(paymentsCsv(payments, debts, 'zh-CN'))).toEqual([
      ['还款日期', '还给', '债务编号', '金额', '还款方式', '备注', '有截图'],
      ['2027-02-05', '信用卡', 'card', '1234.50', '银行转账', '第 3 期, "流水号" 88\n第二行', '是'],
      // A debt deleted since: its id stands for its name.
      ['2027-02-06', 'gone', 'gone', '5.00', '其他', '', '否'],
    ]);
    expect(parse(paymentsCsv([], debts, 'en'))).toEqual([
      ['Date paid', 'Paid to', 'Debt id', 'Amount', 'Paid by', 'Note', 'Screenshot kept'],
    ]);
  });
});
