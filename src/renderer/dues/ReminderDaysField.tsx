import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveReminderDays } from '../db/settings';
import { useSettings } from '../settings/SettingsContext';
import { isReminderDays } from '../settings/settings';

/** The days typed, or NaN for anything but one or two digits. */
function daysOf(text: string): number {
  return /^\s*\d{1,2}\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** How many days before a due the reminder comes; only a valid number is saved. */
export function ReminderDaysField() {
  const { t } = useTranslation();
  const { reminderDays } = useSettings();
  const id = useId();
  const [draft, setDraft] = useState(String(reminderDays));
  // A value changed elsewhere (another window, a restored backup) replaces the draft.
  const [shown, setShown] = useState(reminderDays);
  if (shown !== reminderDays) {
    setShown(reminderDays);
    setDraft(String(reminderDays));
  }
  const valid = isReminderDays(daysOf(draft));

  return (
    <div className="field">
      <label htmlFor={id}>{t('dues.settings.label')}</label>
      <input
        id={id}
        value={draft}
        inputMode="numeric"
        autoComplete="off"
        maxLength={2}
        aria-invalid={!valid}
        aria-describedby={`${id}-hint ${id}-message`}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          const nextDays = daysOf(next);
          if (isReminderDays(nextDays) && nextDays !== reminderDays) {
            void saveReminderDays(nextDays);
          }
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {t('dues.settings.hint')}
      </p>
      {valid ? null : (
        <p id={`${id}-message`} className="error" role="alert">
          {t('dues.settings.invalid')}
        </p>
      )}
    </div>
  );
}
