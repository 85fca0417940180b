import { useTranslation } from 'react-i18next';

const stepKeys = ['capacity', 'cost', 'ask', 'prove', 'record'] as const;

export function HomePage() {
  const { t } = useTranslation();
  return (
    <article className="page home">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <p className="note privacy">{t('home.privacy')}</p>
      <section aria-labelledby="steps-title">
        <h2 id="steps-title">{t('home.stepsTitle')}</h2>
        <ol className="steps">
          {stepKeys.map((key) => (
            <li key={key}>{t(`home.steps.${key}`)}</li>
          ))}
        </ol>
      </section>
      <p className="actions">
        <a className="button primary" href="#/budget">
          {t('home.toBudget')}
        </a>
        <a className="button" href="#/debts">
          {t('home.toDebts')}
        </a>
      </p>
      <p className="note warning" role="note">
        {t('home.avoid')}
      </p>
    </article>
  );
}
