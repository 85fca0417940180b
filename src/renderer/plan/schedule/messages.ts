import type { Widen } from '../../i18n/widen';

export const scheduleZh = {
  title: '还款明细',
  intro:
    '按当前计划，每个月还了多少、产生了多少利息、罚息和违约金、有多少应还款还不上、还欠多少。点开任何一个数字，可以看到它是怎么算出来的。',
  tableLabel: '逐月还款明细，共 {{months}} 个月',
  monthCount: '共 {{months}} 个月，{{debts}} 笔债务。',
  jumpToYear: '跳到年份',
  show: '显示',
  showAll: '每月合计',
  openHint: '点月份展开：当月的预算和每笔债务。',
  gridKeys:
    '用键盘：方向键在数字间移动，Home/End 到行首行尾，PageUp/PageDown 跳一年，回车查看计算过程。',
  debtHint: '这笔债务每个月的应还、实还、利息、罚息、违约金和余额。',
  budget: '预算',
  columns: {
    month: '月份',
    capacity: '可用于还债',
    paid: '实还合计',
    unallocated: '未分配',
    deficit: '收入缺口',
    unpaid: '应还未还',
    due: '应还',
    payment: '实还',
    interest: '利息',
    penalty: '罚息',
    fees: '违约金',
    balance: '余额',
    state: '状态',
  },
  states: { current: '正常', overdue: '逾期', agreement: '协议中', paid: '已还清' },
  openFigure: '{{debt}}，{{month}}，{{column}}：{{value}}，查看计算过程',
  openMonthFigure: '{{month}}，{{column}}：{{value}}，查看计算过程',
  dialog: {
    title: '{{subject}} · {{month}} · {{column}}',
    close: '关闭',
    loading: '正在取出计算过程…',
    unavailable: '这个月没有这笔债务的计算记录。',
    error: '取不到计算过程：{{message}}',
    allTitle: '这笔债务本月的全部计算',
    startOfMonth:
      '月初：本金 {{principal}}（其中逾期 {{overduePrincipal}}）、利息 {{interest}}、罚息 {{penalty}}、费用 {{fees}}，合计 {{balance}}。',
  },
  sections: {
    events: '本月生效的协议',
    interest: '利息',
    penalty: '罚息',
    installment: '分期',
    due: '应还',
    payment: '还款去向',
    lateFee: '违约金',
    balance: '余额',
    state: '状态',
    capacity: '可用于还债',
    paid: '实还合计',
    unallocated: '未分配',
    deficit: '收入缺口',
  },
  parts: {
    principalNotOverdue: '未逾期本金',
    overduePrincipal: '逾期本金',
    unpaidInterest: '未还利息',
    unpaidPenalty: '未还罚息',
  },
  explain: {
    accrualDaily: '{{what}} {{posted}} = {{baseName}} {{base}} × 日利率 {{rate}} × {{days}} 天',
    accrualMonthly: '{{what}} {{posted}} = {{baseName}} {{base}} × 月利率 {{rate}}',
    baseName: '计息基数',
    baseParts: '计息基数 {{base}} = {{parts}}',
    rounded: '精确值 {{exact}}，按分入账为 {{posted}}。',
    rateGiven: '合同利率为{{unit}} {{rate}}，按{{used}}计算。',
    rateUnits: { daily: '日利率', monthly: '月利率', annual: '年利率' },
    noAccrual: '本月不计{{what}}（分期协议执行期间停止计息）。',
    installment:
      '分期第 {{number}}/{{of}} 期：本期 {{amount}} = 本金 {{principal}} + 利息和手续费 {{interest}}（剩余本金 {{remaining}}，{{method}}，费率 {{rate}}）。',
    methods: { equalPayment: '等额本息', flatFee: '每期固定手续费' },
    dueRules: {
      installment: '应还 {{amount}}：分期协议约定的本期金额。',
      settlement: '应还 {{amount}}：一次性结清协议约定的金额。',
      savingForSettlement: '应还 {{amount}}：为一次性结清攒钱，本月应存入的金额。',
      arrears:
        '应还 {{amount}}：已逾期，贷方要求还清全部逾期欠款（逾期本金 + 利息 + 罚息 + 费用）。',
      minimum: '应还 {{amount}}：本月的最低还款。',
      noMinimum: '应还 {{amount}}：这笔债务没有最低还款要求。',
    },
    minimumRules: {
      percentOfBalance: '最低还款 = 余额的 {{percent}}%，至少 {{floor}}，不超过余额。',
      fixed: '最低还款为每月固定 {{amount}}，不超过余额。',
      interestPlusPercent:
        '最低还款 = 本金的 {{percent}}% + 全部利息、罚息和费用，至少 {{floor}}，不超过余额。',
      none: '合同没有最低还款。',
    },
    payment:
      '实还 {{total}}：先付费用 {{fees}}，再付罚息 {{penalty}}，再付利息 {{interest}}，最后付本金 {{principal}}。',
    paymentSplit: '其中 {{towardsDue}} 用于本月应还，{{surplus}} 是额外多还的。',
    noPayment: '本月没有还这笔债务。',
    shortfall: '比应还少 {{amount}}，未还足。',
    lateFeePercent:
      '违约金 {{amount}} = 少还的 {{shortfall}} × {{percent}}% = {{exact}}{{min}}{{max}}。',
    lateFeeNoFeeOnFees:
      '少还的 {{shortfall}} 中有 {{fees}} 是未还的违约金，不再对违约金收违约金：按 {{base}} 计算。',
    lateFeePercentOfBase:
      '违约金 {{amount}} = 少还的（不含违约金）{{shortfall}} × {{percent}}% = {{exact}}{{min}}{{max}}。',
    lateFeeCapped: '按法院支持的上限，实收 {{amount}}（少收 {{cut}}）。',
    lateFeeMin: '，至少 {{min}}',
    lateFeeMax: '，最多 {{max}}',
    lateFeeFixed: '违约金 {{amount}}：未还足时每次固定收取。',
    lateFeeNone: '合同没有违约金，未还足也不收。',
    noShortfall: '本月已还足应还款，不收违约金。',
    balance:
      '月末余额 {{balance}} = 本金 {{principal}} + 利息 {{interest}} + 罚息 {{penalty}} + 费用 {{fees}}。',
    forgiven: '结清后免除 {{amount}}。',
    state: '月末状态：{{state}}。',
    outcomes: {
      paidOff: '本月还清。',
      settled: '本月按一次性结清协议结清，余下的欠款免除。',
      settlementFailed: '没能按约定结清，一次性结清协议失效。',
      installmentPaid: '分期全部还完。',
      agreementBroken: '本月没有按协议还款，协议被打破：减免失效，剩余欠款重新按原利率逾期计息。',
      fellBehind: '本月没有还足最低还款，转为逾期。',
    },
    waiver: '减免生效（{{date}}）：罚息 {{penalty}}、利息 {{interest}}、费用 {{fees}}。',
    installmentStart:
      '分期协议开始（{{date}}）：余额 {{balance}}，减免 {{waived}}，分 {{months}} 期，合计 {{total}}，每期 {{level}}。',
    capacity:
      '可用于还债 {{capacity}} = 收入 {{income}} − 固定开支 {{fixedCosts}} − 必须偿还的其他债务 {{obligations}} − 安全储备 {{reserve}}{{limit}}。',
    capacityLimited: '，再按还款上限封顶',
    capacityExtras: '，再加上为还债另备的 {{extras}}',
    deficit:
      '缺口 {{deficit}}：收入 {{income}} 不够支付固定开支 {{fixedCosts}}、其他债务 {{obligations}} 和安全储备 {{reserve}}。',
    noDeficit: '本月没有缺口：收入够支付固定开支、其他债务和安全储备。',
    paid: '实还合计 {{paid}} = {{parts}}',
    nothingPaid: '本月没有还任何债务。',
    unallocated: '未分配 {{amount}}：本月可用的钱里，所有应还款和计划的多还都付完后剩下的部分。',
  },
} as const;

export const scheduleEn: Widen<typeof scheduleZh> = {
  title: 'Schedule',
  intro:
    'Month by month under the current plan: what is paid, the interest, penalty interest and late fees it brings, what is due and cannot be paid, and what is still owed. Open any figure to see how it was worked out.',
  tableLabel: 'Month-by-month schedule, {{months}} months',
  monthCount: '{{months}} months, {{debts}} debts.',
  jumpToYear: 'Jump to year',
  show: 'Show',
  showAll: 'Monthly totals',
  openHint: "Open a month to see that month's budget and each debt.",
  gridKeys:
    'With the keyboard: the arrow keys move between figures, Home and End to the start and end of a line, Page Up and Page Down by a year, Enter shows how a figure was worked out.',
  debtHint:
    'What this debt asked, what was paid, interest, penalty, late fees and balance, month by month.',
  budget: 'Budget',
  columns: {
    month: 'Month',
    capacity: 'Available',
    paid: 'Paid in total',
    unallocated: 'Unallocated',
    deficit: 'Budget shortfall',
    unpaid: 'Due, not paid',
    due: 'Due',
    payment: 'Paid',
    interest: 'Interest',
    penalty: 'Penalty interest',
    fees: 'Late fees',
    balance: 'Balance',
    state: 'State',
  },
  states: {
    current: 'Current',
    overdue: 'Overdue',
    agreement: 'Under agreement',
    paid: 'Paid off',
  },
  openFigure: '{{debt}}, {{month}}, {{column}}: {{value}}, show how it was worked out',
  openMonthFigure: '{{month}}, {{column}}: {{value}}, show how it was worked out',
  dialog: {
    title: '{{subject}} · {{month}} · {{column}}',
    close: 'Close',
    loading: 'Fetching the working…',
    unavailable: 'There is no record of this debt in this month.',
    error: 'The working could not be fetched: {{message}}',
    allTitle: "All of this debt's figures this month",
    startOfMonth:
      'At the start of the month: principal {{principal}} (of which overdue {{overduePrincipal}}), interest {{interest}}, penalty interest {{penalty}}, fees {{fees}}; {{balance}} in all.',
  },
  sections: {
    events: 'Agreements taking effect',
    interest: 'Interest',
    penalty: 'Penalty interest',
    installment: 'Installment',
    due: 'Due',
    payment: 'Where the payment went',
    lateFee: 'Late fee',
    balance: 'Balance',
    state: 'State',
    capacity: 'Available for debts',
    paid: 'Paid in total',
    unallocated: 'Unallocated',
    deficit: 'Budget shortfall',
  },
  parts: {
    principalNotOverdue: 'principal not overdue',
    overduePrincipal: 'overdue principal',
    unpaidInterest: 'unpaid interest',
    unpaidPenalty: 'unpaid penalty interest',
  },
  explain: {
    accrualDaily:
      '{{what}} {{posted}} = {{baseName}} {{base}} × daily rate {{rate}} × {{days}} days',
    accrualMonthly: '{{what}} {{posted}} = {{baseName}} {{base}} × monthly rate {{rate}}',
    baseName: 'base',
    baseParts: 'Base {{base}} = {{parts}}',
    rounded: 'Exactly {{exact}}, posted to the cent as {{posted}}.',
    rateGiven: 'The contract gives a {{unit}} of {{rate}}; it is applied as a {{used}}.',
    rateUnits: { daily: 'daily rate', monthly: 'monthly rate', annual: 'yearly rate' },
    noAccrual: 'No {{what}} this month: nothing accrues while an installment plan runs.',
    installment:
      'Installment {{number}} of {{of}}: {{amount}} = principal {{principal}} + interest and fees {{interest}} (principal left {{remaining}}, {{method}}, rate {{rate}}).',
    methods: { equalPayment: 'equal payments', flatFee: 'flat fee per installment' },
    dueRules: {
      installment: 'Due {{amount}}: the amount the installment agreement sets for this month.',
      settlement: 'Due {{amount}}: the amount agreed for the one-off settlement.',
      savingForSettlement:
        'Due {{amount}}: what to set aside this month for the one-off settlement.',
      arrears:
        'Due {{amount}}: the debt is overdue, so the lender demands all arrears (overdue principal + interest + penalty interest + fees).',
      minimum: "Due {{amount}}: this month's minimum payment.",
      noMinimum: 'Due {{amount}}: this debt has no minimum payment.',
    },
    minimumRules: {
      percentOfBalance:
        'Minimum payment = {{percent}}% of the balance, at least {{floor}}, never more than the balance.',
      fixed: 'Minimum payment: a fixed {{amount}} a month, never more than the balance.',
      interestPlusPercent:
        'Minimum payment = {{percent}}% of the principal + all interest, penalty interest and fees, at least {{floor}}, never more than the balance.',
      none: 'The contract sets no minimum payment.',
    },
    payment:
      'Paid {{total}}: fees {{fees}} first, then penalty interest {{penalty}}, then interest {{interest}}, and principal {{principal}} last.',
    paymentSplit: '{{towardsDue}} of it covers what was due; {{surplus}} is paid on top.',
    noPayment: 'Nothing was paid to this debt this month.',
    shortfall: '{{amount}} less than was due: not paid in full.',
    lateFeePercent:
      'Late fee {{amount}} = shortfall {{shortfall}} × {{percent}}% = {{exact}}{{min}}{{max}}.',
    lateFeeNoFeeOnFees:
      'Of the {{shortfall}} not paid, {{fees}} is unpaid late fees, and no fee is charged on fees: the fee is worked out on {{base}}.',
    lateFeePercentOfBase:
      'Late fee {{amount}} = shortfall without fees {{shortfall}} × {{percent}}% = {{exact}}{{min}}{{max}}.',
    lateFeeCapped: 'Charged {{amount}}: {{cut}} less, to stay within what a court would uphold.',
    lateFeeMin: ', at least {{min}}',
    lateFeeMax: ', at most {{max}}',
    lateFeeFixed: 'Late fee {{amount}}: a fixed fee whenever a due is not paid in full.',
    lateFeeNone: 'The contract has no late fee, so none is charged.',
    noShortfall: 'What was due is paid in full, so there is no late fee.',
    balance:
      'Balance at the end of the month {{balance}} = principal {{principal}} + interest {{interest}} + penalty interest {{penalty}} + fees {{fees}}.',
    forgiven: '{{amount}} forgiven on settlement.',
    state: 'State at the end of the month: {{state}}.',
    outcomes: {
      paidOff: 'Paid off this month.',
      settled: 'Settled this month under the one-off settlement; the rest is forgiven.',
      settlementFailed: 'The settlement was not paid as agreed and has lapsed.',
      installmentPaid: 'The installment plan is fully paid.',
      agreementBroken:
        'The agreement was not kept this month and is broken: waivers are lost and what remains is overdue again at the original rates.',
      fellBehind: 'The minimum payment was not met this month: the debt is now overdue.',
    },
    waiver:
      'Waiver takes effect ({{date}}): penalty interest {{penalty}}, interest {{interest}}, fees {{fees}}.',
    installmentStart:
      'Installment plan starts ({{date}}): balance {{balance}}, waived {{waived}}, {{months}} installments, {{total}} in all, {{level}} each.',
    capacity:
      'Available for debts {{capacity}} = income {{income}} − fixed costs {{fixedCosts}} − other debts that must be paid {{obligations}} − safety reserve {{reserve}}{{limit}}.',
    capacityLimited: ', capped by the payment limit',
    capacityExtras: ', plus {{extras}} set aside for the debts',
    deficit:
      'Shortfall {{deficit}}: income {{income}} does not cover fixed costs {{fixedCosts}}, other debts {{obligations}} and the safety reserve {{reserve}}.',
    noDeficit: 'No shortfall this month: income covers fixed costs, other debts and the reserve.',
    paid: 'Paid in total {{paid}} = {{parts}}',
    nothingPaid: 'Nothing was paid to any debt this month.',
    unallocated:
      'Unallocated {{amount}}: money available this month that was left after every due and planned extra payment.',
  },
};
