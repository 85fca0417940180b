import { useTranslation } from 'react-i18next';
import type { PlanWarning } from '../../core/planWarnings';
import { useFormat } from '../format/useFormat';
import type { PlanBundle } from '../plan/planProtocol';
import { warningGravity, warningText } from '../plan/warningText';

/** Month-by-month warnings of one kind are summarised after the first few: the schedule has them all. */
const SHOWN_PER_KIND = 3;

export function Warnings({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = new Map(bundle.scenario.debts.map((debt) => [debt.id, debt.name]));

  const text = (warning: PlanWarning) =>
    warningText(warning, t, format, (id) => names.get(id) ?? id);

  const groups = warningGravity
    .map((kind) => bundle.warnings.filter((warning) => warning.kind === kind))
    .filter((group) => group.length > 0);

  return (
    <section aria-labelledby="warnings-title" className="warnings">
      <h2 id="warnings-title">{t('dashboard.warningsTitle')}</h2>
      {groups.length === 0 ? (
        <p className="note">{t('dashboard.noWarnings')}</p>
      ) : (
        <ul className="warning-list">
          {groups.flatMap((group) => {
            const shown =
              group.length > SHOWN_PER_KIND + 1 ? group.slice(0, SHOWN_PER_KIND) : group;
            const items = shown.map((warning, index) => (
              <li key={`${warning.kind}-${index}`} className={`warning-${warning.kind}`}>
                {text(warning)}
              </li>
            ));
            if (shown.length < group.length) {
              items.push(
                <li key={`${group[0]?.kind}-more`} className="more">
                  <a href="#/schedule">
                    {t('dashboard.moreWarnings', { count: group.length - shown.length })}
                  </a>
                </li>,
              );
            }
            return items;
          })}
        </ul>
      )}
    </section>
  );
}
