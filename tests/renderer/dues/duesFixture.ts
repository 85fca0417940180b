import { plan, validateScenario } from '../../../src/core/index';
import type { AgreementInput } from '../../../src/renderer/db/AppDB';

export const installment: AgreementInput = {
  kind: 'installment',
  date: '2027-01-05',
  months: 12,
  method: 'equalPayment',
  rate: '0.005',
  waivePenalty: true,
  waiveInterest: false,
  waiveFees: true,
};
export const settlement: AgreementInput = {
  kind: 'settlement',
  date: '2027-02-20',
  amount: '600.00',
};

/** A household with one due of each kind: a minimum, an installment, a settlement. */
export function household() {
  const checked = validateScenario({
    version: 1,
    startDate: '2027-01-01',
    budget: { incomes: [{ name: 'pay', amount: '1200.00' }] },
    debts: [
      {
        id: 'huabei',
        name: '花呗',
        principal: '2000.00',
        interestRate: { daily: '0.0005' },
        minimumPayment: { kind: 'percentOfBalance', percent: '10', floor: '100.00' },
      },
      {
        id: 'card',
        name: '信用卡',
        principal: '6000.00',
        overdue: true,
        agreements: [installment],
      },
      { id: 'friend', name: 'Friend', principal: '1000.00', agreements: [settlement] },
    ],
  });
  if (!checked.ok) throw new Error(checked.issues.map((issue) => issue.message).join('\n'));
  return {
    result: plan(checked.scenario),
    debts: [
      { id: 'huabei', name: '花呗', dueDay: 10, agreements: [] },
      { id: 'card', name: '信用卡', agreements: [installment] },
      { id: 'friend', name: 'Friend', dueDay: 3, agreements: [settlement] },
    ],
  };
}
