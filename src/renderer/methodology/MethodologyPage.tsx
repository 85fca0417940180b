import { useTranslation } from 'react-i18next';
import { methodology } from '../print/methodology';
import { useSettings } from '../settings/SettingsContext';

/** Help → Methodology: the conventions of the model, the same text as the PDF's appendix. */
export function MethodologyPage() {
  const { t } = useTranslation();
  const { language } = useSettings();
  return (
    <article className="page methodology">
      <h1>{t('methodology.title')}</h1>
      <p className="lead">{t('methodology.intro')}</p>
      {methodology[language].map((part) => (
        <section key={part.title} className="card">
          <h2>{part.title}</h2>
          <p>{part.text}</p>
        </section>
      ))}
    </article>
  );
}
