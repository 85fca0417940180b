import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../format/dates';
import { usePlan } from '../plan/PlanContext';
import { useSettings } from '../settings/SettingsContext';
import { dueDebtsOf, notifyDuesSoon } from './dueReminders';

/** How often a running app looks at the date again: a day can turn while it stays open. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * The desktop notification N days before each due, at start-up and while the app runs. Renders
 * nothing. Checks whenever the plan or the date changes; the reminders store makes sure each
 * due is announced once, however many checks (or StrictMode's doubled effects) there are.
 */
export function DueReminders() {
  const { t } = useTranslation();
  // Quiet: the reminders show no plan, and need not make each edit's plan urgent.
  const { state, household } = usePlan({ quiet: true });
  const { reminderDays, language, currency } = useSettings();
  const [today, setToday] = useState(todayIso);

  useEffect(() => {
    const timer = setInterval(() => setToday(todayIso()), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);

  const plan = state.status === 'ready' && !state.stale ? state.bundle.result : null;
  useEffect(() => {
    if (!plan || !household) return;
    void notifyDuesSoon({
      plan,
      debts: dueDebtsOf(household),
      today,
      days: reminderDays,
      t,
      language,
      currency,
      // A reminder that cannot be shown is no reason to disturb the person at work.
    }).catch(() => undefined);
  }, [plan, household, today, reminderDays, t, language, currency]);

  return null;
}
