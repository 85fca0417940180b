import type { Widen } from '../i18n/widen';

export const checkInZh = {
  title: '核对余额',
  intro:
    '打开机构的 App，把今天显示的欠款填在这里。Ashore 会和自己算出的数字对比：对不上，可能是利率填错了，或者漏了一笔费用。',
  open: '核对“{{name}}”的余额',
  formTitle: '“{{name}}”的 App 今天显示',
  split: 'App 分别显示本金、利息、罚息和费用',
  splitHint: '没有分开显示时，只填总欠款；重新开始计划时，全部按本金算。',
  total: '总欠款',
  principal: '本金',
  interest: '利息',
  penalty: '罚息',
  fees: '费用（违约金、滞纳金等）',
  partsHint: '没有的项留空，按 0 算。',
  overduePrincipal: '其中逾期本金（可选）',
  overduePrincipalHint: 'App 显示“逾期金额/逾期本金”时填写；重新开始计划时会用到。',
  note: '备注',
  noteHint: '例如：App 上的账单日、截图的位置。',
  save: '保存核对',
  cancel: '取消',
  saveFailed: '没能保存这次核对：{{detail}}',
  problems: {
    amount: '请填写 0 或更大的金额，最多两位小数，例如 312.40。',
    required: '请填写这一项。',
    overOwed: '逾期本金不能多于本金。',
  },
  ashore: 'Ashore 的数字：{{amount}}',
  ashoreHow:
    '按计划，{{asOf}} 的余额是 {{planned}}，减去之后记录的还款 {{paidSince}}（今天之前的）。{{asOf}} 之后产生的利息不在里面。',
  ashoreHowNoPayments: '按计划，{{asOf}} 的余额是 {{planned}}。{{asOf}} 之后产生的利息不在里面。',
  partDiffers: '{{part}}：机构 {{lender}}，Ashore {{ashore}}',
  noFigure: '计划从 {{start}} 开始，在那之前 Ashore 没有自己的数字。',
  verdict: {
    more: '机构显示的比 Ashore 多 {{amount}}：可能是利率填错了，或者漏了一笔费用。',
    less: '机构显示的比 Ashore 少 {{amount}}：可能有一笔还款没记，或者机构减免了一部分。',
    matches: '和 Ashore 的数字一致（相差不超过 {{tolerance}}）。',
  },
  historyTitle: '“{{name}}”的核对记录',
  columns: {
    date: '日期',
    lender: '机构显示',
    ashore: 'Ashore',
    difference: '差额',
    actions: '操作',
  },
  splitText: '本金 {{principal}}，利息 {{interest}}，罚息 {{penalty}}，费用 {{fees}}',
  matchesShort: '一致',
  delete: '删除',
  deleted: '已删除一条核对记录。',
  saved: '已保存核对。',
  rebase: {
    title: '按机构的数字重新开始计划',
    explain:
      '从今天起，计划以各机构 App 今天显示的欠款为准。已记录的还款留在还款记录里，原来的基准计划仍然是进度图里的对照；之前的协议已经反映在机构的数字里，不再重复计算。今天记录的还款算在新计划里：如果今天已经还过，请填还款之前的欠款。',
    start: '从今天起按机构的数字重新开始',
    confirm:
      '确定从 {{date}} 起按机构的数字重新开始计划？各笔债务的余额会换成今天核对的数字。之后可以撤销。',
    yes: '重新开始',
    no: '先不要',
    done: '计划已从 {{date}} 起按机构的数字重新开始。',
    undone: '已按机构的数字重新开始计划。',
    needs: '重新开始之前：',
    problems: {
      beforeStart: '计划从 {{start}} 才开始，今天还不能重新开始。',
      noCheckIn: '“{{name}}”今天还没有核对。',
      cleared:
        '“{{name}}”在机构那里显示已还清：计划不能从 0 的余额开始，所以有还清的债务时不能重新开始。核对的差额照样有用；计划本身会把它算作还清。',
      installment:
        '“{{name}}”正在按分期协议还款：协议的还款计划不是机构的余额，重新开始会把分期从头算起。等分期结束，或者在“债务”里按剩余期数重新录入协议。',
    },
  },
};

export const checkInEn: Widen<typeof checkInZh> = {
  title: 'Check balances with the lenders',
  intro:
    "Open the lender's app and enter the balance it shows today. Ashore compares it with its own figure: when they differ, a rate may be wrong, or a fee was missed.",
  open: 'Check the balance of "{{name}}"',
  formTitle: 'What the app of "{{name}}" shows today',
  split: 'The app shows principal, interest, penalty and fees apart',
  splitHint:
    'When it shows no split, enter the total only; starting the plan anew then counts it all as principal.',
  total: 'Total owed',
  principal: 'Principal',
  interest: 'Interest',
  penalty: 'Penalty interest',
  fees: 'Fees (late fees, charges)',
  partsHint: 'Leave a part empty when there is none: it counts as 0.',
  overduePrincipal: 'Of the principal, overdue (optional)',
  overduePrincipalHint:
    'When the app shows an overdue amount; it is used when the plan starts anew.',
  note: 'Note',
  noteHint: "For example: the app's statement date, where the screenshot is.",
  save: 'Save the check',
  cancel: 'Cancel',
  saveFailed: 'The check could not be saved: {{detail}}',
  problems: {
    amount: 'Enter an amount of 0 or more, with at most two decimals, e.g. 312.40.',
    required: 'Enter this amount.',
    overOwed: 'The overdue principal cannot be more than the principal.',
  },
  ashore: "Ashore's figure: {{amount}}",
  ashoreHow:
    'The plan has {{planned}} on {{asOf}}, less {{paidSince}} recorded as paid since (before today). Interest since {{asOf}} is not in it.',
  ashoreHowNoPayments:
    'The plan has {{planned}} on {{asOf}}. Interest since {{asOf}} is not in it.',
  partDiffers: '{{part}}: the lender {{lender}}, Ashore {{ashore}}',
  noFigure: 'The plan starts on {{start}}: before then Ashore has no figure of its own.',
  verdict: {
    more: 'The lender shows {{amount}} more than Ashore: a rate may be wrong, or a fee was missed.',
    less: 'The lender shows {{amount}} less than Ashore: a payment may not be recorded, or the lender waived part.',
    matches: "It matches Ashore's figure (within {{tolerance}}).",
  },
  historyTitle: 'Checks of "{{name}}"',
  columns: {
    date: 'Date',
    lender: 'Lender shows',
    ashore: 'Ashore',
    difference: 'Difference',
    actions: 'Actions',
  },
  splitText: 'principal {{principal}}, interest {{interest}}, penalty {{penalty}}, fees {{fees}}',
  matchesShort: 'matches',
  delete: 'Delete',
  deleted: 'A check was deleted.',
  saved: 'The check is saved.',
  rebase: {
    title: "Start the plan anew with the lenders' figures",
    explain:
      "From today the plan starts from the balances the lenders' apps show today. The recorded payments stay in the log, and the old baseline stays the yardstick of the progress chart; earlier agreements are already in the lenders' figures and are not counted again. A payment dated today counts in the new plan: if you paid today, enter the balance from before that payment.",
    start: "Start anew from today with the lenders' figures",
    confirm:
      "Start the plan anew on {{date}} with the lenders' figures? Each debt's balance becomes the figure checked today. You can undo it.",
    yes: 'Start anew',
    no: 'Not now',
    done: "The plan starts anew on {{date}} with the lenders' figures.",
    undone: "The plan was started anew with the lenders' figures.",
    needs: 'Before the plan can start anew:',
    problems: {
      beforeStart: 'The plan only starts on {{start}}: it cannot start anew before then.',
      noCheckIn: '"{{name}}" has not been checked today.',
      cleared:
        '"{{name}}" shows as cleared at the lender: a plan cannot start from a balance of 0, so it cannot start anew while a debt is cleared. The difference checked still helps; the plan itself counts the debt as paid off.',
      installment:
        '"{{name}}" is paying an installment agreement: its schedule is not the lender\'s balance, and starting anew would start the installments over. Wait until it ends, or enter the agreement again under Debts with the months left.',
    },
  },
};
