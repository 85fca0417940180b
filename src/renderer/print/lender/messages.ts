import type { Widen } from '../../i18n/widen';

/** The packet for one lender: the document, and the workspace's panel that makes it. */
export const packetZh = {
  title: '致{{lender}}：个人情况与还款方案',
  madeOn: '制作日期：{{date}}',
  balancesAsOf: '余额截至：{{date}}',
  notFound: '没有找到这笔债务：它可能已被删除。',
  debt: '这笔欠款',
  total: '合计',
  overdueDays: '已逾期 {{days}} 天（自 {{since}} 起）。',
  overdueUnknown: '逾期开始日期未记录。',
  situation: '我的情况',
  situationTotals:
    '每月收入 {{income}}，固定开支 {{fixedCosts}}，其他必还款项 {{obligations}}，安全储备 {{reserve}}。',
  affordable: '每月最多能用于还所有债务的钱：{{amount}}。',
  deficit: '收入不足以覆盖必要开支：每月缺口 {{amount}}。',
  proposal: '还款方案',
  noProposal: '还没有记录方案或协议。',
  status: { proposed: '（提议中）', agreed: '（已达成）' },
  installment:
    '分期：本金 {{amount}}，{{months}} 期，每期 {{payment}}，总成本 {{totalCost}}，年化利率（IRR）{{apr}}%。',
  outcome:
    '按此计划，共还给贵方 {{paid}}，其中利息、罚息和费用 {{cost}}；预计还清日期：{{payoff}}。',
  ifAccepted: '以下数字假定贵方接受所提方案：{{terms}}。',
  outcomeIfAccepted:
    '如接受此方案，共还给贵方 {{paid}}，其中利息、罚息和费用 {{cost}}；预计还清日期：{{payoff}}。',
  notPaidOff: '计划期内无法还清',
  why: '为什么这是能如实承担的最多数额',
  whyText:
    '上面的每月数额是收入减去必要生活开支、其他必须偿还的款项和一笔小额安全储备后剩下的全部。计划把它分配给所有债务，不靠借新还旧；承诺更多，就意味着承诺一个做不到的数额。',
  whyFits: '按这个方案，计划能从上面每月 {{affordable}} 中按时足额支付它要求的每一笔。',
  whyShort: '注意：按这个方案，{{month}} 将无法足额支付；承诺它就意味着承诺一个做不到的数额。',
  whyDeficit:
    '目前收入连必要开支都不够：任何承诺都会超出能力。我会先稳定收入，再提出可以兑现的方案。',
  schedule: '每月还款计划',
  scheduleIfAccepted: '接受方案后的每月还款计划',
  month: '月份',
  due: '应还',
  payment: '计划还款',
  balance: '月末余额',
  others: '其他债务（只列数量和总额）',
  othersLine: '另有 {{count}} 笔其他债务，共欠 {{total}}；每月的还款能力由所有债务共同分配。',
  statement: '情况说明',
  evidence: '证明材料清单',
  // The workspace's panel.
  open: '导出给此机构的材料',
  panelTitle: '给{{lender}}的材料',
  panelIntro: '只包含这家机构需要知道的内容：不含其他机构的名称、沟通记录或其他情况说明。',
  language: '语言',
  privacy: '我的情况显示多少',
  privacyLevel: {
    full: '完整预算明细',
    totals: '只显示各项合计',
    capacity: '只显示每月还款能力',
  },
  includeOthers: '附上其他债务的数量和总额',
  statementNote: '情况说明按你保存的原文附上；请确认其中没有你不想让这家机构知道的内容。',
  noStatement: '还没有为这家机构保存情况说明：材料中将不含情况说明。',
  includePayments: '附上我给这家机构的还款记录',
  paymentsHint:
    '已记录 {{count}} 笔，合计 {{amount}}：只附给这家机构的还款（日期、金额、方式、备注；截图只标注“已附截图”，不附图片）。',
  noPayments: '还没有记录给这家机构的还款。',
  exportPdf: '导出 PDF…',
  copy: '复制情况说明和方案',
  copied: '已复制，可以粘贴到机构的在线客服对话中。',
  copyFailed: '无法写入剪贴板：请用“保存为文本”。',
  saveText: '保存为文本…',
  textFileName: '{{lender}}-情况说明-{{date}}.txt',
  pdfFileName: '{{lender}}-协商材料-{{date}}.pdf',
  textSaved: '已保存“{{name}}”。',
  textProposal: '还款方案：',
} as const;

export const packetEn: Widen<typeof packetZh> = {
  title: 'To {{lender}}: my situation and repayment proposal',
  madeOn: 'Made on {{date}}',
  balancesAsOf: 'Balances as of {{date}}',
  notFound: 'This debt was not found: it may have been deleted.',
  debt: 'This debt',
  total: 'Total',
  overdueDays: 'Overdue for {{days}} days (since {{since}}).',
  overdueUnknown: 'The date it fell overdue is not recorded.',
  situation: 'My situation',
  situationTotals:
    'Monthly income {{income}}, fixed costs {{fixedCosts}}, other obligations {{obligations}}, safety reserve {{reserve}}.',
  affordable: 'The most I can pay towards all my debts each month: {{amount}}.',
  deficit: 'My income does not cover essential costs: {{amount}} short each month.',
  proposal: 'Repayment proposal',
  noProposal: 'No proposal or agreement recorded yet.',
  status: { proposed: ' (proposed)', agreed: ' (agreed)' },
  installment:
    'Installments: principal {{amount}}, {{months}} months, {{payment}} a month, total cost {{totalCost}}, effective annual rate (IRR) {{apr}}%.',
  outcome:
    'Under this plan you are paid {{paid}} in all, of which {{cost}} is interest, penalty and fees; expected to be paid off on {{payoff}}.',
  ifAccepted: 'The figures below assume you accept the proposal: {{terms}}.',
  outcomeIfAccepted:
    'If you accept it, you are paid {{paid}} in all, of which {{cost}} is interest, penalty and fees; expected to be paid off on {{payoff}}.',
  notPaidOff: 'not paid off within the plan',
  why: 'Why this is the most I can honestly pay',
  whyText:
    'The monthly amount above is everything left after income pays for essential living costs, other payments that must be made and a small safety reserve. The plan shares it among all debts without borrowing to repay; promising more would mean promising an amount I cannot pay.',
  whyFits:
    'With this proposal, the plan pays every payment it asks for in full and on time out of the {{affordable}} a month above.',
  whyShort:
    'Caution: with this proposal, the plan could not pay it in full in {{month}}; promising it would mean promising an amount I cannot pay.',
  whyDeficit:
    'My income does not yet cover essential costs: any promise would be beyond my means. I will first stabilise my income, then propose an amount I can keep to.',
  schedule: 'Monthly repayment plan',
  scheduleIfAccepted: 'Monthly repayment plan if you accept the proposal',
  month: 'Month',
  due: 'Due',
  payment: 'Planned payment',
  balance: 'Balance at month end',
  others: 'Other debts (count and total only)',
  othersLine:
    'I have {{count}} other debts owing {{total}} in all; my monthly capacity is shared among all of them.',
  statement: 'Hardship statement',
  evidence: 'List of evidence',
  open: 'Export for this lender',
  panelTitle: 'Documents for {{lender}}',
  panelIntro:
    'Only what this lender needs to know: no other lender’s name, no call notes, no other statement.',
  language: 'Language',
  privacy: 'How much of my situation to show',
  privacyLevel: {
    full: 'Full budget lines',
    totals: 'Totals only',
    capacity: 'Monthly capacity only',
  },
  includeOthers: 'Include the count and total of my other debts',
  statementNote:
    'The hardship statement is included as you saved it: check that it says nothing you do not want this lender to know.',
  noStatement: 'No hardship statement saved for this lender yet: the documents will have none.',
  includePayments: 'Include my payment records to this lender',
  paymentsHint_one:
    '{{count}} payment recorded, {{amount}}: only payments to this lender (date, amount, how, note; a screenshot is marked “attached”, not included).',
  paymentsHint:
    '{{count}} payments recorded, {{amount}} in all: only payments to this lender (date, amount, how, note; a screenshot is marked “attached”, not included).',
  noPayments: 'No payment to this lender recorded yet.',
  exportPdf: 'Export PDF…',
  copy: 'Copy statement and proposal',
  copied: 'Copied: paste it into the lender’s in-app customer-service chat.',
  copyFailed: 'Could not write to the clipboard: use “Save as text” instead.',
  saveText: 'Save as text…',
  textFileName: '{{lender}}-statement-{{date}}.txt',
  pdfFileName: '{{lender}}-documents-{{date}}.pdf',
  textSaved: 'Saved "{{name}}".',
  textProposal: 'Repayment proposal:',
};
