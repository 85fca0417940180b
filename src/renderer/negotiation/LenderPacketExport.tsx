import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyLevel } from '../../shared/printRoute';
import { privacyLevels } from '../../shared/printRoute';
import { useCommandHandler } from '../app/commandRequests';
import { useExportPdf } from '../export/useExportPdf';
import type { DebtRow, PaymentRow } from '../db/AppDB';
import { type UiLanguage as Language, uiLanguages as languages } from '../../shared/contract';
import { SelectField } from '../forms/inputs';
import { todayIso } from '../format/dates';
import { useFormat } from '../format/useFormat';
import { ashore } from '../platform/ashore';
import { totalOf } from '../payments/PaymentList';
import { usePlan } from '../plan/PlanContext';
import { lenderPacketData } from '../print/lender/lenderPacketData';
import { packetText } from '../print/lender/packetText';
import { useProposalPlan } from '../print/lender/useProposalPlan';
import type { NegotiationRecords } from '../db/negotiation';

/** A file name from a lender's name: no folder separators or characters a file system refuses. */
const safeName = (name: string) => name.replace(/[\\/:*?"<>|\0]/g, '_');

/**
 * "导出给此机构的材料": the packet for this one lender, at the privacy level the person chooses,
 * as a PDF (with the payments recorded to this lender, when chosen); and the statement with the
 * proposal as plain text, copied for the lender's in-app chat or saved as .txt. File → Export
 * for This Lender in the native menu opens it (the choices are made here, not in the menu).
 */
export function LenderPacketExport({
  debt,
  records,
  payments,
  overdueSince,
}: {
  debt: DebtRow;
  records: NegotiationRecords;
  /** The payments recorded to this lender: offered for the packet, never another's. */
  payments: readonly PaymentRow[];
  overdueSince: string | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state } = usePlan();
  const [open, setOpen] = useState(false);
  const [language, setLanguage] = useState<Language>(format.language);
  const [privacy, setPrivacy] = useState<PrivacyLevel>('capacity');
  const [others, setOthers] = useState(false);
  const [withPayments, setWithPayments] = useState(false);
  const [message, setMessage] = useState('');
  const pdf = useExportPdf();
  const titleId = useId();
  const panelId = useId();
  const paymentsHintId = useId();
  const panel = useRef<HTMLElement>(null);
  // From the File menu the workspace may be scrolled anywhere: bring the choices into view.
  const [fromMenu, setFromMenu] = useState(false);
  useCommandHandler('exportLenderPacket', () => {
    setOpen(true);
    setFromMenu(true);
  });
  useEffect(() => {
    if (open && fromMenu) panel.current?.scrollIntoView({ block: 'start' });
  }, [open, fromMenu]);

  const bundle = state.status === 'ready' ? state.bundle : null;
  // The text holds the proposal's figures as the plan with it agreed has them, as the PDF does.
  const proposalPlan = useProposalPlan(open ? (bundle?.scenario ?? null) : null, debt.id, 'whatIf');
  const proposed = proposalPlan.status === 'ready' ? proposalPlan.bundle : null;
  const textReady = bundle !== null && (proposalPlan.status === 'none' || proposed !== null);
  const madeOn = todayIso();
  const names = { lender: safeName(debt.name), date: madeOn };
  const text = () => {
    if (!bundle || !textReady) return null;
    const own = {
      statements: records.statement ? [records.statement] : [],
      evidence: records.evidence,
      payments: [...payments],
    };
    const data = lenderPacketData(bundle, own, debt.id, overdueSince, madeOn, proposed);
    return data ? packetText(data, language) : null;
  };

  const exportPdf = () => {
    setMessage('');
    void pdf.exportPlan({
      language,
      suggestedName: t('packet.pdfFileName', { ...names, lng: language }),
      lender: {
        debtId: debt.id,
        privacy,
        others,
        payments: withPayments && payments.length > 0,
      },
    });
  };

  const copy = async () => {
    const content = text();
    if (content === null) return;
    try {
      await navigator.clipboard.writeText(content);
      setMessage(t('packet.copied'));
    } catch {
      setMessage(t('packet.copyFailed'));
    }
  };

  const saveText = async () => {
    const content = text();
    if (content === null) return;
    const result = await ashore.saveFile({
      kind: 'text',
      suggestedName: t('packet.textFileName', { ...names, lng: language }),
      content,
    });
    setMessage(result.saved ? t('packet.textSaved', { name: result.name }) : '');
  };

  const toggle = (
    <div className="actions">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => {
          setOpen(!open);
          setFromMenu(false);
        }}
      >
        {t('packet.open')}
      </button>
    </div>
  );
  if (!open) return toggle;
  return (
    <>
      {toggle}
      <section id={panelId} ref={panel} className="lender-packet-export" aria-labelledby={titleId}>
        <h3 id={titleId}>{t('packet.panelTitle', { lender: debt.name })}</h3>
        <p className="hint">{t('packet.panelIntro')}</p>
        <div className="form-row">
          <SelectField<Language>
            label={t('packet.language')}
            value={language}
            onChange={setLanguage}
            options={languages.map((value) => ({ value, label: t(`languageNames.${value}`) }))}
          />
          <SelectField<PrivacyLevel>
            label={t('packet.privacy')}
            value={privacy}
            onChange={setPrivacy}
            options={privacyLevels.map((value) => ({
              value,
              label: t(`packet.privacyLevel.${value}`),
            }))}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={others} onChange={(e) => setOthers(e.target.checked)} />
          {t('packet.includeOthers')}
        </label>
        <p className="note">
          {records.statement ? t('packet.statementNote') : t('packet.noStatement')}
        </p>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={withPayments && payments.length > 0}
            disabled={payments.length === 0}
            aria-describedby={paymentsHintId}
            onChange={(e) => setWithPayments(e.target.checked)}
          />
          {t('packet.includePayments')}
        </label>
        <p id={paymentsHintId} className="hint">
          {payments.length === 0
            ? t('packet.noPayments')
            : t('packet.paymentsHint', {
                count: payments.length,
                amount: format.money(totalOf(payments)),
              })}
        </p>
        <div className="actions">
          <button type="button" className="primary" disabled={pdf.busy} onClick={exportPdf}>
            {t('packet.exportPdf')}
          </button>
          <button type="button" disabled={!textReady} onClick={() => void copy()}>
            {t('packet.copy')}
          </button>
          <button type="button" disabled={!textReady} onClick={() => void saveText()}>
            {t('packet.saveText')}
          </button>
        </div>
        <p role="status" className="hint">
          {message || pdf.message}
        </p>
      </section>
    </>
  );
}
