import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDate } from '../../core/calendar';
import { normalizeNumberText } from '../forms/amountText';
import { DateField, TextField } from '../forms/inputs';
import { saveLpr } from '../db/settings';
import { useSettings } from './SettingsContext';

/** A one-year LPR as people read it: a percentage above 0 and below 100, two decimals at most. */
const LPR_PATTERN = /^\d{1,2}(\.\d{1,2})?$/;
const isLpr = (text: string) => LPR_PATTERN.test(text) && /[1-9]/.test(text);

/**
 * The one-year LPR (贷款市场报价利率) and the day it was published: the yardstick every rate is
 * compared with (4 × LPR). Only a valid pair is saved, so the setting is never half-edited.
 */
export function LprField() {
  const { t } = useTranslation();
  const { lpr } = useSettings();
  const [draft, setDraft] = useState(lpr);
  const percentOk = isLpr(draft.percent);
  const dateOk = parseDate(draft.date) !== null;
  const change = (next: typeof draft) => {
    setDraft(next);
    if (isLpr(next.percent) && parseDate(next.date) !== null) void saveLpr(next);
  };
  return (
    <fieldset className="lpr-field">
      <legend>{t('settings.lpr')}</legend>
      <p className="hint">{t('settings.lprHint')}</p>
      <div className="form-row">
        <TextField
          label={t('settings.lprPercent')}
          value={draft.percent}
          onChange={(percent) => change({ ...draft, percent: normalizeNumberText(percent) })}
          errors={percentOk ? undefined : [t('settings.lprInvalid')]}
        />
        <DateField
          label={t('settings.lprDate')}
          value={draft.date}
          onChange={(date) => change({ ...draft, date })}
          errors={dateOk ? undefined : [t('settings.lprDateInvalid')]}
        />
      </div>
    </fieldset>
  );
}
