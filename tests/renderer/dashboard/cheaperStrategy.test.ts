import { describe, expect, it } from 'vitest';
import { compareStrategies } from '../../../src/core/engine/compare';
import type { StrategyComparison } from '../../../src/core/engine/compare';
import { planCost } from '../../../src/core/planCost';
import { cheaperStrategy } from '../../../src/renderer/dashboard/cheaperStrategy';
import { issue12Household } from '../issue12Household';

function cost(rows: StrategyComparison[], key: string) {
  const row = rows.find((candidate) => candidate.key === key);
  if (!row) throw new Error(`no ${key} row`);
  return planCost(row.summary);
}

function costOf(row: StrategyComparison) {
  const { totalInterest, totalPenalty, totalFees } = row.summary;
  return { totalInterest, totalPenalty, totalFees };
}

describe('the cheaper strategy the overview recommends', () => {
  it('is snowball for the issue 12 household planned by avalanche, by the comparison figures', () => {
    const rows = compareStrategies(issue12Household({ strategy: 'avalanche' }));
    const cheaper = cheaperStrategy(rows);
    if (!cheaper || !('saving' in cheaper)) throw new Error('a saving expected');
    expect(cheaper.strategy).toBe('snowball');
    expect(cheaper.saving).toBe(cost(rows, 'chosen').minus(cost(rows, 'snowball')).toFixed(2));
    expect(Number(cheaper.saving)).toBeGreaterThan(0);
  });

  it('when the chosen order never clears the debts: the order that does, in how long, no saving', () => {
    const rows = compareStrategies(issue12Household({ strategy: 'avalanche' }));
    // The chosen order made never to clear, its compounded total out of all proportion.
    const never = rows.map((row) =>
      row.key === 'chosen'
        ? {
            ...row,
            summary: {
              ...row.summary,
              debtFree: false,
              months: null,
              debtFreeDate: null,
              totalPenalty: '853377139.59',
            },
          }
        : row,
    );
    const snowball = rows.find((row) => row.key === 'snowball');
    expect(cheaperStrategy(never)).toEqual({
      strategy: 'snowball',
      clearsIn: snowball?.summary.months,
    });
  });

  it('is nothing once the cheapest order is the chosen one', () => {
    const rows = compareStrategies(issue12Household({ strategy: 'snowball' }));
    expect(cheaperStrategy(rows)).toBeNull();
  });

  it('is nothing when another order costs exactly the same (no "save ¥0.00")', () => {
    const rows = compareStrategies(issue12Household({ strategy: 'avalanche' }));
    const chosen = rows.find((row) => row.key === 'chosen');
    if (!chosen) throw new Error('no chosen row');
    // Every other order made to cost what the chosen one costs.
    const tied = rows.map((row) =>
      row.key === 'chosen' ? row : { ...row, summary: { ...row.summary, ...costOf(chosen) } },
    );
    expect(cheaperStrategy(tied)).toBeNull();
  });

  it('never recommends minimum payments only, however little it charges', () => {
    const rows = compareStrategies(issue12Household({ strategy: 'snowball' }));
    const cheapMinimum = rows.map((row) =>
      row.strategy === 'minimumOnly' && row.key !== 'chosen'
        ? {
            ...row,
            summary: {
              ...row.summary,
              debtFree: true,
              totalInterest: '0.00',
              totalPenalty: '0.00',
              totalFees: '0.00',
            },
          }
        : row,
    );
    expect(cheaperStrategy(cheapMinimum)).toBeNull();
  });
});
