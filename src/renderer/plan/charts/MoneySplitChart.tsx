import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../../format/money';
import { AmountTable } from './AmountTable';
import { ChartFigure } from './ChartFigure';
import { DEFICIT, DeficitHatch } from './DeficitHatch';
import { moneySplit } from './chartData';
import { axisMoneyFormatter } from './chartFormat';
import type { PlanChartProps } from './chartProps';
import { useFirstDrawing } from './useFirstDrawing';

const SEGMENTS = [
  { key: 'income', fill: '#0072B2' },
  { key: 'deficit', fill: 'url(#chart-deficit-hatch)' },
  { key: 'fixedCosts', fill: '#56B4E9' },
  { key: 'obligations', fill: '#CC79A7' },
  { key: 'reserve', fill: '#E69F00' },
  { key: 'capacity', fill: '#009E73' },
  { key: 'leftover', fill: '#999999' },
] as const;

/**
 * Where the first month's income goes: fixed costs, obligations, reserve, and what is left for
 * debts. A deficit is drawn as a hatched red segment on the income bar and said in words too.
 */
export function MoneySplitChart({ bundle, currency, language, print = false }: PlanChartProps) {
  const { t } = useTranslation();
  const split = useMemo(() => moneySplit(bundle.scenario), [bundle]);
  const moneyTick = useMemo(() => axisMoneyFormatter(currency, language), [currency, language]);
  const animate = useFirstDrawing(split.rows) && !print;
  const money = (amount: string) => formatMoney(amount, currency, language);
  const hasDeficit = split.parts.deficit !== '0.00';
  const rows = split.rows.map((row) => ({ ...row, label: t(`charts.split.${row.key}`) }));
  // Zero parts are left out: an empty legend entry says nothing.
  const drawn = SEGMENTS.filter(
    (s) => (s.key === 'income' ? split.income : split.parts[s.key]) !== '0.00',
  );

  return (
    <ChartFigure
      title={t('charts.split.title')}
      caption={t('charts.split.caption')}
      print={print}
      note={
        hasDeficit && (
          <p className="chart-deficit">
            {t('charts.split.deficitNote', { amount: money(split.parts.deficit) })}
          </p>
        )
      }
      legend={drawn.map((s) => ({
        key: s.key,
        name: t(`charts.split.${s.key}`),
        mark: 'box',
        ...(s.key === 'deficit' ? { colour: DEFICIT, hatched: true } : { colour: s.fill }),
      }))}
      chart={(size, tooltip) => (
        <BarChart
          {...size}
          data={rows}
          layout="vertical"
          accessibilityLayer={false}
          margin={{ top: 16, right: 24, left: 8 }}
          barCategoryGap="25%"
        >
          <DeficitHatch id="chart-deficit-hatch" size={8} />
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={moneyTick} />
          <YAxis type="category" dataKey="label" width={72} />
          {tooltip && (
            <Tooltip
              cursor={false}
              formatter={(_value, name, entry) => {
                const key = String(entry.dataKey).replace(/^values\./, '');
                const row = entry.payload as (typeof rows)[number];
                return [money(row.amounts[key] ?? '0.00'), name];
              }}
            />
          )}
          {drawn.map((s) => (
            <Bar
              key={s.key}
              dataKey={`values.${s.key}`}
              name={t(`charts.split.${s.key}`)}
              stackId="split"
              fill={s.fill}
              stroke={s.key === 'deficit' ? DEFICIT : undefined}
              isAnimationActive={animate}
            />
          ))}
        </BarChart>
      )}
      table={() => (
        <AmountTable
          caption={t('charts.split.title')}
          rowHeader={t('charts.split.part')}
          columns={[{ key: 'amount', label: t('charts.split.amount') }]}
          rows={[
            {
              key: 'income',
              label: t('charts.split.income'),
              cells: { amount: money(split.income) },
            },
            ...SEGMENTS.filter((s) => s.key !== 'income').map((s) => ({
              key: s.key,
              label: t(`charts.split.${s.key}`),
              cells: { amount: money(split.parts[s.key]) },
            })),
          ]}
        />
      )}
    />
  );
}
