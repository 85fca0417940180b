import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../format/dates';
import { ashore } from '../platform/ashore';
import { exportPdfWith } from './exportPdfWith';
import { useSettings } from '../settings/SettingsContext';

/**
 * Exports the plan as a PDF in the UI's language and says how it went: the one export, used
 * by the dashboard's button and by File → Export PDF in the native menu.
 */
export function useExportPdf() {
  const { t } = useTranslation();
  const { language } = useSettings();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function exportPlan() {
    // One export at a time: a second dialog over the first helps no one.
    if (busy) return;
    setBusy(true);
    setMessage(t('export.exporting'));
    const madeOn = todayIso();
    const request = { suggestedName: t('export.fileName', { date: madeOn }), language, madeOn };
    setMessage(await exportPdfWith(t, ashore, request));
    setBusy(false);
  }

  return { busy, message, exportPlan };
}
