import type { Widen } from '../i18n/widen';

export const progressZh = {
  title: '进度',
  follow: '按这个计划执行',
  followHint: '把现在的计划定为基准：之后每个月都会对照它，看你是按计划还是落后了。',
  chosenOn: '基准计划定于 {{date}}。',
  replace: '换成现在的计划',
  replaceConfirm: '用现在的计划替换 {{date}} 定下的基准？之前的对照会从新的基准重新算起。',
  replaceYes: '替换基准',
  replaceNo: '保留原基准',
  saved: '已定为基准计划（{{date}}）。',
  status: {
    notStarted: '第一个月还没过完：月底之后这里会显示你是否按计划进行。',
    onTrack: '按计划进行中：已过去 {{count}} 个月，余额不高于计划。',
    behind: '落后于计划：余额比计划多 {{amount}}。补上差额，或调整计划。',
  },
  repaid: '离上岸：已还 {{percent}}',
  cleared: '已还清 {{count}} 笔债务',
  milestone: '🎉 {{name}} 已经还清了！又少了一笔。',
  sinceMiss: '距上一次少还：{{months}} 个月',
  noMiss: '到目前为止没有少还过一期。',
  columns: { debt: '债务', planned: '计划已还', paid: '实际已还' },
  chart: {
    title: '基准计划和实际余额',
    caption: '实线是定基准时计划的剩余欠款，虚线是按实际还款算出的剩余欠款。',
    baseline: '基准计划',
    lived: '实际',
    date: '日期',
  },
};

export const progressEn = {
  title: 'Progress',
  follow: 'Follow this plan',
  followHint:
    'Makes today’s plan the baseline: each month is then checked against it, on track or behind.',
  chosenOn: 'Baseline chosen on {{date}}.',
  replace: 'Replace with the current plan',
  replaceConfirm:
    'Replace the baseline chosen on {{date}} with the current plan? Progress is then measured from the new one.',
  replaceYes: 'Replace the baseline',
  replaceNo: 'Keep the baseline',
  saved: 'Baseline set ({{date}}).',
  status: {
    notStarted:
      'The first month is not over yet: after it ends, this shows whether you are on track.',
    onTrack_one: 'On track: 1 month in, the balance is no higher than planned.',
    onTrack: 'On track: {{count}} months in, the balance is no higher than planned.',
    behind:
      'Behind the plan: the balance is {{amount}} more than planned. Catch up, or adjust the plan.',
  },
  repaid: 'On the way to debt-free: {{percent}} repaid',
  cleared: 'Debts cleared: {{count}}',
  milestone: '🎉 {{name}} is paid off! One fewer.',
  sinceMiss: 'Months since a due was paid short: {{months}}',
  noMiss: 'No due paid short so far.',
  columns: { debt: 'Debt', planned: 'Planned so far', paid: 'Paid so far' },
  chart: {
    title: 'Baseline and actual balance',
    caption:
      'The solid line is what was planned to be owed when the baseline was chosen; the dashed line is what is owed after the payments made.',
    baseline: 'Baseline',
    lived: 'Actual',
    date: 'Date',
  },
} satisfies Widen<typeof progressZh>;
