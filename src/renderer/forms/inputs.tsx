import type { ReactNode } from 'react';
import { Field } from './Field';
import { normalizeNumberText } from './amountText';

interface Common {
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[] | undefined;
  className?: string;
}

export function TextField({
  value,
  onChange,
  placeholder,
  ...field
}: Common & { value: string; onChange: (value: string) => void; placeholder?: string }) {
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          value={value}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/**
 * An amount: typed as text so nothing passes through a float; the currency is shown beside it.
 * The value handed out is normalised (full-width digits, separators) but otherwise as typed, so
 * validation can say exactly what is wrong with it.
 */
export function MoneyField({
  value,
  onChange,
  currencySymbol,
  ...field
}: Common & { value: string; onChange: (value: string) => void; currencySymbol: string }) {
  return (
    <Field {...field}>
      {(control) => (
        <span className="input-with-unit">
          <span className="unit" aria-hidden="true">
            {currencySymbol}
          </span>
          <input
            {...control}
            inputMode="decimal"
            autoComplete="off"
            value={value}
            onChange={(event) => onChange(normalizeNumberText(event.target.value))}
          />
        </span>
      )}
    </Field>
  );
}

export function SelectField<V extends string>({
  value,
  onChange,
  options,
  ...field
}: Common & {
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
}) {
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value as V)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type CalendarProps = Common & { value: string; onChange: (value: string) => void };

/** A calendar input; its value is the model's own text (YYYY-MM or YYYY-MM-DD). */
function CalendarField({
  type,
  value,
  onChange,
  ...field
}: CalendarProps & { type: 'month' | 'date' }) {
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export const MonthField = (props: CalendarProps) => <CalendarField {...props} type="month" />;
export const DateField = (props: CalendarProps) => <CalendarField {...props} type="date" />;

export function CheckboxField({
  checked,
  onChange,
  label,
  hint,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: ReactNode;
  hint?: ReactNode;
}) {
  return (
    <div className="field checkbox">
      <label>
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />{' '}
        {label}
      </label>
      {hint ? <p className="hint">{hint}</p> : null}
    </div>
  );
}
