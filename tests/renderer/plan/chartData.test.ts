import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/core/money';
import {
  balanceSeries,
  capacityChanges,
  costSeries,
  debtSeries,
  drawnPoints,
  MAX_DRAWN_MONTHS,
  moneySplit,
  OTHERS_KEY,
  paymentSeries,
  payoffMarkers,
  payoffMonths,
  point,
  stackedSeries,
  tickStep,
  withOthers,
} from '../../../src/renderer/plan/charts/chartData';
import { fixtureBundle, fixtureExpected } from './fixturePlan';

const sum = (amounts: string[]) => amounts.reduce((t, a) => t.plus(a), new Dec(0)).toFixed(2);

describe('balanceSeries', () => {
  const bundle = fixtureBundle('03-mixed-avalanche');
  const series = debtSeries(bundle.scenario);
  const points = balanceSeries(bundle.result, series);
  const expected = fixtureExpected('03-mixed-avalanche');

  it('has one point per schedule month with each debt balance as the schedule gives it', () => {
    expect(points).toHaveLength(expected.schedule.length);
    for (const [k, row] of expected.schedule.entries()) {
      for (const s of series) {
        const debt = row.debts.find((d) => d.id === s.id);
        expect(points[k]?.amounts[s.key]).toBe(debt ? debt.balance : '0.00');
      }
    }
    expect(points[0]?.amounts).toMatchObject({ d0: '5077.50', d1: '12161.20', d2: '18420.00' });
    expect(points[0]?.amounts.total).toBe('35658.70');
  });

  it('draws the same amounts as numbers', () => {
    expect(points[0]?.values.d0).toBe(5077.5);
  });

  it('a debt paid off earlier owes nothing in later months', () => {
    // huabei is paid off in month 2 (expected summary) and missing from later rows.
    expect(points[3]?.amounts.d0).toBe('0.00');
  });
});

describe('payoffMarkers', () => {
  it('groups debts paid off in the same month into one marker', () => {
    const bundle = fixtureBundle('03-mixed-avalanche');
    const markers = payoffMarkers(bundle.result, debtSeries(bundle.scenario));
    expect(markers).toEqual([
      { month: 2, names: ['花呗'], lane: 0, side: 'right' },
      { month: 14, names: ['微粒贷', '信用卡'], lane: 0, side: 'left' },
    ]);
  });

  it('names every payoff, moving a label that would meet another down a row', () => {
    const bundle = fixtureBundle('03-mixed-avalanche');
    const summary = bundle.result.summary;
    const crowded = {
      ...bundle.result,
      summary: {
        ...summary,
        debts: summary.debts.map((d, i) => ({ ...d, payoffMonth: 10 + i })),
      },
    };
    const markers = payoffMarkers(crowded, debtSeries(bundle.scenario));
    // A 15-month plan: each label runs about 5 months from its line, all three to the left.
    expect(markers.map((m) => [m.month, m.side, m.lane])).toEqual([
      [10, 'left', 0],
      [11, 'left', 1],
      [12, 'left', 2],
    ]);
    // Apart by more than a label's run, they share the top row.
    const apart = {
      ...bundle.result,
      summary: {
        ...summary,
        debts: summary.debts.map((d, i) => ({ ...d, payoffMonth: [0, 6][i] ?? null })),
      },
    };
    expect(payoffMarkers(apart, debtSeries(bundle.scenario)).map((m) => m.lane)).toEqual([0, 0]);
  });

  it('has no marker for a debt never paid', () => {
    const bundle = fixtureBundle('10-deficit-do-nothing');
    expect(payoffMarkers(bundle.result, debtSeries(bundle.scenario))).toEqual([]);
  });
});

describe('paymentSeries', () => {
  it('gives each debt its payment, and the month total and capacity from the schedule', () => {
    const bundle = fixtureBundle('03-mixed-avalanche');
    const series = debtSeries(bundle.scenario);
    const points = paymentSeries(bundle.result, series);
    for (const [k, row] of bundle.result.schedule.entries()) {
      const point = points[k];
      expect(point?.amounts.capacity).toBe(row.capacity);
      expect(point?.amounts.total).toBe(row.paid);
      expect(sum(series.map((s) => point?.amounts[s.key] ?? ''))).toBe(row.paid);
    }
    expect(points[2]?.amounts).toMatchObject({ d0: '5225.00', capacity: '7600.00' });
  });
});

describe('stackedSeries and withOthers', () => {
  // Nine debts owing 100, 900, 200, … : more than the palette's eight colours.
  const owed = [
    '100.00',
    '900.00',
    '200.00',
    '800.00',
    '300.00',
    '700.00',
    '400.00',
    '600.00',
    '50.00',
  ];
  const nine = owed.map((amount, index) => ({
    key: `d${index}`,
    id: `id${index}`,
    name: `债务${index}`,
    owed: amount,
  }));

  it('draws every debt apart while there is a colour for each', () => {
    expect(stackedSeries(nine.slice(0, 8), 8)).toEqual({ apart: nine.slice(0, 8), together: [] });
  });

  it('with more debts than colours, draws apart those that owe the most, in the household order', () => {
    const { apart, together } = stackedSeries(nine, 8);
    const smallest = ['100.00', '50.00'];
    expect(apart.map((s) => s.owed)).toEqual(owed.filter((amount) => !smallest.includes(amount)));
    expect(together.map((s) => s.owed)).toEqual(smallest);
  });

  it('ranks by what is owed now, counting interest, penalty and fees', () => {
    const bundle = fixtureBundle('03-mixed-avalanche');
    const series = debtSeries(bundle.scenario);
    const first = bundle.scenario.debts[0];
    expect(series[0]?.owed).toBe(
      new Dec(first?.principal ?? '')
        .plus(first?.interest ?? 0)
        .plus(first?.penalty ?? 0)
        .plus(first?.fees ?? 0)
        .toFixed(2),
    );
  });

  it('sums the stacked-together debts exactly, so the drawing keeps its total', () => {
    const { together } = stackedSeries(nine, 8);
    const amounts = Object.fromEntries(nine.map((s) => [s.key, '0.10']));
    const [drawn] = withOthers(
      [point(0, '2027-01-01', { ...amounts, d0: '0.20', d8: '0.10' })],
      together,
    );
    expect(drawn?.amounts[OTHERS_KEY]).toBe('0.30');
    expect(drawn?.values[OTHERS_KEY]).toBe(0.3);
    // The debts drawn apart keep their own amounts.
    expect(drawn?.amounts.d1).toBe('0.10');
  });

  it('leaves the points alone when every debt is drawn apart', () => {
    const points = [point(0, '2027-01-01', { d0: '1.00' })];
    expect(withOthers(points, [])).toBe(points);
  });
});

describe('costSeries', () => {
  it('ends the chosen plan at its total interest + penalty + fees', () => {
    for (const name of [
      '03-mixed-avalanche',
      '02-huabei-overdue-daily-penalty',
      '11-windfall-and-limit',
    ]) {
      const bundle = fixtureBundle(name);
      const points = costSeries(bundle.extras.costTimelines);
      const { totalInterest, totalPenalty, totalFees } = bundle.result.summary;
      expect(points.at(-1)?.amounts.chosen, name).toBe(
        sum([totalInterest, totalPenalty, totalFees]),
      );
    }
  });

  it('never shrinks and shows doing nothing costing at least as much as the plan', () => {
    const points = costSeries(fixtureBundle('03-mixed-avalanche').extras.costTimelines);
    for (const [k, p] of points.entries()) {
      if (k > 0)
        expect(new Dec(p.amounts.chosen ?? '').gte(points[k - 1]?.amounts.chosen ?? '')).toBe(true);
      expect(new Dec(p.amounts.doNothing ?? '').gte(p.amounts.chosen ?? '')).toBe(true);
    }
  });

  it('runs over the months of the chosen plan, not to the horizon of doing nothing', () => {
    const bundle = fixtureBundle('03-mixed-avalanche');
    const points = costSeries(bundle.extras.costTimelines);
    // The worker plans doing nothing only over the chosen plan's months, not its 600-month horizon.
    expect(bundle.extras.costTimelines.doNothing.length).toBe(15);
    expect(points).toHaveLength(15);
    // By the month the plan is done, paying the minimum has already cost more.
    const last = points.at(-1)?.amounts;
    expect(new Dec(last?.minimumOnly ?? '').gt(last?.chosen ?? '')).toBe(true);
    expect(points[0]?.start).toBe('2026-12-01');
    expect(points[0]?.amounts.doNothing).toBe(bundle.extras.costTimelines.doNothing[0]?.cost);
  });
});

describe('moneySplit', () => {
  it('splits income into costs, obligations, reserve and capacity that add up to it', () => {
    const split = moneySplit(fixtureBundle('03-mixed-avalanche').scenario);
    expect(split.income).toBe('8000.00');
    expect(split.parts).toEqual({
      fixedCosts: '4500.00',
      obligations: '1200.00',
      reserve: '400.00',
      capacity: '1900.00',
      leftover: '0.00',
      deficit: '0.00',
    });
  });

  it('shows a deficit when income does not cover the fixed costs', () => {
    const split = moneySplit(fixtureBundle('10-deficit-do-nothing').scenario);
    expect(split.parts.deficit).toBe('600.00');
    expect(split.parts.capacity).toBe('0.00');
    const [income, outgoings] = split.rows;
    // Both bars end at the same length: income + deficit = everything that must go out.
    expect(sum(Object.values(income?.amounts ?? {}))).toBe(
      sum(Object.values(outgoings?.amounts ?? {})),
    );
  });

  it('keeps what the payment limit holds back as leftover', () => {
    const split = moneySplit(fixtureBundle('11-windfall-and-limit').scenario);
    expect(split.parts.capacity).toBe('2000.00');
    expect(split.parts.leftover).toBe('100.00');
    const [income, outgoings] = split.rows;
    expect(sum(Object.values(income?.amounts ?? {}))).toBe(
      sum(Object.values(outgoings?.amounts ?? {})),
    );
  });
});

describe('tickStep', () => {
  it('shows every month for a year and at most about 12 ticks for long plans', () => {
    expect(tickStep(12)).toBe(1);
    expect(tickStep(15)).toBe(3);
    expect(tickStep(600)).toBe(60);
    expect(Math.ceil(1200 / tickStep(1200))).toBeLessThanOrEqual(12);
  });
});

describe('drawnPoints', () => {
  const months = (count: number) =>
    Array.from({ length: count }, (_, month) =>
      point(month, `2026-${String((month % 12) + 1).padStart(2, '0')}-01`, {
        d0: `${1000 + month}.25`,
      }),
    );

  it('draws every month of a plan up to the limit', () => {
    const points = months(MAX_DRAWN_MONTHS);
    expect(drawnPoints(points, [0, 12], [7])).toEqual({ drawn: points, step: 1 });
  });

  it('draws a long plan one month in every step, with the kept, tick and last months, each as it is', () => {
    const points = months(600);
    const { drawn, step } = drawnPoints(points, [0, 60, 120, 180], [7, 8, 599, 333]);
    // A step that divides a year: a yearly month is drawn every year or never, not every 5 years.
    expect(step).toBe(6);
    const drawnMonths = drawn.map((p) => p.month);
    for (const month of [0, 6, 7, 8, 60, 333, 594, 599]) expect(drawnMonths).toContain(month);
    expect(drawnMonths).not.toContain(5);
    expect(drawn.length).toBeLessThanOrEqual(MAX_DRAWN_MONTHS + 4);
    // In order, and the very points given: nothing averaged, so a tooltip's amounts are exact.
    expect(drawnMonths).toEqual([...drawnMonths].sort((a, b) => a - b));
    for (const p of drawn) expect(p).toBe(points[p.month]);
  });
});

describe('payoffMonths', () => {
  it('lists the month each paid-off debt is paid off in', () => {
    const bundle = fixtureBundle('03-mixed-avalanche');
    const expected = fixtureExpected('03-mixed-avalanche');
    const paid = expected.summary.debts.filter((d) => d.payoffMonth !== null);
    expect(payoffMonths(bundle.result).sort()).toEqual(paid.map((d) => d.payoffMonth).sort());
  });
});

describe('capacityChanges', () => {
  it('lists each month whose money for debts differs from the month before', () => {
    // 03's capacity: 1900, 1900, 7600 (a windfall), back to 1900, then 3100 from month 7…
    const months = capacityChanges(fixtureBundle('03-mixed-avalanche').result);
    expect(months.slice(0, 3)).toEqual([2, 3, 7]);
    expect(months).not.toContain(0);
  });
});
