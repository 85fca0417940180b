import i18next, { type TFunction } from 'i18next';
import { en } from '../../../src/renderer/i18n/locales/en';
import { zhCN } from '../../../src/renderer/i18n/locales/zh-CN';

/** The app's own messages, in either language, for checking the sentences a form shows. */
export async function translator(language: 'en' | 'zh-CN'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
