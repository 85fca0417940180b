import { budgetZh } from '../../budget/messages';
import { chartsZh } from '../../plan/charts/messages';
import { scheduleZh } from '../../plan/schedule/messages';
import { paymentsZh } from '../../payments/messages';
import { checkInZh } from '../../checkIn/messages';
import { dataZh } from '../../data/messages';
import { storageZh } from '../../storage/messages';
import { crashZh } from '../../app/crashMessages';
import { dashboardZh } from '../../dashboard/messages';
import { negotiationZh } from '../../negotiation/messages.zh';
import { printZh } from '../../print/messages';
import { packetZh } from '../../print/lender/messages';
import { planStatusZh } from '../../plan/planStatusMessages';
import { exportZh } from '../../export/messages';
import { csvZh } from '../../export/csvMessages';
import { methodologyZh } from '../../methodology/messages';
import { strategiesZh } from '../../strategies/messages';
import { plansZh } from '../../plans/messages';
import { debtsZh } from '../../debts/messages';
import { duesZh } from '../../dues/messages';
import { progressZh } from '../../progress/messages';
import { formsZh } from '../../forms/messages';
import { issuesZh } from '../../validation/messages';
import type { Widen } from '../widen';

// 简体中文 is the reference language: every other locale must have exactly these keys. Each
// feature keeps its own messages beside its code; this file gathers them.
export const zhCN = {
  app: {
    name: '上岸',
    fullName: 'Ashore 上岸',
    tagline: '离线的还款计划工具：数据只保存在这台电脑上',
    skipToContent: '跳到正文',
    loading: '正在加载…',
    followUpsTitle: '上岸：今天有 {{count}} 个协商需要跟进',
    followUpsBody: '{{lenders}}。记得书面确认每一个承诺。',
  },
  nav: {
    menu: '菜单',
    label: '主导航',
    home: '总览',
    budget: '预算',
    debts: '债务',
    schedule: '还款明细',
    strategies: '策略与假设',
    negotiation: '协商',
    payments: '还款记录',
    data: '导入与备份',
    settings: '设置',
  },
  home: {
    title: '一步一步，上岸',
    intro:
      '上岸帮助已经逾期或快要还不上的人：算清每个月最多能如实还多少，看清拖延要付出的罚息，和每家机构协商减免或分期，并导出一份完整的还款计划。',
    privacy: '所有数据只保存在这台电脑上，不联网、不上传。',
    stepsTitle: '上岸的步骤',
    steps: {
      capacity: '算清还款能力：收入 − 固定开支 − 必须偿还的其他债务 − 安全储备。',
      cost: '看清拖延的代价：罚息按天累积，违约金不断增加，小额欠款也会越滚越大。',
      ask: '提出合适的请求：减免、分期（个性化分期、停息挂账）或一次性结清。',
      prove: '准备证明材料：收入证明、银行流水、困难证明、征信报告——全部真实，绝不伪造。',
      record: '书面确认每一个承诺，记录每一次沟通，按时跟进。',
    },
    avoid: '不要付费找第三方“代理协商”、“债务优化”，也不要借高息的钱来还债。',
    toBudget: '第一步：填写预算',
    toDebts: '录入债务',
  },
  settings: {
    title: '设置',
    language: '界面语言',
    languageHint: '默认跟随系统语言。',
    languageFromSystem: '当前跟随系统',
    horizon: '计划看多远',
    horizonHint: '还款计划最多算到多少年以后。默认 10 年：再长的数字多是利滚利，没有参考意义。',
    horizonYears: '{{count}} 年',
    horizonMonths: '{{count}} 个月',
    currency: '货币',
    currencyHint:
      '金额按所选货币显示，不做汇率换算。可输入任意 ISO 4217 代码（如 CNY、HKD、USD）。',
    currencyInvalid: '“{{code}}”不是有效的 ISO 4217 货币代码（三个大写字母，如 CNY）。',
    currencyExample: '显示示例：{{example}}',
    theme: '外观',
    themes: { system: '跟随系统', light: '浅色', dark: '深色' },
    themeHint: '图表和打印的计划始终为浅色。',
    saved: '已保存',
    about: '关于',
    version: '版本 {{version}}（{{shell}}）',
    shellDesktop: '桌面版',
    shellBrowser: '浏览器模式',
    lpr: '一年期贷款市场报价利率（LPR）',
    lprHint:
      '用来衡量利率高低：法院不保护超过 4 倍一年期 LPR 的民间借贷利息。LPR 每月 20 日公布，变了就在这里改。',
    lprPercent: '利率（%）',
    lprDate: '公布日期',
    lprInvalid: '请填写大于 0 的百分数，最多两位小数，例如 3.00。',
    lprDateInvalid: '请填写有效的日期。',
  },
  languageNames: {
    'zh-CN': '简体中文',
    en: 'English',
  },
  budget: budgetZh,
  debts: debtsZh,
  dues: duesZh,
  progress: progressZh,
  dashboard: dashboardZh,
  print: printZh,
  packet: packetZh,
  planStatus: planStatusZh,
  export: exportZh,
  csv: csvZh,
  methodology: methodologyZh,
  strategies: strategiesZh,
  plans: plansZh,
  negotiation: negotiationZh,
  data: dataZh,
  payments: paymentsZh,
  checkIn: checkInZh,
  storage: storageZh,
  crash: crashZh,
  forms: formsZh,
  issues: issuesZh,
  charts: chartsZh,
  schedule: scheduleZh,
} as const;

export type Messages = Widen<typeof zhCN>;
