import type { Widen } from '../i18n/widen';

export const formsZh = {
  rateUnit: '利率单位',
  percentPer: { daily: '% / 日', monthly: '% / 月', annual: '% / 年' },
  rateConversion: '= 日 {{daily}}% = 月 {{monthly}}% = 年 {{annual}}%',
  /** A rate with its unit, e.g. in the list of debts. */
  rateValue: '{{percent}} {{unit}}',
  save: '保存',
  cancel: '取消',
  add: '添加',
  edit: '编辑',
  delete: '删除',
  undo: '撤销',
  deleted: '已删除“{{name}}”。',
  unsavedErrors: '有 {{count}} 处需要修改，改好后才能保存。',
  typical: '典型条款——请以你的合同为准',
  calendarPlaceholder: { month: '年-月', date: '年-月-日' },
  calendarHint: { month: '例如 2027-03 或 2027年3月', date: '例如 2026-10-09 或 2026年10月9日' },
} as const;

export const formsEn: Widen<typeof formsZh> = {
  rateUnit: 'Rate unit',
  percentPer: { daily: '%/day', monthly: '%/month', annual: '%/year' },
  rateConversion: 'That is {{daily}}%/day, {{monthly}}%/month or {{annual}}%/year.',
  rateValue: '{{percent}}{{unit}}',
  save: 'Save',
  cancel: 'Cancel',
  add: 'Add',
  edit: 'Edit',
  delete: 'Delete',
  undo: 'Undo',
  deleted: 'Deleted "{{name}}".',
  unsavedErrors_one: '{{count}} field needs fixing before this can be saved.',
  unsavedErrors: '{{count}} fields need fixing before this can be saved.',
  typical: 'Typical terms — check your contract',
  calendarPlaceholder: { month: 'YYYY-MM', date: 'YYYY-MM-DD' },
  calendarHint: { month: 'e.g. 2027-03', date: 'e.g. 2026-10-09' },
};
