import type { UiLanguage } from '../shared/contract';

/** Every label of the native menu, in each language the UI speaks. */
export const menuLabels = {
  'zh-CN': {
    file: '文件',
    importScenario: '导入情景…',
    exportBackup: '导出备份…',
    restoreBackup: '从备份恢复…',
    exportPdf: '导出 PDF 计划…',
    exportLenderPacket: '导出给此机构的材料…',
    quit: '退出上岸',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    zoomIn: '放大',
    zoomOut: '缩小',
    resetZoom: '实际大小',
    toggleFullScreen: '切换全屏',
    toggleDevTools: '开发者工具',
    window: '窗口',
    minimize: '最小化',
    close: '关闭窗口',
    help: '帮助',
    about: '关于上岸',
    methodology: '计算方法',
    hide: '隐藏上岸',
    hideOthers: '隐藏其他',
    showAll: '全部显示',
    services: '服务',
  },
  en: {
    file: 'File',
    importScenario: 'Import Scenario…',
    exportBackup: 'Export Backup…',
    restoreBackup: 'Restore Backup…',
    exportPdf: 'Export PDF Plan…',
    exportLenderPacket: 'Export for This Lender…',
    quit: 'Quit Ashore',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    toggleFullScreen: 'Toggle Full Screen',
    toggleDevTools: 'Developer Tools',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close Window',
    help: 'Help',
    about: 'About Ashore',
    methodology: 'Methodology',
    hide: 'Hide Ashore',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    services: 'Services',
  },
} as const satisfies Record<UiLanguage, Record<string, string>>;

/**
 * The menu's language before the renderer says which one the user chose: the same rule the
 * renderer applies to the system's preferred languages (the first Chinese or English one).
 */
export function menuLanguageFromSystem(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return 'en';
}
