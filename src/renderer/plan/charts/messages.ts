import type { Widen } from '../../i18n/widen';

export const chartsZh = {
  comparing: '正在和“只还最低还款”“什么都不还”作比较…',
  showTable: '表格',
  showChart: '图表',
  toggleLabel: '以表格或图表显示',
  month: '月份',
  total: '合计',
  others: '其余 {{count}} 笔债务',
  together:
    '债务超过 {{most}} 笔，颜色不够一笔一色：图中单独画出现在欠得最多的几笔，其余 {{count}} 笔合为灰色一块；表格列出每一笔。',
  sampled: {
    none: '计划很长：图中每 {{step}} 个月画一个月，另画出最后一个月；表格列出每个月。',
    payoffs:
      '计划很长：图中每 {{step}} 个月画一个月，另画出每笔债务还清的月份和最后一个月；表格列出每个月。',
    changes:
      '计划很长：图中每 {{step}} 个月画一个月，另画出每笔债务还清、可用于还债的钱有变化的月份和最后一个月；表格列出每个月。',
  },
  payoff: {
    title: '每笔债务的余额',
    caption: '每月月末各笔债务的余额（叠加显示），竖线标出每笔债务还清的月份。',
    paidOff: '还清：{{names}}',
    paidOffMany: '还清：{{first}} 等 {{count}} 笔',
  },
  penalty: {
    title: '拖延的代价',
    caption: '累计要付的利息、罚息和违约金：按当前计划、只还最低还款、什么都不还三种情况逐月对比。',
    chosen: '当前计划',
    minimumOnly: '只还最低还款',
    doNothing: '什么都不还',
  },
  payments: {
    title: '每月还给谁',
    caption: '每月付给各笔债务的金额（叠加柱），折线是当月可用于还债的钱。',
    capacity: '可用于还债',
  },
  split: {
    title: '钱都去了哪里',
    caption: '第一个月的收入如何分配：固定开支、必须偿还的其他债务、安全储备，剩下的才能用来还债。',
    income: '收入',
    outgoings: '去向',
    fixedCosts: '固定开支',
    obligations: '必须偿还的其他债务',
    reserve: '安全储备',
    capacity: '可用于还债',
    leftover: '超出还款上限、留在手里',
    deficit: '缺口',
    deficitNote: '每月缺口 {{amount}}：收入不够支付固定开支、其他债务和储备，目前没有钱可以还债。',
    part: '项目',
    amount: '金额',
  },
} as const;

export const chartsEn: Widen<typeof chartsZh> = {
  comparing: 'Comparing with minimum payments only and paying nothing…',
  showTable: 'Table',
  showChart: 'Chart',
  toggleLabel: 'Show as table or chart',
  month: 'Month',
  total: 'Total',
  others: '{{count}} other debts',
  together:
    'With more than {{most}} debts there are not enough distinct colours: the chart draws the debts that owe the most now on their own and the other {{count}} together in grey; the table lists every debt.',
  sampled: {
    none: 'A long plan: the chart draws one month in every {{step}}, and the last month; the table lists every month.',
    payoffs:
      'A long plan: the chart draws one month in every {{step}}, each month a debt is paid off, and the last month; the table lists every month.',
    changes:
      'A long plan: the chart draws one month in every {{step}}, each month a debt is paid off or the money for debts changes, and the last month; the table lists every month.',
  },
  payoff: {
    title: 'Balance of each debt',
    caption:
      'What each debt owes at the end of every month (stacked); a vertical line marks the month each debt is paid off.',
    paidOff: 'Paid off: {{names}}',
    paidOffMany: 'Paid off: {{first}} and {{more}} more',
  },
  penalty: {
    title: 'What waiting costs',
    caption:
      'Interest, penalty interest and late fees added up month by month: this plan, minimum payments only, and paying nothing.',
    chosen: 'This plan',
    minimumOnly: 'Minimum payments only',
    doNothing: 'Paying nothing',
  },
  payments: {
    title: 'Who gets paid each month',
    caption:
      'What goes to each debt every month (stacked bars); the line is the money available for debts that month.',
    capacity: 'Available for debts',
  },
  split: {
    title: 'Where the money goes',
    caption:
      "How the first month's income is split: fixed costs, other debts that must be paid and a safety reserve; what is left can go to debts.",
    income: 'Income',
    outgoings: 'Goes to',
    fixedCosts: 'Fixed costs',
    obligations: 'Other debts that must be paid',
    reserve: 'Safety reserve',
    capacity: 'Available for debts',
    leftover: 'Above the payment limit, kept',
    deficit: 'Shortfall',
    deficitNote:
      'A shortfall of {{amount}} a month: income does not cover fixed costs, other debts and the reserve, so nothing is left for debts.',
    part: 'Item',
    amount: 'Amount',
  },
};
