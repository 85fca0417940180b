import { validateScenario } from '../../src/core/index';
import type { Scenario } from '../../src/core/index';
import { type PresetId, presetTerms } from '../../src/renderer/debts/presets';

/**
 * The household of issue 12 as the forms store it (each debt from its preset's typical terms):
 * 工资 9,000, 年终奖 12,000 each February, 房租 2,800, 生活费 2,000, 交通 300, 父母 500, 车贷
 * 1,200 for 14 months, a 10 % reserve; 花呗 6,800 current, 借呗 23,000 overdue, 信用卡 18,500
 * current, 微粒贷 9,000 overdue. Starts 2026-12-01, as the e2e tests typed it.
 */
export function issue12Household(overrides: Partial<Scenario> = {}): Scenario {
  const debt = (kind: PresetId, principal: string, overdue: boolean) => ({
    id: kind,
    name: kind,
    kind,
    principal,
    ...(overdue ? { overdue: true } : {}),
    ...presetTerms(kind),
  });
  const monthly = (name: string, amount: string) => ({ name, amount, frequency: 'monthly' });
  const validation = validateScenario({
    version: 1,
    startDate: '2026-12-01',
    currency: 'CNY',
    budget: {
      incomes: [
        monthly('工资', '9000'),
        { name: '年终奖', amount: '12000', frequency: 'yearly', month: 2 },
      ],
      fixedCosts: [
        monthly('房租', '2800'),
        monthly('生活费', '2000'),
        monthly('交通', '300'),
        monthly('父母', '500'),
      ],
      obligations: [{ ...monthly('车贷', '1200'), endMonth: '2028-01' }],
      reserve: { percentOfIncome: '10' },
    },
    debts: [
      debt('huabei', '6800', false),
      debt('jiebei', '23000', true),
      debt('creditCard', '18500', false),
      debt('weilidai', '9000', true),
    ],
    ...overrides,
  });
  if (!validation.ok) throw new Error(JSON.stringify(validation.issues));
  return validation.scenario;
}
