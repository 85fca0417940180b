import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMonth } from '../format/dates';
import { useSettings } from '../settings/SettingsContext';
import { Field } from './Field';
import { normalizeNumberText } from './amountText';
import { readCalendarText } from './calendarText';

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

/**
 * A month or date typed as text, in any usual way ("2027-03", "2027/3", "2027年3月"): the
 * browser's calendar inputs follow the browser's language rather than the app's and refuse
 * typed digits in some browsers. The value handed out is the model's text (YYYY-MM or
 * YYYY-MM-DD) once it reads as a real month or day, else the text as typed, for validation to
 * name; the month or day it reads as is echoed in the app's language.
 */
function CalendarField({
  kind,
  value,
  onChange,
  hint,
  ...field
}: CalendarProps & { kind: 'month' | 'date' }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const [typed, setTyped] = useState(value);
  const [handedOut, setHandedOut] = useState(value);
  // A value changed from outside (undo, a reload) replaces what is in the box.
  if (value !== handedOut) {
    setHandedOut(value);
    setTyped(value);
  }
  const read = readCalendarText(typed, kind);
  const echo = read
    ? kind === 'month'
      ? formatMonth(read, language)
      : formatDate(read, language)
    : null;
  return (
    <Field
      {...field}
      hint={
        <>
          {echo ? <span className="calendar-echo">{echo}</span> : null}
          {echo && hint ? ' · ' : null}
          {hint ?? (echo ? null : t(`forms.calendarHint.${kind}`))}
        </>
      }
    >
      {(control) => (
        <input
          {...control}
          inputMode="numeric"
          autoComplete="off"
          placeholder={t(`forms.calendarPlaceholder.${kind}`)}
          value={typed}
          onChange={(event) => {
            const text = event.target.value;
            const next = readCalendarText(text, kind) ?? text.trim();
            setTyped(text);
            setHandedOut(next);
            onChange(next);
          }}
        />
      )}
    </Field>
  );
}

export const MonthField = (props: CalendarProps) => <CalendarField {...props} kind="month" />;
export const DateField = (props: CalendarProps) => <CalendarField {...props} kind="date" />;

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
