import { budgetEn } from '../../budget/messages';
import { chartsEn } from '../../plan/charts/messages';
import { scheduleEn } from '../../plan/schedule/messages';
import { paymentsEn } from '../../payments/messages';
import { checkInEn } from '../../checkIn/messages';
import { dataEn } from '../../data/messages';
import { storageEn } from '../../storage/messages';
import { crashEn } from '../../app/crashMessages';
import { dashboardEn } from '../../dashboard/messages';
import { negotiationEn } from '../../negotiation/messages.en';
import { printEn } from '../../print/messages';
import { packetEn } from '../../print/lender/messages';
import { planStatusEn } from '../../plan/planStatusMessages';
import { exportEn } from '../../export/messages';
import { csvEn } from '../../export/csvMessages';
import { methodologyEn } from '../../methodology/messages';
import { strategiesEn } from '../../strategies/messages';
import { plansEn } from '../../plans/messages';
import { debtsEn } from '../../debts/messages';
import { duesEn } from '../../dues/messages';
import { progressEn } from '../../progress/messages';
import { formsEn } from '../../forms/messages';
import { issuesEn } from '../../validation/messages';
import type { Messages } from './zh-CN';

export const en: Messages = {
  app: {
    name: 'Ashore',
    fullName: 'Ashore 上岸',
    tagline: 'An offline repayment planner: your data stays on this computer',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
    followUpsTitle_one: 'Ashore: {{count}} follow-up due today',
    followUpsTitle: 'Ashore: {{count}} follow-ups due today',
    followUpsBody: '{{lenders}}. Get every promise confirmed in writing.',
  },
  nav: {
    menu: 'Menu',
    label: 'Main navigation',
    home: 'Overview',
    budget: 'Budget',
    debts: 'Debts',
    schedule: 'Schedule',
    strategies: 'Strategies',
    negotiation: 'Negotiate',
    payments: 'Payments',
    data: 'Import & backup',
    settings: 'Settings',
  },
  home: {
    title: 'Step by step, ashore',
    intro:
      'Ashore helps people who are behind on their debts, or about to be: work out the most you can honestly pay each month, see what waiting costs in penalty interest, negotiate a waiver or an installment plan with each lender, and export the whole plan.',
    privacy: 'All data stays on this computer: nothing is sent anywhere.',
    stepsTitle: 'The way out',
    steps: {
      capacity:
        'Know your capacity: income − fixed costs − other debts that must be paid − a safety reserve.',
      cost: 'Know what waiting costs: penalty interest accrues daily, late fees add up, and small debts grow too.',
      ask: 'Ask for the right thing: a waiver, an installment plan (including interest-stop plans) or a one-off settlement.',
      prove:
        'Prove it: income proof, bank statements, proof of hardship, a credit report — all true, never forged.',
      record: 'Get every promise in writing, log every contact, and follow up on time.',
    },
    avoid:
      'Do not pay third-party "debt relief" intermediaries, and do not take high-rate loans to repay debt.',
    toBudget: 'Step one: your budget',
    toDebts: 'Enter debts',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageHint: 'Follows the system language until you choose one.',
    languageFromSystem: 'following the system',
    horizon: 'How far ahead to plan',
    horizonHint:
      'How many years ahead the repayment plan is worked out. Ten by default: beyond that the figures are mostly compounding, not something to plan by.',
    horizonYears: '{{count}} years',
    horizonMonths: '{{count}} months',
    currency: 'Currency',
    currencyHint:
      'Amounts are shown in this currency; nothing is converted. Any ISO 4217 code works (e.g. CNY, HKD, USD).',
    currencyInvalid:
      '"{{code}}" is not a valid ISO 4217 currency code (three capital letters, e.g. CNY).',
    currencyExample: 'Example: {{example}}',
    theme: 'Appearance',
    themes: { system: 'As the system', light: 'Light', dark: 'Dark' },
    themeHint: 'Charts and the printed plan stay light in every case.',
    saved: 'Saved',
    about: 'About',
    version: 'Version {{version}} ({{shell}})',
    shellDesktop: 'desktop',
    shellBrowser: 'browser mode',
    lpr: 'One-year Loan Prime Rate (LPR)',
    lprHint:
      'The yardstick for any rate: courts do not protect private-lending interest above 4 × the one-year LPR. The LPR is published on the 20th of each month: change it here when it changes.',
    lprPercent: 'Rate (%)',
    lprDate: 'Published on',
    lprInvalid: 'Enter a percentage above 0 with at most two decimals, e.g. 3.00.',
    lprDateInvalid: 'Enter a valid date.',
  },
  languageNames: {
    'zh-CN': '简体中文',
    en: 'English',
  },
  budget: budgetEn,
  debts: debtsEn,
  dues: duesEn,
  progress: progressEn,
  dashboard: dashboardEn,
  print: printEn,
  packet: packetEn,
  planStatus: planStatusEn,
  export: exportEn,
  csv: csvEn,
  methodology: methodologyEn,
  strategies: strategiesEn,
  plans: plansEn,
  negotiation: negotiationEn,
  data: dataEn,
  payments: paymentsEn,
  checkIn: checkInEn,
  storage: storageEn,
  crash: crashEn,
  forms: formsEn,
  issues: issuesEn,
  charts: chartsEn,
  schedule: scheduleEn,
};
