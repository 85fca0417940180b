/**
 * The household the UI benchmark uses: ten debts of the kinds Ashore's users have, a budget, and
 * a plan that takes about five years — written out rather than generated, so the figures mean
 * something when someone looks at the screen while it runs.
 */
import type { ScenarioInput } from '../src/core/index';
import { heavyHousehold } from './households';

const daily = (percent: string) => ({ daily: percent });

export const uiHousehold: ScenarioInput = {
  version: 1,
  startDate: '2026-12-01',
  currency: 'CNY',
  strategy: 'avalanche',
  budget: {
    incomes: [
      { name: '工资', amount: '9000.00', frequency: 'monthly' },
      { name: '年终奖', amount: '8000.00', frequency: 'yearly', month: 2 },
    ],
    fixedCosts: [
      { name: '房租', amount: '2600.00', frequency: 'monthly' },
      { name: '生活费', amount: '2200.00', frequency: 'monthly' },
      { name: '交通通讯', amount: '400.00', frequency: 'monthly' },
    ],
    obligations: [{ name: '车贷', amount: '1500.00', frequency: 'monthly', endMonth: '2028-06' }],
    reserve: { percentOfIncome: '5' },
  },
  debts: [
    {
      id: 'huabei',
      name: '花呗',
      kind: 'huabei',
      principal: '6800.00',
      overdue: true,
      penaltyRate: daily('0.0005'),
    },
    {
      id: 'jiebei',
      name: '借呗',
      kind: 'jiebei',
      principal: '18000.00',
      overduePrincipal: '3000.00',
      interestRate: daily('0.0004'),
      penaltyRate: daily('0.0006'),
      compound: true,
      penaltyBase: 'principalAndInterest',
      minimumPayment: { kind: 'fixed', amount: '900.00' },
    },
    {
      id: 'weili',
      name: '微粒贷',
      kind: 'weilidai',
      principal: '12000.00',
      interestRate: daily('0.0004'),
      penaltyRate: daily('0.0006'),
      minimumPayment: { kind: 'fixed', amount: '650.00' },
    },
    {
      id: 'meituan',
      name: '美团月付',
      kind: 'meituan',
      principal: '2300.00',
      overdue: true,
      penaltyRate: daily('0.0005'),
    },
    {
      id: 'baitiao',
      name: '京东白条',
      kind: 'baitiao',
      principal: '4100.00',
      penaltyRate: daily('0.0005'),
      minimumPayment: { kind: 'percentOfBalance', percent: '10', floor: '50.00' },
    },
    {
      id: 'cmb',
      name: '招行信用卡',
      kind: 'creditCard',
      principal: '26000.00',
      interestRate: daily('0.0005'),
      penaltyRate: daily('0.0005'),
      compound: true,
      minimumPayment: { kind: 'interestPlusPercent', percent: '10', floor: '100.00' },
      lateFee: { kind: 'percentOfShortfall', percent: '5', min: '10.00' },
    },
    {
      id: 'icbc',
      name: '工行信用卡',
      kind: 'creditCard',
      principal: '15000.00',
      interestRate: daily('0.0005'),
      penaltyRate: daily('0.0005'),
      compound: true,
      minimumPayment: { kind: 'interestPlusPercent', percent: '10', floor: '100.00' },
      lateFee: { kind: 'percentOfShortfall', percent: '5', min: '10.00' },
    },
    {
      id: 'bank',
      name: '银行信用贷',
      kind: 'bankLoan',
      principal: '30000.00',
      interestRate: { monthly: '0.005' },
      penaltyRate: { monthly: '0.0075' },
      accrual: 'monthly',
      minimumPayment: { kind: 'fixed', amount: '700.00' },
    },
    {
      id: 'friend',
      name: '朋友借款',
      kind: 'privateLoan',
      principal: '10000.00',
      interestRate: { monthly: '0.005' },
      accrual: 'monthly',
    },
    {
      id: 'phone',
      name: '手机分期',
      kind: 'other',
      principal: '3600.00',
      minimumPayment: { kind: 'fixed', amount: '300.00' },
    },
  ],
};

/**
 * Twenty debts with every feature and a salary too small to clear them: all 600 months are
 * planned and drawn — the longest plan the app shows.
 */
export function longHousehold(): ScenarioInput {
  const household = heavyHousehold(2, 20);
  return {
    ...household,
    budget: {
      ...household.budget,
      incomes: [{ name: '工资', amount: '11000.00', frequency: 'monthly' }],
    },
  };
}
