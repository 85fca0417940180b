import type { UiLanguage as Language } from '../../shared/contract';
import { formatDate } from '../format/dates';
import { formatMoney } from '../format/money';
import { formatPercent } from '../format/percent';
import { negotiationEn } from './messages.en';
import { negotiationZh } from './messages.zh';

/** Money, dates and rates in one language: what the pure text builders need, without React. */
export interface TextFormat {
  language: Language;
  money(amount: string): string;
  date(iso: string): string;
  /** A rate as a fraction ("0.003") shown as a percentage ("0.3%"). */
  percent(rate: string): string;
}

export function textFormat(language: Language, currency: string): TextFormat {
  return {
    language,
    money: (amount) => formatMoney(amount, currency, language),
    date: (iso) => formatDate(iso, language),
    percent: formatPercent,
  };
}

/** The workspace's messages in one language, for the builders that run outside i18next. */
export function messagesIn(language: Language) {
  return language === 'zh-CN' ? negotiationZh : negotiationEn;
}

/** Fills {{name}} slots, the same syntax as the UI's messages. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (slot, name: string) =>
    name in params ? String(params[name]) : slot,
  );
}
