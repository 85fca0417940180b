import type { Widen } from '../i18n/widen';

export const exportZh = {
  button: '导出 PDF 计划…',
  fileName: '上岸计划-{{date}}.pdf',
  exporting: '正在生成 PDF…',
  saved: '已保存“{{name}}”。',
  printView: '已在新标签页打开打印版，用浏览器的“打印 → 另存为 PDF”保存。',
  unwritable: '无法写入这个位置（{{detail}}），没有留下不完整的文件。请换一个文件夹。',
  renderFailed: '生成 PDF 失败：{{detail}}',
  print: '打印 / 保存为 PDF',
} as const;

export const exportEn: Widen<typeof exportZh> = {
  button: 'Export PDF plan…',
  fileName: 'Ashore-plan-{{date}}.pdf',
  exporting: 'Making the PDF…',
  saved: 'Saved "{{name}}".',
  printView: "The print version opened in a new tab: use the browser's Print → Save as PDF.",
  unwritable:
    'Cannot write there ({{detail}}); no partial file was left. Please choose another folder.',
  renderFailed: 'Making the PDF failed: {{detail}}',
  print: 'Print / save as PDF',
};
