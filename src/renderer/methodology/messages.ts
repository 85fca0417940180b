import type { Widen } from '../i18n/widen';

export const methodologyZh = {
  title: '计算方法',
  intro: '上岸如何算出每一个数字。导出的 PDF 计划末尾附有同样的说明。',
  link: '计算方法：每个数字是怎么算出来的',
} as const;

export const methodologyEn: Widen<typeof methodologyZh> = {
  title: 'Methodology',
  intro: 'How Ashore works out every figure. The exported PDF plan ends with the same notes.',
  link: 'Methodology: how every figure is worked out',
};
