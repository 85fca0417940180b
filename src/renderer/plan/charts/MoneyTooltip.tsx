import type { TooltipContentProps } from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import { formatMoney } from '../../format/money';
import type { ChartPoint } from './chartData';
import type { LegendEntry } from './ChartLegend';

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
  rows: given,
}: TooltipContentProps<ValueType, NameType> & {
  currency: string;
  language: string;
  monthLabel: (start: string) => string;
  /** The series to list, where the chart draws some itself; else recharts' items. */
  rows?: readonly LegendEntry[];
}) {
  const first = payload?.[0]?.payload as ChartPoint | undefined;
  if (!active || !first) return null;
  const rows =
    given ??
    payload.map((entry) => ({
      key: String(entry.dataKey).replace(/^values\./, ''),
      name: String(entry.name),
      colour: entry.color ?? '',
    }));
  return (
    <div className="chart-tooltip">
      <strong>{monthLabel(first.start)}</strong>
      <ul>
        {rows.map(({ key, name, colour }) => {
          const amount = first.amounts[key];
          if (amount === undefined) return null;
          return (
            <li key={key}>
              <span className="swatch" style={{ background: colour }} aria-hidden="true" />
              {name}: {formatMoney(amount, currency, language)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
