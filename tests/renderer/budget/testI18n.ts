import i18next, { type TFunction } from 'i18next';
import { budgetEn, budgetZh } from '../../../src/renderer/budget/messages';
import { formsEn, formsZh } from '../../../src/renderer/forms/messages';
import { issuesEn, issuesZh } from '../../../src/renderer/validation/messages';

/** A translator with the budget page's messages, as the app has it, in either language. */
export async function translator(language: 'en' | 'zh-CN'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: {
      en: { translation: { budget: budgetEn, forms: formsEn, issues: issuesEn } },
      'zh-CN': { translation: { budget: budgetZh, forms: formsZh, issues: issuesZh } },
    },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
