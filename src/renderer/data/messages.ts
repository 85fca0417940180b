import type { Widen } from '../i18n/widen';

export const dataZh = {
  title: '导入、导出与备份',
  intro: '数据只保存在这台电脑上。定期导出备份，换电脑或重装系统时可以完整恢复。',
  backupTitle: '完整备份',
  backupText:
    '备份包含所有内容：设置、预算、债务、协商约定和还款记录（连同收据图片）。文件带校验码，恢复前会完整检查。',
  backupTooLarge:
    '备份会有 {{size}} MB，超过备份文件的上限 {{limit}} MB，所以没有写入：这么大的文件恢复时读不回来。占地方的是收据图片——在“还款记录”里去掉一些不再需要的收据图片（还款本身会保留），再备份。',
  exportBackup: '导出备份',
  restoreBackup: '从备份恢复…',
  backupFileName: '上岸备份-{{date}}.json',
  scenarioTitle: '情景文件',
  scenarioText:
    '情景文件只包含计划所需的预算和债务（规划模型 §11 格式），可以交给咨询师，也可以用命令行 plan 计算。',
  exportScenario: '导出情景',
  importScenario: '导入情景…',
  scenarioFileName: '上岸情景-{{date}}.json',
  noDebtsToExport: '还没有录入任何债务，暂时没有可以导出的情景。',
  saved: '已保存为“{{name}}”。',
  saveFailed: '文件没有保存：{{reason}}',
  previewTitle: '即将恢复的内容',
  previewCreated: '备份时间：{{date}}',
  previewCounts:
    '{{debts}} 笔债务、{{incomes}} 项收入、{{fixedCosts}} 项固定开支、{{obligations}} 项其他必还债务、{{agreements}} 项约定',
  previewDebts: '债务：{{names}}',
  previewPlans: '另有 {{count}} 个方案。',
  previewPrincipal: '本金合计：{{amount}}',
  scenarioPreviewTitle: '即将导入的情景',
  scenarioPreviewStart: '余额截至：{{date}}',
  replaceWarning: '这会替换当前的全部数据。建议先导出一份备份。',
  confirmRestore: '恢复，替换当前数据',
  confirmImport: '导入，替换当前数据',
  cancel: '取消',
  /** Between a field's path and what is wrong with it. */
  pathEnd: '：',
  restored: '已恢复，数据已替换。',
  imported: '已导入情景“{{name}}”。',
  openFailed: {
    tooLarge: '文件太大（超过 20 MB），不是上岸的文件。',
    unreadable: '无法读取这个文件。',
  },
  problems: {
    notJson: '“{{name}}”不是 JSON 文件，无法恢复。数据没有改变。',
    damaged: '“{{name}}”已损坏或不完整（可能没有下载完）。数据没有改变。',
    foreign: '“{{name}}”不是上岸的备份文件。数据没有改变。',
    newerVersion:
      '“{{name}}”由更新版本的上岸创建（备份格式 {{version}}），请先升级上岸。数据没有改变。',
    checksum: '“{{name}}”在备份后被修改过（校验码不符），为安全起见不予恢复。数据没有改变。',
    invalid: '“{{name}}”中有无效的内容，无法恢复。数据没有改变。问题位置：{{paths}}',
  },
  scenarioInvalid: '“{{name}}”不能导入，数据没有改变。请修改以下问题：',
  restoring: '正在恢复…',
  importing: '正在导入…',
  restoreFailed: '恢复失败，数据没有改变。',
  importFailed: '导入失败，数据没有改变。',
  autoTitle: '自动备份',
  autoText:
    '上岸在启动时和每次修改后约 30 秒自动备份到本机的应用数据文件夹，保留最近 10 份，以及最近 30 天每天一份。',
  autoBrowser:
    '浏览器模式不保存自动备份。这里只保留恢复或导入前的数据（安全备份，保留 30 天），它和数据存放在同一个浏览器里，不能代替备份：请用上面的“导出备份”定期手动备份。',
  autoSafety: '恢复或导入前的数据',
  safetyKept: '替换前的数据已保存为安全备份，可以在下面的“自动备份”中找回（保留 30 天）。',
  safetyFailed:
    '替换前没能保存当前数据的安全备份（{{reason}}），所以没有替换任何内容。请先导出备份。',
  autoNone: '还没有自动备份：录入数据后会自动生成。',
  autoSize: '{{kb}} KB',
  autoChoose: '查看并恢复…',
} as const;

export const dataEn: Widen<typeof dataZh> = {
  title: 'Import, export and backups',
  intro:
    'Your data is kept only on this computer. Export a backup regularly: it restores everything on a new computer or after reinstalling.',
  backupTitle: 'Full backup',
  backupText:
    'A backup holds everything: settings, budget, debts, agreements and payments (with their receipt images). It carries a checksum and is checked completely before it is restored.',
  backupTooLarge:
    'The backup would be {{size}} MB, more than the {{limit}} MB a backup file may be, so nothing was written: a file this large could not be read back to restore. Receipt images take the space: remove some you no longer need under Payments (the payments themselves stay), then back up again.',
  exportBackup: 'Export backup',
  restoreBackup: 'Restore from backup…',
  saveFailed: 'The file was not saved: {{reason}}',
  backupFileName: 'ashore-backup-{{date}}.json',
  scenarioTitle: 'Scenario file',
  scenarioText:
    'A scenario file holds just the budget and debts a plan needs, in the format the methodology describes: give it to a counsellor, or compute a plan from it with Ashore’s command-line tool.',
  exportScenario: 'Export scenario',
  importScenario: 'Import scenario…',
  scenarioFileName: 'ashore-scenario-{{date}}.json',
  noDebtsToExport: 'No debts entered yet: there is no scenario to export.',
  saved: 'Saved as "{{name}}".',
  previewTitle: 'What will be restored',
  previewCreated: 'Backed up: {{date}}',
  previewCounts:
    '{{debts}} debts, {{incomes}} incomes, {{fixedCosts}} fixed costs, {{obligations}} obligations, {{agreements}} agreements',
  previewDebts: 'Debts: {{names}}',
  previewPlans_one: 'With {{count}} saved plan.',
  previewPlans: 'With {{count}} saved plans.',
  previewPrincipal: 'Total principal: {{amount}}',
  scenarioPreviewTitle: 'What will be imported',
  scenarioPreviewStart: 'Balances as of: {{date}}',
  replaceWarning: 'This replaces all current data. Consider exporting a backup first.',
  confirmRestore: 'Restore and replace current data',
  confirmImport: 'Import and replace current data',
  cancel: 'Cancel',
  pathEnd: ': ',
  restored: 'Restored: the data has been replaced.',
  imported: 'Imported scenario "{{name}}".',
  openFailed: {
    tooLarge: 'The file is too large (over 20 MB): it is not an Ashore file.',
    unreadable: 'The file could not be read.',
  },
  problems: {
    notJson: '"{{name}}" is not a JSON file and cannot be restored. Nothing was changed.',
    damaged:
      '"{{name}}" is damaged or incomplete (perhaps not fully downloaded). Nothing was changed.',
    foreign: '"{{name}}" is not an Ashore backup. Nothing was changed.',
    newerVersion:
      '"{{name}}" was made by a newer Ashore (backup format {{version}}): update Ashore first. Nothing was changed.',
    checksum:
      '"{{name}}" was changed after it was backed up (checksum mismatch) and is not restored, to be safe. Nothing was changed.',
    invalid:
      '"{{name}}" contains invalid data and cannot be restored. Nothing was changed. Where: {{paths}}',
  },
  scenarioInvalid: '"{{name}}" cannot be imported; nothing was changed. Please fix:',
  restoring: 'Restoring…',
  importing: 'Importing…',
  restoreFailed: 'The restore failed; nothing was changed.',
  importFailed: 'The import failed; nothing was changed.',
  autoTitle: 'Automatic backups',
  autoText:
    'Ashore backs up automatically to its data folder on this computer at start and about 30 seconds after each change, keeping the last 10 and one a day for the last 30 days.',
  autoBrowser:
    'Browser mode keeps no automatic backups. It keeps only the data as it was before a restore or import (safety backups, for 30 days), in the same browser storage as the data, so they are no substitute for a backup: use "Export backup" above regularly.',
  autoSafety: 'Before a restore or import',
  safetyKept:
    'The data as it was before is kept as a safety backup: find it under "Automatic backups" below (kept for 30 days).',
  safetyFailed:
    'The current data could not be kept as a safety backup before replacing it ({{reason}}), so nothing was replaced. Export a backup first.',
  autoNone: 'No automatic backups yet: they are made once you have entered data.',
  autoSize: '{{kb}} KB',
  autoChoose: 'Preview and restore…',
};
