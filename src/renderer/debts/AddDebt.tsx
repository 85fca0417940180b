import { useTranslation } from 'react-i18next';
import { type PresetId, presetIds } from './presets';

/** One button per common kind of debt: the quickest way to a form with typical terms. */
export function AddDebt({ onPick }: { onPick: (preset: PresetId) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="debts-add-title">
      <h2 id="debts-add-title">{t('debts.add.title')}</h2>
      <p className="hint" id="debts-add-hint">
        {t('debts.add.hint')}
      </p>
      <ul className="debts-presets" aria-describedby="debts-add-hint">
        {presetIds.map((preset) => (
          <li key={preset}>
            <button type="button" onClick={() => onPick(preset)}>
              {t(`debts.presets.${preset}`)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
