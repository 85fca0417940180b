import type { DebtForm } from './debtForm';

/** What each part of the debt form gets: the form, a way to change it, its problems. */
export interface FormPartProps {
  form: DebtForm;
  update: (patch: Partial<DebtForm>) => void;
  errors: Map<string, string[]>;
  currencySymbol: string;
}
