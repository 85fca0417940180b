import { describe, expect, it } from 'vitest';
import { point } from '../../../src/renderer/plan/charts/chartData';
import { stackLevels } from '../../../src/renderer/plan/charts/stackLevels';

const series = [
  { key: 'd0', colour: '#0072B2' },
  { key: 'd1', colour: '#E69F00' },
];

describe('stackLevels', () => {
  it('puts each series on the ones before it, month by month', () => {
    const points = [
      point(1, '2026-12-01', { d0: '100.50', d1: '200.00' }),
      point(2, '2027-01-01', { d0: '50.25', d1: '180.00' }),
    ];
    expect(stackLevels(points, series)).toEqual([
      [
        { bottom: 0, top: 100.5 },
        { bottom: 0, top: 50.25 },
      ],
      [
        { bottom: 100.5, top: 300.5 },
        { bottom: 50.25, top: 230.25 },
      ],
    ]);
  });

  it('gives a debt paid off (or missing from the month) no height, and never a negative one', () => {
    const points = [point(3, '2027-02-01', { d0: '0.00', d1: '-5.00' })];
    const [first, second] = stackLevels(points, [...series, { key: 'd2', colour: '#009E73' }]);
    expect(first).toEqual([{ bottom: 0, top: 0 }]);
    expect(second).toEqual([{ bottom: 0, top: 0 }]);
  });
});
