import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/contract';
import { type UiLanguage as Language, uiLanguages as languages } from '../../shared/contract';
import { formatMoney } from '../format/money';
import { hrefOf } from '../app/routes';
import { ashore } from '../platform/ashore';
import { ReminderDaysField } from '../dues/ReminderDaysField';
import { PersistenceNote } from '../storage/StorageBanner';
import { HorizonField } from './HorizonField';
import { useSettings } from './SettingsContext';
import { saveCurrency, saveLanguage, saveTheme } from '../db/settings';
import { type ThemeChoice, themeChoices } from '../db/AppDB';
import { isCurrencyCode } from './settings';
import { LprField } from './LprField';

/** A setting chosen from a short list, saved as soon as it changes. */
function ChoiceField<Value extends string>({
  label,
  value,
  choices,
  nameOf,
  langOf,
  hint,
  onChoose,
}: {
  label: string;
  value: Value;
  choices: readonly Value[];
  nameOf: (choice: Value) => string;
  /** The language a choice's name is written in, when it is not the page's. */
  langOf?: (choice: Value) => string;
  hint: string;
  onChoose: (choice: Value) => Promise<void>;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => void onChoose(event.target.value as Value)}
        aria-describedby={`${id}-hint`}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice} lang={langOf?.(choice)}>
            {nameOf(choice)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </div>
  );
}

function LanguageField() {
  const { t } = useTranslation();
  const { language, languageFromSystem } = useSettings();
  return (
    <ChoiceField<Language>
      label={t('settings.language')}
      value={language}
      choices={languages}
      nameOf={(code) => t(`languageNames.${code}`)}
      langOf={(code) => code}
      hint={
        t('settings.languageHint') +
        (languageFromSystem ? ` (${t('settings.languageFromSystem')})` : '')
      }
      onChoose={saveLanguage}
    />
  );
}

function ThemeField() {
  const { t } = useTranslation();
  const { theme } = useSettings();
  return (
    <ChoiceField<ThemeChoice>
      label={t('settings.theme')}
      value={theme}
      choices={themeChoices}
      nameOf={(choice) => t(`settings.themes.${choice}`)}
      hint={t('settings.themeHint')}
      onChoose={saveTheme}
    />
  );
}

function CurrencyField() {
  const { t } = useTranslation();
  const { currency, language } = useSettings();
  const id = useId();
  // The draft is what the user is typing; only a valid code is saved, so the stored setting
  // is never half-edited.
  const [draft, setDraft] = useState(currency);
  const code = draft.trim().toUpperCase();
  // A currency changed elsewhere (another window, a restored backup) replaces the draft.
  const [shownCurrency, setShownCurrency] = useState(currency);
  if (shownCurrency !== currency) {
    setShownCurrency(currency);
    if (code !== currency) setDraft(currency);
  }
  const valid = isCurrencyCode(code);
  const names = new Intl.DisplayNames([language], { type: 'currency' });

  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.currency')}</label>
      <input
        id={id}
        value={draft}
        list={`${id}-codes`}
        autoComplete="off"
        spellCheck={false}
        maxLength={3}
        aria-invalid={!valid}
        aria-describedby={`${id}-hint ${id}-message`}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          const nextCode = next.trim().toUpperCase();
          if (isCurrencyCode(nextCode) && nextCode !== currency) void saveCurrency(nextCode);
        }}
      />
      <datalist id={`${id}-codes`}>
        {Intl.supportedValuesOf('currency').map((option) => (
          <option key={option} value={option}>
            {names.of(option)}
          </option>
        ))}
      </datalist>
      <p id={`${id}-hint`} className="hint">
        {t('settings.currencyHint')}
      </p>
      <p
        id={`${id}-message`}
        className={valid ? 'hint' : 'error'}
        role={valid ? undefined : 'alert'}
      >
        {valid
          ? `${names.of(code)} · ${t('settings.currencyExample', {
              example: formatMoney('1234.50', code, language),
            })}`
          : t('settings.currencyInvalid', { code: draft })}
      </p>
    </div>
  );
}

function About() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    void ashore.getAppInfo().then(setInfo);
  }, []);
  if (!info) return null;
  return (
    <section aria-labelledby="about-title">
      <h2 id="about-title">{t('settings.about')}</h2>
      <p>
        {t('app.fullName')} ·{' '}
        {t('settings.version', {
          version: info.version,
          shell: t(info.shell === 'desktop' ? 'settings.shellDesktop' : 'settings.shellBrowser'),
        })}
      </p>
      <p className="hint">{t('app.tagline')}</p>
      <p>
        <a href={hrefOf('methodology')}>{t('methodology.link')}</a>
      </p>
      <PersistenceNote />
    </section>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <article className="page settings">
      <h1>{t('settings.title')}</h1>
      <form className="form" onSubmit={(event) => event.preventDefault()}>
        <LanguageField />
        <CurrencyField />
        <ThemeField />
        <ReminderDaysField />
        <HorizonField />
        <LprField />
      </form>
      <About />
    </article>
  );
}
