import { useTranslation } from 'react-i18next';
import type { UiLanguage as Language } from '../../shared/contract';
import { methodology } from './methodology';

export function PrintMethodology({ language }: { language: Language }) {
  const { t } = useTranslation();
  return (
    <section className="print-section page-break" aria-labelledby="print-method">
      <h2 id="print-method">{t('print.methodology')}</h2>
      {methodology[language].map((part) => (
        <div key={part.title} className="method-part">
          <h3>{part.title}</h3>
          <p>{part.text}</p>
        </div>
      ))}
      <p className="hint">{t('print.footerNote')}</p>
    </section>
  );
}
