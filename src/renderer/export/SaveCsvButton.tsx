import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ashore } from '../platform/ashore';

/**
 * Saves a CSV (the desktop's save dialog, a download in a browser) and says how it went. The
 * content is built on the click, not on every render: a long plan is tens of thousands of cells.
 */
export function SaveCsvButton({
  label,
  suggestedName,
  build,
  disabled = false,
}: {
  label: string;
  suggestedName: string;
  build: () => string | null;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');

  const save = async () => {
    const content = build();
    if (content === null) return;
    const result = await ashore.saveFile({ kind: 'csv', suggestedName, content });
    setMessage(result.saved ? t('csv.saved', { name: result.name }) : '');
  };

  return (
    <div className="actions export-csv">
      <button type="button" disabled={disabled} onClick={() => void save()}>
        {label}
      </button>
      <span role="status" className="hint">
        {message}
      </span>
    </div>
  );
}
