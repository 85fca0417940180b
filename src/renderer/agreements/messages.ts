import type { Widen } from '../i18n/widen';

export const agreementTextZh = {
  waiver: '{{date}} 起减免：{{parts}}',
  installment:
    '{{date}} 起分期 {{months}} 期，{{method}}，月利率 {{rate}}%{{interestStop}}{{waived}}',
  settlement: '{{date}} 一次性结清，支付 {{amount}}，其余免除',
  interestStop: '（停息挂账）',
  withWaiver: '，并{{parts}}',
  methods: { equalPayment: '等额本息', flatFee: '按期收手续费' },
  waiveAll: { penalty: '免除全部罚息', interest: '免除全部利息', fees: '免除全部违约金' },
  waiveAmount: {
    penalty: '罚息 {{amount}}',
    interest: '利息 {{amount}}',
    fees: '违约金 {{amount}}',
  },
  and: '、',
  status: { proposed: '已提出', agreed: '已同意', refused: '被拒绝' },
} as const;

export const agreementTextEn: Widen<typeof agreementTextZh> = {
  waiver: 'Waiver from {{date}}: {{parts}}',
  installment:
    'Installment plan from {{date}}: {{months}} months, {{method}}, monthly rate {{rate}} %{{interestStop}}{{waived}}',
  settlement: 'One-off settlement on {{date}}: pay {{amount}}, the rest forgiven',
  interestStop: ' (interest stopped)',
  withWaiver: ', {{parts}}',
  methods: { equalPayment: 'equal payments', flatFee: 'flat monthly fee' },
  waiveAll: {
    penalty: 'all penalty waived',
    interest: 'all interest waived',
    fees: 'all fees waived',
  },
  waiveAmount: {
    penalty: 'penalty {{amount}}',
    interest: 'interest {{amount}}',
    fees: 'fees {{amount}}',
  },
  and: ', ',
  status: { proposed: 'proposed', agreed: 'agreed', refused: 'refused' },
};
