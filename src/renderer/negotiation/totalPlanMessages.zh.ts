/** 协商总方案: the panel on the negotiation page and the statement's sentence about it. */
export const totalPlanZh = {
  title: '协商总方案',
  intro:
    '把所有欠款放在一起考虑：向各家提出的方案合起来不超过你每月能还的钱，任何一家的协议都不会因为另一家的还款而违约。',
  build: '制定总方案',
  computing: '正在计算总方案……',
  unavailable: '欠款或预算中有错误，暂时无法制定总方案。',
  term: '向每家提出相同期数：{{months}} 期。每家每月所得与其欠款成比例。',
  noTerm: '这套方案不需要分期。',
  keepAll: '保持现有条款就能按时还上每一笔，不需要提出新的协商。',
  effect: '整套方案同意后：总成本 {{cost}}，预计 {{date}} 还清。',
  effectNever: '整套方案同意后：总成本 {{cost}}，计划期限内还不清。',
  table: '向各家提出的要求',
  lender: '出借方',
  request: '提出的要求',
  monthly: '每月还款',
  totalCost: '总成本（利息、罚息、费用）',
  apr: '年化利率',
  aprBand: {
    withinLpr: '{{apr}}（不超过 4 倍 LPR，即 {{limit}}%）',
    within24: '{{apr}}（超过 4 倍 LPR {{limit}}%，不超过 24%）',
    within36: '{{apr}}（超过 24%，不超过 36%）',
    above36: '{{apr}}（超过 36%）',
  },
  none: '—',
  open: '打开与“{{lender}}”的协商',
  keep: '保持现有条款',
  refusedKeep: '已拒绝：保持现有条款，不再向其提出',
  settlementPaid: '{{amount}}（一次性）',
  chart: {
    title: '每月向各家承诺的还款',
    caption:
      '整套方案同意后，每月应还各家的金额叠加在一起，虚线是每月可用于还款的钱。柱子都在虚线以内，承诺就都能兑现。',
    capacity: '每月可还',
  },
  markAll: '全部标记为已提出',
  markedAll: '已把 {{count}} 项要求记为“已提出”。',
  allMarked: '这些要求都已记为“已提出”。',
  refused: '已拒绝的出借方：{{lenders}}。',
  replan: '绕开已拒绝的出借方，重新安排其余各家',
  replanned: '已绕开 {{lenders}}：它们保持现有条款，可能继续逾期；其余各家的方案仍能同时履行。',
  /** Between two sentences: Chinese sets none, English a space. */
  sentenceGap: '',
  list: '、',
  nothingFits: {
    dateOutsidePlan: '{{date}} 已在计划期限之外，无法制定总方案。请在“欠款”页延长计划期限。',
    missing: '钱不够：即使向每家都提出最长 {{months}} 期的停息挂账，每月仍差 {{missing}}。',
    noAmount: '已经同意的承诺无论每月多还多少都无法全部履行：请先与相关出借方重新协商。',
    noTerm: '计划期限内放不下任何分期：请在“欠款”页延长计划期限。',
    closeIntro: '以下任一项可以补上缺口：',
    cutCosts: '每月固定开支减少 {{amount}}；',
    extra: '每月增加 {{amount}} 的额外收入（例如家人帮助）；',
    settlement:
      '一次性多出 {{extra}}（例如家人帮助）：当月结清“{{lender}}”的全部欠款 {{amount}}，其余各家停息挂账。',
    fallback:
      '钱不够时，先保住这些出借方：{{lenders}}。向它们提出 {{months}} 期停息挂账，其余各家暂时维持现状，等有更多钱时再协商。',
    fallbackNone: '目前连一家的停息挂账也无法履行：先联系出借方说明情况，并寻求更多收入。',
  },
  statement: {
    include: '在情况说明中提及全部欠款（协商总方案）',
    includeHint:
      '说明你共有几家欠款、合计多少、每月能还多少，以及向每家提出相同期数。只写真实情况。',
    whole: '我共有 {{count}} 家欠款，合计 {{total}}；扣除必要开支后，每月最多可还 {{affordable}}。',
    sameTermAll:
      '我向每家都提出相同期数（{{months}} 期）的分期，每家每月所得与其欠款成比例，这样各家的还款能同时兑现。',
    sameTermSome:
      '我向其中 {{asked}} 家提出相同期数（{{months}} 期）的分期，每家每月所得与其欠款成比例，这样各家的还款能同时兑现。',
  },
};
