import type { Widen } from '../i18n/widen';

export const dashboardZh = {
  title: '总览',
  affordable: '每月最多可还',
  affordableHint: '收入 − 固定开支 − 其他必还债务 − 安全储备',
  deficit: '每月缺口',
  deficitHint: '收入不够支付开支和必还债务：先削减开支、增加收入，或向机构申请分期、停息挂账。',
  debtFreeDate: '预计上岸日期',
  debtFreeIn: '{{months}} 个月后',
  notDebtFree: '在 {{years}} 年内无法还清',
  costAhead: '未来要付的利息、罚息和费用',
  yearAhead: '未来 {{months}} 个月欠款变化',
  yearAheadMore: '按这个还款额，欠款从 {{now}} 涨到 {{after}}。整个计划期的数字见还款明细。',
  yearAheadLess: '按这个还款额，欠款从 {{now}} 降到 {{after}}。整个计划期的数字见还款明细。',
  wayOut: '按现在的还款额，这些欠款还不清。出路是与机构协商：分期、停息挂账、减免罚息。',
  wayOutLink: '去协商',
  costBreakdown: '利息 {{interest}} · 罚息 {{penalty}} · 费用 {{fees}}',
  costWaiting: '每拖一天多付',
  costWaitingHint: '按今天的余额，每多拖一天，利息和罚息就多这么多。',
  doNothingCost: '如果 {{months}} 个月什么都不还，利息、罚息和费用累计 {{amount}}。',
  warningsTitle: '需要注意',
  noWarnings: '按这个计划，每月应还的钱都能按时还上。',
  warning: {
    duesNotMet: '{{month}}：应还款有 {{amount}} 还不上，会继续产生罚息和违约金。',
    budgetDeficit: '{{month}}：收入比开支少 {{amount}}。',
    agreementBroken:
      '{{month}}：“{{debt}}”的分期还不上（差 {{amount}}），协议会被视为违约，减免作废、罚息恢复。不要承诺超过能力的还款。',
    settlementFails: '{{month}}：“{{debt}}”一次性结清的钱凑不够（差 {{amount}}），结清会失败。',
    neverPaid: '“{{debt}}”在计划期内还不清，期末仍欠 {{amount}}。',
  },
  moreWarnings: '另有 {{count}} 个月同类情况，详见还款明细。',
  chartsTitle: '图表',
  longRun: {
    title: '怎样才能还清',
    computing: '正在计算每月还多少才能在 3 年、5 年内还清…',
    clearWithin: '要在 {{years}} 年内还清，每月需还 {{amount}}。',
    noPayment: '按现在的条件，每月还多少都无法在 {{years}} 年内还清。',
    courtClears:
      '如果只按法院支持的上限（年利率 24%）计算利息、罚息和费用：{{date}} 可以还清，共付 {{cost}}。',
    courtMore:
      '如果只按法院支持的上限（年利率 24%）计算利息、罚息和费用：仍然还不清，未来 12 个月欠款从 {{now}} 涨到 {{after}}。',
    courtLess:
      '如果只按法院支持的上限（年利率 24%）计算利息、罚息和费用：仍然还不清，未来 12 个月欠款从 {{now}} 降到 {{after}}。',
    courtCaveat: '超出的部分不会自己消失：要在协商或诉讼中主动提出，法院才会依申请调减。',
    negotiate: '出路是与机构协商：分期、停息挂账、减免罚息。',
  },
  cheaper: {
    title: '有更省钱的还款顺序',
    saving: '改用“{{name}}”，利息、罚息和费用少付 {{amount}}。',
    sooner: '还能早 {{count}} 个月上岸。',
    later: '上岸会晚 {{count}} 个月。',
    clears: '改用“{{name}}”，{{count}} 个月就能还清；现在的顺序在计划期内还不清。',
    why: '钱不够付清所有到期款时，先付哪一笔比利率高低更要紧：没付上的到期款会一直产生罚息和违约金，有的还利滚利，所以“先还成本最高的”不一定最省。',
    switch: '改用{{name}}',
  },
} as const;

export const dashboardEn: Widen<typeof dashboardZh> = {
  title: 'Overview',
  affordable: 'Most you can pay each month',
  affordableHint: 'income − fixed costs − other debts that must be paid − safety reserve',
  deficit: 'Monthly deficit',
  deficitHint:
    'Income does not cover costs and obligations: cut costs, raise income, or ask lenders for an installment or interest-stop plan.',
  debtFreeDate: 'Debt-free date',
  debtFreeIn: 'in {{months}} months',
  notDebtFree: 'Not debt-free within {{years}} years',
  costAhead: 'Interest, penalty and fees ahead',
  yearAhead: 'Change in what you owe over {{months}} months',
  yearAheadMore:
    'At this payment what you owe grows from {{now}} to {{after}}. Figures for the whole plan are in the schedule.',
  yearAheadLess:
    'At this payment what you owe falls from {{now}} to {{after}}. Figures for the whole plan are in the schedule.',
  wayOut:
    'At the current payment these debts are not paid off. The way out is to negotiate with the lenders: an installment plan, an interest stop, a penalty waiver.',
  wayOutLink: 'Go to negotiation',
  costBreakdown: 'interest {{interest}} · penalty {{penalty}} · fees {{fees}}',
  costWaiting: 'Each day of waiting costs',
  costWaitingHint: "At today's balances, every day of delay adds this much interest and penalty.",
  doNothingCost:
    'Paying nothing for {{months}} months, interest, penalty and fees would add up to {{amount}}.',
  warningsTitle: 'Watch out',
  noWarnings: 'With this plan every amount due is paid on time.',
  warning: {
    duesNotMet:
      '{{month}}: {{amount}} of what is due cannot be paid; penalty interest and late fees keep adding up.',
    budgetDeficit: '{{month}}: income falls {{amount}} short of costs.',
    agreementBroken:
      '{{month}}: the installment for "{{debt}}" cannot be paid ({{amount}} short): the agreement breaks, the waiver is lost and penalties come back. Never promise more than you can pay.',
    settlementFails:
      '{{month}}: not enough is saved for the settlement of "{{debt}}" ({{amount}} short): the settlement fails.',
    neverPaid: '"{{debt}}" is not paid off within the plan: {{amount}} still owed at the end.',
  },
  moreWarnings: '{{count}} more months like this: see the schedule.',
  chartsTitle: 'Charts',
  longRun: {
    title: 'What would clear these debts',
    computing: 'Working out the monthly payment that would clear everything in 3 and in 5 years…',
    clearWithin: 'To be debt-free within {{years}} years, pay {{amount}} a month.',
    noPayment: 'On these terms no monthly amount clears the debts within {{years}} years.',
    courtClears:
      'Charged only what a court upholds (24% a year for interest, penalty and fees together): debt-free by {{date}}, {{cost}} in all.',
    courtMore:
      'Charged only what a court upholds (24% a year for interest, penalty and fees together): still not paid off; what you owe grows from {{now}} to {{after}} over the next 12 months.',
    courtLess:
      'Charged only what a court upholds (24% a year for interest, penalty and fees together): still not paid off; what you owe falls from {{now}} to {{after}} over the next 12 months.',
    courtCaveat:
      'The excess does not vanish by itself: a court reduces it when you ask, in a negotiation or a lawsuit.',
    negotiate:
      'The way out is to negotiate with the lenders: an installment plan, an interest stop, a penalty waiver.',
  },
  cheaper: {
    title: 'A cheaper order of payments',
    saving: 'With "{{name}}" you would pay {{amount}} less in interest, penalty and fees.',
    sooner_one: 'You would be debt-free 1 month sooner.',
    sooner: 'You would be debt-free {{count}} months sooner.',
    later_one: 'You would be debt-free 1 month later.',
    later: 'You would be debt-free {{count}} months later.',
    clears_one:
      'With "{{name}}" the debts are paid off in 1 month; in the current order they are never paid off within the plan.',
    clears:
      'With "{{name}}" the debts are paid off in {{count}} months; in the current order they are never paid off within the plan.',
    why: 'When the money does not cover everything due, which dues get paid first matters more than the rates: what is left unpaid keeps adding penalty and late fees, some of it compounded, so "highest cost first" is not always cheapest.',
    switch: 'Switch to {{name}}',
  },
};
