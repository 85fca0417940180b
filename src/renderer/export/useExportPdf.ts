import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LenderPacketChoice } from '../../shared/printRoute';
import type { UiLanguage as Language } from '../../shared/contract';
import { todayIso } from '../format/dates';
import { ashore } from '../platform/ashore';
import { exportPdfWith } from './exportPdfWith';
import { useSettings } from '../settings/SettingsContext';

/** Instead of the whole plan in the UI's language: one lender's packet, named and worded. */
export interface PacketExport {
  language: Language;
  suggestedName: string;
  lender: LenderPacketChoice;
}

/**
 * Exports the plan as a PDF in the UI's language and says how it went: the one export, used
 * by the dashboard's button, by File → Export PDF in the native menu, and (given a packet) by
 * the negotiation workspace for one lender.
 */
export function useExportPdf() {
  const { t } = useTranslation();
  const { language } = useSettings();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  /** `plansFirst`: the whole plan with the 方案 comparison, this 方案 (its id) first. */
  async function exportPlan(packet?: PacketExport, plansFirst?: string) {
    // One export at a time: a second dialog over the first helps no one.
    if (busy) return;
    setBusy(true);
    setMessage(t('export.exporting'));
    const madeOn = todayIso();
    const request = packet
      ? { ...packet, madeOn }
      : {
          suggestedName: t('export.fileName', { date: madeOn }),
          language,
          madeOn,
          ...(plansFirst ? { plansFirst } : {}),
        };
    setMessage(await exportPdfWith(t, ashore, request));
    setBusy(false);
  }

  return { busy, message, exportPlan };
}
