import type { UiLanguage as Language } from '../../shared/contract';

/**
 * The appendix of the printed plan: the model's conventions in words (the full text, in English,
 * is docs/METHODOLOGY.md). Kept as data so both languages say the same things, section by section.
 */
export const methodology: Record<Language, { title: string; text: string }[]> = {
  'zh-CN': [
    {
      title: '数字与取整',
      text: '所有金额按精确的十进制计算，不使用二进制浮点数。利率可以按日、按月或按年给出，按贷款机构的惯例换算：一年 365 天、12 个月，日利率 0.05% = 年利率 18.25%。计算过程中保留 40 位有效数字，只在记账时四舍五入到分。',
    },
    {
      title: '月份',
      text: '计划从余额截至日开始，每期一个自然月，每期的起点都从开始日期直接推算（1 月 31 日开始，则下一期从 2 月 28/29 日开始）。每期的天数按实际天数计算。每期结束时还款，还款前先计入当期的利息和罚息。',
    },
    {
      title: '还款能力',
      text: '每月可还 = 收入 − 固定开支 − 其他必还债务 − 安全储备。收入和开支可以是每月、每年某月或只有一次。结果为负时当月不还款，并记为缺口。设了还款上限时，每月最多还上限金额。“每月最多可还”只用第一个月的每月固定项目计算，不设上限，也不截到零。当月没用完的钱留到下个月继续使用。',
    },
    {
      title: '利息与罚息',
      text: '利息按未逾期本金计算；罚息按逾期本金计算，合同规定时也按未付利息计算；复利时，未付的利息和罚息也计入罚息基数。按日计息 = 基数 × 日利率 × 当期天数；按月计息 = 基数 × 月利率。利息和罚息分别记账，不并入本金，因此可以单独申请减免。',
    },
    {
      title: '每月应还',
      text: '依次适用：分期协议的当期还款；当期的一次性结清金额；为之后的结清攒钱时为 0；逾期债务为全部欠款（逾期本金、利息、罚息、违约金）；正常债务按最低还款规则。',
    },
    {
      title: '钱怎么分',
      text: '先还分期，再还结清，再还正常债务的最低还款，最后还逾期欠款；同一组内按所选策略排序（雪崩法：每天成本最高的先还；滚雪球法：余额最小的先还；或自定义顺序）。剩余的钱按同样顺序提前还款（分期中的债务不提前还）。每笔还款先抵违约金，再抵罚息、利息，最后抵本金（《民法典》第 561 条）。',
    },
    {
      title: '协议',
      text: '只有“已同意”的协议计入计划。减免按金额或全部减少罚息、利息、违约金。分期（含停息挂账）把余额变成 N 期还款，期间不再产生利息和罚息；某期还不足即视为违约，剩余部分重新按原利率计息。一次性结清在约定的月份足额支付时，其余欠款免除；否则只算普通还款。',
    },
    {
      title: '还不上时',
      text: '应还未还的部分会使正常债务转为逾期，并按合同收取违约金。全部逾期欠款还清后，债务恢复正常。',
    },
    {
      title: '说明',
      text: '本计划是按合同条款推算的模型，不是法律或财务意见。预设的“典型条款”必须以你的合同为准。',
    },
  ],
  en: [
    {
      title: 'Numbers and rounding',
      text: 'All money is exact decimal, never binary floating point. A rate may be given per day, month or year and is converted the way lenders quote it: a year has 365 days and 12 months, so 0.05% a day = 18.25% a year. Calculations keep 40 significant digits and round half-up to the cent only when an amount is posted.',
    },
    {
      title: 'Months',
      text: "The plan starts on the date the balances are as of and runs in calendar months, each boundary counted from the start date (a plan starting 31 January has its next period start on 28 or 29 February). Days are counted exactly. Payments are made at the end of each period, after that period's interest and penalty.",
    },
    {
      title: 'Capacity',
      text: 'What can be paid each month = income − fixed costs − other debts that must be paid − the safety reserve. Items may be monthly, yearly in one month, or one-off. A negative result means nothing is paid that month and the deficit is shown. A payment limit caps each month. The headline "most you can pay each month" uses the first month\'s regular monthly items only, before any limit, and is not cut at zero. Money not needed in a month is carried to the next.',
    },
    {
      title: 'Interest and penalty',
      text: 'Interest is charged on the principal that is not overdue; penalty interest on the overdue principal, also on unpaid interest where the contract says so, and with compounding also on unpaid interest and penalty. Daily accrual = base × daily rate × days; monthly accrual = base × monthly rate. Interest and penalty are kept apart from the principal, so each can be waived.',
    },
    {
      title: 'What is due',
      text: "In order: an installment agreement's installment; a settlement dated this month; nothing while saving for a later settlement; for an overdue debt, all arrears (overdue principal, interest, penalty, fees); for a current debt, its minimum payment rule.",
    },
    {
      title: 'Where the money goes',
      text: "Installments first, then settlements, then minimum payments of current debts, then arrears of overdue debts; within each group in the chosen strategy's order (avalanche: highest daily cost first; snowball: smallest balance first; or your own order). What is left prepays debts in the same order (not debts under an installment plan). Within a debt a payment goes to fees, then penalty, then interest, then principal (PRC Civil Code art. 561).",
    },
    {
      title: 'Agreements',
      text: 'Only agreements the lender has accepted change the plan. A waiver reduces penalty, interest or fees by an amount or entirely. An installment plan (including interest-stop plans) turns the balance into N monthly installments during which nothing accrues; an installment paid short breaks the agreement and the rest accrues again at the original rates. A settlement paid in full in its month clears the rest of the debt; otherwise it is an ordinary payment.',
    },
    {
      title: 'Falling behind',
      text: 'A due not paid in full makes a current debt overdue and may carry a late fee under the contract. Paying all arrears makes the debt current again.',
    },
    {
      title: 'Note',
      text: 'The plan models what the contract terms would do; it is not legal or financial advice. Typical terms offered by the app must be checked against the real contract.',
    },
  ],
};
