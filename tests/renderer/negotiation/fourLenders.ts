import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ScenarioInput } from '../../../src/core/scenario/types';

/** Issue 16's household, ¥1,300 a month for four overdue lenders (tests/fixtures/README.md). */
export const fourLendersFile = resolve(
  import.meta.dirname,
  '../../fixtures/four-lenders.scenario.json',
);

export const fourLenders = JSON.parse(readFileSync(fourLendersFile, 'utf8')) as ScenarioInput & {
  budget: NonNullable<ScenarioInput['budget']>;
};

/**
 * The same lenders on ¥700 a month: 停息挂账 over 60 months would take ¥900, so nothing holds and
 * ¥200 a month is missing.
 */
export const fourLendersShort: ScenarioInput = {
  ...fourLenders,
  budget: { ...fourLenders.budget, incomes: [{ name: 'pay', amount: '4700.00' }] },
};
