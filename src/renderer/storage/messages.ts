import type { Widen } from '../i18n/widen';

export const storageZh = {
  versionChanged:
    '上岸已在另一个窗口中更新了数据库。为避免数据出错，这个窗口已停止保存。请重新加载。',
  blocked: '另一个上岸窗口还在使用旧版本的数据库。请关闭其他上岸窗口，这里会自动继续。',
  reload: '重新加载',
  writeFailed: '保存失败，这次修改没有写入，之前的数据完好无损。原因：{{reason}}',
  quotaExceeded: '保存失败：磁盘空间不足。这次修改没有写入，之前的数据完好无损。请腾出空间后重试。',
  autoBackupFailed: '自动备份没有写入：{{reason}}。数据本身没有受影响。',
  dismiss: '知道了',
  notPersisted:
    '浏览器没有承诺长期保留这里的数据：磁盘空间紧张时，数据可能被清除。请定期导出备份。',
} as const;

export const storageEn: Widen<typeof storageZh> = {
  versionChanged:
    'Ashore updated its database in another window. To keep your data consistent, this window has stopped saving. Please reload.',
  blocked:
    'Another Ashore window is still using the old version of the database. Close the other Ashore windows and this one will continue.',
  reload: 'Reload',
  writeFailed:
    'Saving failed: this change was not written, and your existing data is intact. Reason: {{reason}}',
  quotaExceeded:
    'Saving failed: the disk is full. This change was not written, and your existing data is intact. Free up some space and try again.',
  autoBackupFailed:
    'The automatic backup was not written: {{reason}}. Your data itself is unaffected.',
  dismiss: 'Dismiss',
  notPersisted:
    'The browser has not promised to keep the data stored here: it may be cleared when the disk runs low. Export a backup regularly.',
};
