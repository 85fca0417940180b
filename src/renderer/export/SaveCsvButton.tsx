import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ashore } from '../platform/ashore';

/**
 * A button that saves a CSV file (the desktop's save dialog, a download in a browser) and says
 * where it went. The table is built on the click, not on every render: a long plan is tens of
 * thousands of cells. `build` gives null when there is nothing to save yet.
 */
export function SaveCsvButton({
  label,
  fileName,
  build,
  disabled = false,
  describedBy,
}: {
  label: string;
  /** The name to suggest, made on the click (its date is the day it is saved). */
  fileName: () => string;
  build: () => string | null;
  disabled?: boolean;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');

  const save = async () => {
    const content = build();
    if (content === null) return;
    const result = await ashore.saveFile({ kind: 'csv', suggestedName: fileName(), content });
    setMessage(result.saved ? t('csv.saved', { name: result.name }) : '');
  };

  return (
    <div className="actions export-csv">
      <button
        type="button"
        disabled={disabled}
        aria-describedby={describedBy}
        onClick={() => void save()}
      >
        {label}
      </button>
      <span role="status" className="hint">
        {message}
      </span>
    </div>
  );
}
