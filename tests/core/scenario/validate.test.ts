import { describe, expect, it } from 'vitest';
import {
  parseScenarioJson,
  validateBudgetItem,
  validateDebt,
  validateMoney,
  validateRate,
  validateScenario,
  type Issue,
} from '../../../src/core/index';
import { badFixtures, readFixture } from '../fixtures';

const base = () => ({
  version: 1,
  startDate: '2026-12-01',
  debts: [{ id: 'a', name: 'x', principal: '500.00' }] as Record<string, unknown>[],
});

function issuesOf(input: unknown): Issue[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.issues;
}

function codeAt(input: unknown, pathText: string): string[] {
  return issuesOf(input)
    .filter((i) => i.pathText === pathText)
    .map((i) => i.code);
}

describe('bad fixtures', () => {
  for (const fixture of badFixtures) {
    it(`${fixture.name} is rejected, naming ${fixture.expectedPath || 'not JSON'}`, () => {
      const result = parseScenarioJson(readFixture(fixture.scenario));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      if (fixture.expectedPath === '') {
        expect(result.issues[0]?.code).toBe('json.invalid');
        expect(result.issues[0]?.message).toMatch(/^not valid JSON: /);
      } else {
        expect(result.issues.map((i) => i.pathText)).toContain(fixture.expectedPath);
        const issue = result.issues.find((i) => i.pathText === fixture.expectedPath);
        expect(issue?.message.startsWith(`${fixture.expectedPath}: `)).toBe(true);
      }
    });
  }
});

describe('validateScenario', () => {
  it('accepts a minimal scenario and fills in the defaults', () => {
    const result = validateScenario(base());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario).toMatchObject({
      currency: 'CNY',
      strategy: 'avalanche',
      horizonMonths: 600,
      customOrder: [],
      budget: { incomes: [], fixedCosts: [], obligations: [] },
    });
    expect(result.scenario.debts[0]).toMatchObject({
      accrual: 'daily',
      penaltyBase: 'principal',
      compound: false,
      minimumPayment: { kind: 'none' },
      lateFee: { kind: 'none' },
      agreements: [],
    });
  });

  it('words a money problem as the model does', () => {
    const input = base();
    input.debts.push({ id: 'b', name: 'y', principal: '-5' });
    const issue = issuesOf(input)[0];
    expect(issue).toStrictEqual({
      path: ['debts', 1, 'principal'],
      pathText: 'debts[1].principal',
      code: 'money.negative',
      params: { got: '"-5"', requirement: 'positive' },
      message: 'debts[1].principal: must be a positive amount with at most two decimals, got "-5"',
    });
  });

  it('reports every problem at once, including relations between fields', () => {
    const input = {
      version: 1,
      startDate: '2026-02-29',
      strategy: 'custom',
      customOrder: ['a', 'nope', 'a'],
      budget: { incomes: [{ name: 'pay', amount: '100.001', frequency: 'yearly' }], typo: 1 },
      debts: [
        { id: 'a', name: 'x', principal: '100.00', overduePrincipal: '200.00' },
        { id: 'a', name: 'y', principal: 5, interestRate: { daily: '0.05%' } },
      ],
    };
    const found = issuesOf(input).map((i) => `${i.pathText} ${i.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'startDate date.invalid',
        'budget.typo unknown_field',
        'budget.incomes[0].amount money.decimals',
        'budget.incomes[0].month item.month_required',
        'debts[0].overduePrincipal overdue.exceeds_principal',
        'debts[1].id id.duplicate',
        'debts[1].principal type.invalid',
        'debts[1].interestRate.daily rate.format',
        'customOrder[1] customOrder.unknown_id',
        'customOrder[2] customOrder.duplicate',
      ]),
    );
  });

  const cases: [string, (s: ReturnType<typeof base>) => void, string, string][] = [
    [
      'unknown nested field',
      (s) => (s.debts[0] = { ...s.debts[0], lateFee: { kind: 'fixed', amount: '5.00', amout: 1 } }),
      'debts[0].lateFee.amout',
      'unknown_field',
    ],
    [
      'rate with two units',
      (s) => (s.debts[0] = { ...s.debts[0], interestRate: { daily: '0.0005', annual: '0.18' } }),
      'debts[0].interestRate',
      'rate.one_unit',
    ],
    [
      'rate with no unit',
      (s) => (s.debts[0] = { ...s.debts[0], interestRate: {} }),
      'debts[0].interestRate',
      'rate.one_unit',
    ],
    [
      'monthly rate above 1000 % a year',
      (s) => (s.debts[0] = { ...s.debts[0], penaltyRate: { monthly: '0.84' } }),
      'debts[0].penaltyRate',
      'rate.too_high',
    ],
    [
      'installment rate above 1000 % a year',
      (s) =>
        (s.debts[0] = {
          ...s.debts[0],
          agreements: [
            { kind: 'installment', date: '2027-01-01', months: 12, method: 'flatFee', rate: '0.9' },
          ],
        }),
      'debts[0].agreements[0].rate',
      'rate.too_high',
    ],
    [
      'agreement in a month that does not exist',
      (s) =>
        (s.debts[0] = {
          ...s.debts[0],
          agreements: [{ kind: 'settlement', date: '2027-13-01', amount: '1.00' }],
        }),
      'debts[0].agreements[0].date',
      'date.invalid',
    ],
    [
      '29 February of a common year',
      (s) =>
        (s.debts[0] = {
          ...s.debts[0],
          agreements: [{ kind: 'waiver', date: '2027-02-29', penalty: 'all' }],
        }),
      'debts[0].agreements[0].date',
      'date.invalid',
    ],
    [
      'installment over 120 months',
      (s) =>
        (s.debts[0] = {
          ...s.debts[0],
          agreements: [
            {
              kind: 'installment',
              date: '2027-01-01',
              months: 121,
              method: 'equalPayment',
              rate: '0',
            },
          ],
        }),
      'debts[0].agreements[0].months',
      'integer.range',
    ],
    [
      'installment of 1.5 months',
      (s) =>
        (s.debts[0] = {
          ...s.debts[0],
          agreements: [
            {
              kind: 'installment',
              date: '2027-01-01',
              months: 1.5,
              method: 'equalPayment',
              rate: '0',
            },
          ],
        }),
      'debts[0].agreements[0].months',
      'integer.range',
    ],
    [
      'unknown agreement kind',
      (s) =>
        (s.debts[0] = { ...s.debts[0], agreements: [{ kind: 'discount', date: '2027-01-01' }] }),
      'debts[0].agreements[0].kind',
      'kind.unknown',
    ],
    [
      'waiver amount neither money nor all',
      (s) =>
        (s.debts[0] = {
          ...s.debts[0],
          agreements: [{ kind: 'waiver', date: '2027-01-01', fees: 'everything' }],
        }),
      'debts[0].agreements[0].fees',
      'money_or_all.format',
    ],
    [
      'overdue and overduePrincipal together',
      (s) => (s.debts[0] = { ...s.debts[0], overdue: true, overduePrincipal: '1.00' }),
      'debts[0].overduePrincipal',
      'overdue.conflict',
    ],
    [
      'zero principal',
      (s) => (s.debts[0] = { ...s.debts[0], principal: '0.00' }),
      'debts[0].principal',
      'money.not_positive',
    ],
    [
      'money of 1e12',
      (s) => (s.debts[0] = { ...s.debts[0], principal: '1000000000000' }),
      'debts[0].principal',
      'money.too_large',
    ],
    [
      'money in exponent notation',
      (s) => (s.debts[0] = { ...s.debts[0], fees: '1e3' }),
      'debts[0].fees',
      'money.format',
    ],
    [
      'missing principal',
      (s) => (s.debts[0] = { id: 'a', name: 'x' }),
      'debts[0].principal',
      'required',
    ],
    [
      'late fee min above max',
      (s) =>
        (s.debts[0] = {
          ...s.debts[0],
          lateFee: { kind: 'percentOfShortfall', percent: '5', min: '20.00', max: '10.00' },
        }),
      'debts[0].lateFee.max',
      'lateFee.min_above_max',
    ],
    [
      'percent over 100',
      (s) =>
        (s.debts[0] = {
          ...s.debts[0],
          minimumPayment: { kind: 'percentOfBalance', percent: '150' },
        }),
      'debts[0].minimumPayment.percent',
      'percent.range',
    ],
    [
      'unknown strategy',
      (s) => Object.assign(s, { strategy: 'fastest' }),
      'strategy',
      'value.invalid',
    ],
    ['version 2', (s) => Object.assign(s, { version: 2 }), 'version', 'version.unsupported'],
    [
      'horizon of 1201 months',
      (s) => Object.assign(s, { horizonMonths: 1201 }),
      'horizonMonths',
      'integer.range',
    ],
    [
      'currency in lower case',
      (s) => Object.assign(s, { currency: 'cny' }),
      'currency',
      'currency.format',
    ],
    ['no debts', (s) => (s.debts = []), 'debts', 'debts.empty'],
    [
      'reserve with both forms',
      (s) => Object.assign(s, { budget: { reserve: { amount: '1.00', percentOfIncome: '5' } } }),
      'budget.reserve',
      'reserve.one_of',
    ],
    [
      'one-off item in a month that does not exist',
      (s) =>
        Object.assign(s, {
          budget: { incomes: [{ name: 'b', amount: '1.00', frequency: 'once', month: '2027-13' }] },
        }),
      'budget.incomes[0].month',
      'month.invalid',
    ],
    [
      'yearly item in month 13',
      (s) =>
        Object.assign(s, {
          budget: { incomes: [{ name: 'b', amount: '1.00', frequency: 'yearly', month: 13 }] },
        }),
      'budget.incomes[0].month',
      'integer.range',
    ],
    [
      'monthly item with a month',
      (s) =>
        Object.assign(s, { budget: { fixedCosts: [{ name: 'b', amount: '1.00', month: 3 }] } }),
      'budget.fixedCosts[0].month',
      'item.field_not_allowed',
    ],
    [
      'end before start',
      (s) =>
        Object.assign(s, {
          budget: {
            obligations: [
              { name: 'b', amount: '1.00', startMonth: '2027-05', endMonth: '2027-04' },
            ],
          },
        }),
      'budget.obligations[0].endMonth',
      'month.range',
    ],
  ];
  for (const [name, mutate, pathText, code] of cases) {
    it(`rejects ${name} at ${pathText} (${code})`, () => {
      const input = base();
      mutate(input);
      expect(codeAt(input, pathText)).toContain(code);
    });
  }

  it('accepts the edges: annual rate exactly 10, 29 February of a leap year, 120 months', () => {
    const input = base();
    input.debts[0] = {
      ...input.debts[0],
      interestRate: { annual: '10' },
      agreements: [
        { kind: 'installment', date: '2028-02-29', months: 120, method: 'equalPayment', rate: '0' },
      ],
    };
    expect(validateScenario(input).ok).toBe(true);
  });

  it('rejects a root that is not an object', () => {
    expect(issuesOf(null)[0]).toMatchObject({ pathText: '', code: 'type.invalid' });
    expect(issuesOf([])[0]?.code).toBe('type.invalid');
  });

  it('gives every issue a sentence that starts with its path and params of plain values', () => {
    const input = { ...base(), extra: true, horizonMonths: 0, debts: [{ id: '', principal: 'x' }] };
    for (const issue of issuesOf(input)) {
      expect(issue.message.startsWith(issue.pathText === '' ? '' : `${issue.pathText}: `)).toBe(
        true,
      );
      for (const value of Object.values(issue.params))
        expect(['string', 'number']).toContain(typeof value);
    }
  });

  it('is idempotent: a validated scenario validates to itself', () => {
    const result = parseScenarioJson(readFixture('07-agreements.scenario.json'));
    if (!result.ok) throw new Error('fixture invalid');
    const again = validateScenario(JSON.parse(JSON.stringify(result.scenario)));
    expect(again).toStrictEqual(result);
  });
});

describe('parseScenarioJson', () => {
  it('says when the text is not JSON at all', () => {
    for (const text of ['', '{', 'version: 1', '{"a": 1,}']) {
      const result = parseScenarioJson(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.issues).toHaveLength(1);
        expect(result.issues[0]?.code).toBe('json.invalid');
        expect(result.issues[0]?.message).toMatch(/^not valid JSON: .+/);
      }
    }
  });
});

describe('per-field validators for forms', () => {
  it('validateMoney', () => {
    expect(validateMoney('12.50').ok).toBe(true);
    const bad = validateMoney('1.234', ['debts', 0, 'fees']);
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues[0]).toMatchObject({ pathText: 'debts[0].fees', code: 'money.decimals' });
    const zero = validateMoney('0', [], { positive: true });
    expect(zero.ok ? null : zero.issues[0]?.code).toBe('money.not_positive');
  });

  it('validateRate', () => {
    expect(validateRate({ daily: '0.0005' }).ok).toBe(true);
    const bad = validateRate({ daily: '0.05' }, ['debts', 3, 'interestRate']);
    expect(bad.ok ? null : bad.issues[0]).toMatchObject({
      pathText: 'debts[3].interestRate',
      code: 'rate.too_high',
    });
  });

  it('validateDebt places issues where the debt sits, including relations', () => {
    const bad = validateDebt(
      { id: 'a', name: 'x', principal: '10.00', overduePrincipal: '20.00' },
      ['debts', 2],
    );
    expect(bad.ok ? [] : bad.issues.map((i) => i.pathText)).toEqual(['debts[2].overduePrincipal']);
  });

  it('validateBudgetItem checks the month against the frequency', () => {
    expect(
      validateBudgetItem({ name: 'bonus', amount: '1.00', frequency: 'yearly', month: 2 }).ok,
    ).toBe(true);
    const bad = validateBudgetItem({ name: 'bonus', amount: '1.00', frequency: 'once' });
    expect(bad.ok ? null : bad.issues[0]?.code).toBe('item.month_required');
  });
});
