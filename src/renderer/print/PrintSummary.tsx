import { useTranslation } from 'react-i18next';
import { Dec } from '../../core/money';
import { costFigure } from '../dashboard/costFigure';
import { useFormat } from '../format/useFormat';
import type { CompletePlanBundle } from '../plan/planProtocol';
import { warningGravity, warningText } from '../plan/warningText';

const KEY_WARNINGS = 6;

export function PrintSummary({ bundle }: { bundle: CompletePlanBundle }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { summary } = bundle.result;
  const { waiting } = bundle.extras;
  const names = new Map(bundle.scenario.debts.map((d) => [d.id, d.name]));
  const affordable = new Dec(summary.affordableMonthly);
  const cost = costFigure(bundle, t, format.money);
  const warnings = [...bundle.warnings]
    .sort((a, b) => warningGravity.indexOf(a.kind) - warningGravity.indexOf(b.kind))
    .slice(0, KEY_WARNINGS);

  return (
    <section className="print-section" aria-labelledby="print-summary">
      <h2 id="print-summary">{t('print.summary')}</h2>
      <dl className="print-figures">
        <div>
          <dt>{affordable.isNegative() ? t('print.deficit') : t('print.affordable')}</dt>
          <dd>{format.money(affordable.abs().toFixed(2))}</dd>
        </div>
        <div>
          <dt>{t('print.debtFree')}</dt>
          <dd>
            {summary.debtFreeDate ? format.date(summary.debtFreeDate) : t('print.notDebtFree')}
          </dd>
        </div>
        <div>
          <dt>{cost.label}</dt>
          <dd>
            {cost.value}
            <span className="print-breakdown">{cost.hint}</span>
          </dd>
        </div>
        <div>
          <dt>{t('print.costIfNothing', { months: waiting.months })}</dt>
          <dd>{format.money(waiting.cost)}</dd>
        </div>
        <div>
          <dt>{t('print.dailyCost')}</dt>
          <dd>{format.money(summary.dailyCostNow)}</dd>
        </div>
      </dl>
      {summary.debtFree ? null : <p className="note">{t('dashboard.wayOut')}</p>}
      {warnings.length > 0 ? (
        <>
          <h3>{t('print.keyWarnings')}</h3>
          <ul>
            {warnings.map((w, index) => (
              <li key={`${w.kind}-${index}`}>
                {warningText(w, t, format, (id) => names.get(id) ?? id)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('dashboard.noWarnings')}</p>
      )}
    </section>
  );
}
