import { useTranslation } from 'react-i18next';

/** The four rules the articles keep coming back to, short and always in view while negotiating. */
export function Guidance() {
  const { t } = useTranslation();
  return (
    <aside className="guidance card" aria-labelledby="negotiation-guidance-title">
      <h2 id="negotiation-guidance-title">{t('negotiation.guidance.title')}</h2>
      <ul>
        <li>{t('negotiation.guidance.writing')}</li>
        <li>{t('negotiation.guidance.intermediaries')}</li>
        <li>{t('negotiation.guidance.honesty')}</li>
        <li>{t('negotiation.guidance.followUp')}</li>
      </ul>
    </aside>
  );
}
