import type { Widen } from '../i18n/widen';

/** What every plan view says while there is no plan to show. */
export const planStatusZh = {
  empty: '还没有债务。先去添加债务，这里就会显示还款计划。',
  emptyLink: '去添加债务',
  invalid: '有些数据需要修改，改好后才能算出还款计划。',
  invalidLink: '去修改',
  computing: '正在计算还款计划…',
  failed: '计算还款计划时出错：{{message}}',
  stale: '数据已更改，正在重新计算…',
} as const;

export const planStatusEn: Widen<typeof planStatusZh> = {
  empty: 'No debts yet. Add your debts and the repayment plan appears here.',
  emptyLink: 'Add debts',
  invalid: 'Some data needs fixing before a plan can be worked out.',
  invalidLink: 'Fix it',
  computing: 'Computing the repayment plan…',
  failed: 'Computing the plan failed: {{message}}',
  stale: 'The data changed: recomputing…',
};
