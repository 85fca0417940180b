import type { Widen } from '../i18n/widen';

export const crashZh = {
  title: '这一部分出错了',
  text: '已经保存的数据都还在这台电脑上，没有受到影响。可以先导出一份备份，再重新加载。',
  reload: '重新加载',
  exportBackup: '导出备份',
  exported: '备份已保存为“{{name}}”。',
  exportFailed: '备份没有导出：{{reason}}',
  details: '技术细节',
} as const;

export const crashEn: Widen<typeof crashZh> = {
  title: 'Something went wrong here',
  text: 'Everything already saved is still on this computer, untouched. You can export a backup first, then reload.',
  reload: 'Reload',
  exportBackup: 'Export backup',
  exported: 'Backup saved as “{{name}}”.',
  exportFailed: 'The backup was not exported: {{reason}}',
  details: 'Technical details',
};
