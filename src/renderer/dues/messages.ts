import type { Widen } from '../i18n/widen';

export const duesZh = {
  title: '本月和下月要还的钱',
  intro:
    '按计划和每笔债务的还款日排出的每一笔应还款，旁边是计划当月实际付给它的钱：钱不够时，会少于应还。',
  empty: '本月和下月没有要还的款项。',
  kinds: {
    installment: '分期（停息挂账）',
    settlement: '一次性结清',
    minimum: '最低还款',
    arrears: '逾期欠款',
  },
  breaks: '错过即违约',
  breaksHint: '这一期少还或晚还，协议就可能作废：减免的利息和罚息会恢复。',
  dayUnknown: '未填还款日：按计划月的最后一天计，可在债务页填写。',
  columns: { date: '日期', debt: '债务', kind: '类型', amount: '应还', planned: '按计划付' },
  reminderSoon: '即将到期',
  notifyTitle: '上岸：{{count}} 笔还款快到期了',
  notifyLine: '{{name}} {{amount}}，{{when}}（{{date}}）',
  notifyBreaks: '，错过即违约',
  calendar: {
    export: '导出到手机日历（.ics）',
    exported: '已保存 {{name}}：在手机或电脑上打开它，导入日历。',
    failed: '没能保存日历文件：{{detail}}',
    dueSummary: '还款：{{name}} {{amount}}',
    dueDescription: '{{kind}}。来自上岸的还款计划。',
    breaksDescription: '{{kind}}：错过即违约，请务必按时足额还款。来自上岸的还款计划。',
    followUpSummary: '跟进协商：{{name}}',
    followUpDescription: '上次联系承诺：{{promised}}',
    fileName: '上岸还款日历-{{date}}.ics',
  },
  settings: {
    label: '提前几天提醒还款',
    hint: '在还款日前这么多天弹出系统通知（0 表示当天），启动时和使用中都会检查。',
    invalid: '请填写 0 到 28 之间的整数。',
  },
};

export const duesEn = {
  title: 'Due this month and next',
  intro:
    'Every payment due under the plan, dated by each debt’s due day, beside what the plan pays it that month: less than what is due when the money does not stretch.',
  empty: 'Nothing is due this month or next.',
  kinds: {
    installment: 'Installment',
    settlement: 'Settlement',
    minimum: 'Minimum payment',
    arrears: 'Overdue amount',
  },
  breaks: 'Missing this breaks the agreement',
  breaksHint:
    'Paying this installment late or short can void the agreement: the waived interest and penalty come back.',
  dayUnknown:
    'No due day entered: dated on the last day of the plan’s month. Add it on the Debts page.',
  columns: { date: 'Date', debt: 'Debt', kind: 'Kind', amount: 'Due', planned: 'The plan pays' },
  reminderSoon: 'Due soon',
  notifyTitle: 'Ashore: payments due soon ({{count}})',
  notifyLine: '{{name}} {{amount}}, {{when}} ({{date}})',
  notifyBreaks: ' — missing it breaks the agreement',
  calendar: {
    export: 'Export to your phone’s calendar (.ics)',
    exported: 'Saved {{name}}: open it on your phone or computer to add it to the calendar.',
    failed: 'Could not save the calendar file: {{detail}}',
    dueSummary: 'Pay {{name}} {{amount}}',
    dueDescription: '{{kind}}. From your Ashore plan.',
    breaksDescription:
      '{{kind}}: missing this breaks the agreement; pay it in full and on time. From your Ashore plan.',
    followUpSummary: 'Follow up: {{name}}',
    followUpDescription: 'Promised last time: {{promised}}',
    fileName: 'ashore-dues-{{date}}.ics',
  },
  settings: {
    label: 'Days before a due to remind you',
    hint: 'A system notification this many days before each due (0: on the day), checked at start-up and while the app runs.',
    invalid: 'Enter a whole number from 0 to 28.',
  },
} satisfies Widen<typeof duesZh>;
