import type { ScenarioInput } from '../../core/scenario/types';
import type { UiLanguage as Language } from '../../shared/contract';

/**
 * What the `pdf` command hands the print view: a scenario file instead of the database, the
 * language, and the day the plan is made. Set before the page loads (Playwright's init script);
 * in the app it is absent and the print view reads the household from IndexedDB.
 */
export interface InjectedPrint {
  scenario: ScenarioInput;
  language: Language;
  madeOn: string;
}

declare global {
  interface Window {
    __ashorePrint?: InjectedPrint;
  }
}

export function injectedPrint(): InjectedPrint | undefined {
  return window.__ashorePrint;
}

/** `#/print` prints in the UI language; `#/print/en` or `#/print/zh-CN` in the one named. */
export function printLanguageOf(hash: string): Language | undefined {
  const match = /^#\/print\/(en|zh-CN)\b/.exec(hash);
  return match ? (match[1] as Language) : undefined;
}

export function isPrintHash(hash: string): boolean {
  return /^#\/print(\/|$)/.test(hash);
}
