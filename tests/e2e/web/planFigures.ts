import type { Page } from '@playwright/test';
import type { PlanOutput } from './household';

/** Figures of the `plan` command's output, as the app shows them: to compare page and command. */
export const cents = (amount: string) => Math.round(Number(amount) * 100);

/** Interest, penalty and fees of a plan, in cents: the one cost figure the app shows. */
export const costCents = (s: PlanOutput['summary']) =>
  cents(s.totalInterest) + cents(s.totalPenalty) + cents(s.totalFees);

/** An amount in cents as the app shows yuan in this language. */
export const money = (c: number, language: string) =>
  new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
  }).format(c / 100);

/** A model date (YYYY-MM-DD) as the app shows it in this language. */
export const dateText = (iso: string, language: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
};

/** The value of the overview's headline figure with this label. */
export const figure = (page: Page, label: string) =>
  page.locator('.figure').filter({ hasText: label }).locator('.figure-value');
