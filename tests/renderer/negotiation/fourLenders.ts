/** An overdue debt at the typical penalty of 0.05 % a day. */
const overdue = (id: string, name: string, principal: string) => ({
  id,
  name,
  principal,
  overdue: true,
  penaltyRate: { daily: '0.0005' },
});

/**
 * Issue 16's household: ¥1,300 a month for four overdue lenders, ¥54,300 owed. The total plan
 * asks each for 停息挂账 over 48 months (36 once the card has refused).
 */
export const fourLenders = {
  version: 1,
  startDate: '2027-01-01',
  currency: 'CNY',
  budget: {
    incomes: [{ name: 'pay', amount: '5300.00' }],
    fixedCosts: [{ name: 'rent and living', amount: '4000.00' }],
  },
  debts: [
    { ...overdue('jiebei', '借呗', '20000.00'), penalty: '300.00' },
    overdue('weili', '微粒贷', '12000.00'),
    overdue('card', '信用卡', '18000.00'),
    overdue('huabei', '花呗', '4000.00'),
  ],
};

/**
 * The same lenders on ¥700 a month: 停息挂账 over 60 months would take ¥900, so nothing holds and
 * ¥200 a month is missing.
 */
export const fourLendersShort = {
  ...fourLenders,
  budget: { ...fourLenders.budget, incomes: [{ name: 'pay', amount: '4700.00' }] },
};
