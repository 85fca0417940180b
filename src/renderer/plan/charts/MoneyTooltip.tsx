import type { TooltipContentProps } from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import { formatMoney } from '../../format/money';
import type { ChartPoint } from './chartData';

/**
 * The tooltip of the time charts: each series' exact amount, formatted from its decimal string
 * (the drawn number is never shown).
 */
export function MoneyTooltip({
  active,
  payload,
  currency,
  language,
  monthLabel,
}: TooltipContentProps<ValueType, NameType> & {
  currency: string;
  language: string;
  monthLabel: (start: string) => string;
}) {
  const first = payload?.[0]?.payload as ChartPoint | undefined;
  if (!active || !first) return null;
  return (
    <div className="chart-tooltip">
      <strong>{monthLabel(first.start)}</strong>
      <ul>
        {payload.map((entry) => {
          const key = String(entry.dataKey).replace(/^values\./, '');
          const amount = first.amounts[key];
          if (amount === undefined) return null;
          return (
            <li key={key}>
              <span className="swatch" style={{ background: entry.color }} aria-hidden="true" />
              {entry.name}: {formatMoney(amount, currency, language)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
