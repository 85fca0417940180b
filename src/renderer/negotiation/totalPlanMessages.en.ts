import type { Widen } from '../i18n/widen';
import type { totalPlanZh } from './totalPlanMessages.zh';

export const totalPlanEn: Widen<typeof totalPlanZh> = {
  title: 'One plan for all lenders',
  intro:
    'All your debts considered together: what you ask each lender adds up to no more than you can pay a month, so no agreement breaks because of another.',
  build: 'Build the total plan',
  computing: 'Working out the total plan…',
  unavailable: 'Something in your debts or budget needs fixing before a total plan can be built.',
  term: 'The same term for every lender: {{months}} months. Each receives a share in proportion to what it is owed.',
  noTerm: 'This plan needs no installments.',
  keepAll: 'Keeping the current terms pays every due on time: there is nothing new to ask for.',
  effect: 'With the whole set agreed: total cost {{cost}}, debt-free by {{date}}.',
  effectNever: 'With the whole set agreed: total cost {{cost}}, not debt-free within the plan.',
  table: 'What to ask each lender',
  lender: 'Lender',
  request: 'Request',
  monthly: 'Monthly payment',
  totalCost: 'Total cost (interest, penalty, fees)',
  apr: 'Annual rate (APR)',
  aprBand: {
    withinLpr: '{{apr}} (within 4 × LPR, {{limit}}%)',
    within24: '{{apr}} (above 4 × LPR, {{limit}}%; within 24%)',
    within36: '{{apr}} (above 24%; within 36%)',
    above36: '{{apr}} (above 36%)',
  },
  none: '—',
  open: 'Open the negotiation with "{{lender}}"',
  keep: 'Keep the current terms',
  refusedKeep: 'Refused: keeps its current terms, asked nothing more',
  settlementPaid: '{{amount}} (once)',
  chart: {
    title: 'What you promise each lender, month by month',
    caption:
      'With the whole set agreed, what is due to each lender each month, stacked; the dashed line is the money you have for debts each month. While the bars stay under the line, every promise can be kept.',
    capacity: 'Available each month',
  },
  markAll: 'Mark all as proposed',
  markedAll: '{{count}} requests recorded as proposed.',
  allMarked: 'These requests are all recorded as proposed.',
  refused: 'Lenders that refused: {{lenders}}.',
  replan: 'Re-plan the rest around the lenders that refused',
  replanned:
    'Re-planned around {{lenders}}: they keep their current terms and may fall further behind; the other requests still hold together.',
  /** Between two sentences: Chinese sets none, English a space. */
  sentenceGap: ' ',
  list: ', ',
  nothingFits: {
    dateOutsidePlan:
      '{{date}} is past the end of the plan: no total plan can be built. Extend the plan on the Debts page.',
    missing:
      'There is not enough money: even with every lender on interest-free installments over the longest term, {{months}} months, {{missing}} a month is missing.',
    noAmount:
      'Promises already agreed cannot all be kept, whatever is paid each month: renegotiate with those lenders first.',
    noTerm: 'No installment fits within the plan: extend the plan on the Debts page.',
    closeIntro: 'Any one of these closes the gap:',
    cutCosts: 'cutting fixed costs by {{amount}} a month;',
    extra: 'an extra {{amount}} a month (such as help from family);',
    settlement:
      'a one-off extra of {{extra}} (such as help from family): settle "{{lender}}" in full ({{amount}}) now, the others on interest-free installments.',
    fallback:
      'Until there is more money, protect these lenders first: {{lenders}}. Ask them for interest-free installments over {{months}} months; the others keep their current terms for now, to be negotiated when there is more money.',
    fallbackNone:
      'Not even one lender’s interest-free installments can be kept now: tell your lenders what has happened, and look for more income.',
  },
  statement: {
    include: 'Mention all my debts in the statement (the total plan)',
    includeHint:
      'Says how many lenders you owe, how much in all, what you can pay a month, and that each is offered the same term. Only what is true.',
    whole:
      'I owe {{count}} lenders {{total}} in all; after essential costs, the most I can pay towards all of them is {{affordable}} a month.',
    sameTermAll:
      'I am asking every one of them for installments over the same term, {{months}} months, so that each receives a share in proportion to what it is owed and all the repayments can be kept together.',
    sameTermSome:
      'I am asking {{asked}} of them for installments over the same term, {{months}} months, so that each receives a share in proportion to what it is owed and all the repayments can be kept together.',
  },
};
