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

/**
 * A counted message filled the way i18next picks plurals: its `key_one` form when the language
 * calls the count "one" (Intl.PluralRules, which i18next uses too), else `key` itself — the
 * convention of the UI's messages (see i18n/widen.ts), so the same messages serve both.
 */
export function fillCount<Messages extends Record<Key, string>, Key extends string>(
  messages: Messages,
  key: Key,
  language: Language,
  params: Record<string, string | number> & { count: number },
): string {
  const forms: { readonly [name: string]: unknown } = messages;
  const one = forms[`${key}_one`];
  const isOne = new Intl.PluralRules(language).select(params.count) === 'one';
  return fill(isOne && typeof one === 'string' ? one : messages[key], params);
}

/** Fills {{name}} slots, the same syntax as the UI's messages. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (slot, name: string) =>
    name in params ? String(params[name]) : slot,
  );
}
