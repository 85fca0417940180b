import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DebtPeriodExplanation } from '../../../core/engine/explanation';
import { formatDate } from '../../format/dates';
import { shortMonthFormatter } from '../charts/chartFormat';
import type { PlanClient } from '../planClient';
import { type PlanBundle, errorMessage } from '../planProtocol';
import { budgetAt } from './budgetAt';
import {
  type Section,
  type Wording,
  debtSections,
  monthSection,
  orderedSections,
} from './explanationText';
import type { FigureRequest } from './figureRequest';
import { moneyFormatter } from '../../format/money';

type Fetched =
  | { request: FigureRequest; explanation: DebtPeriodExplanation | null }
  | { request: FigureRequest; error: string };

interface ExplanationDialogProps {
  request: FigureRequest;
  bundle: PlanBundle;
  client: PlanClient;
  currency: string;
  language: string;
  onClose: () => void;
}

function SectionView({ section, heading }: { section: Section; heading: 'h3' | 'h4' }) {
  const Heading = heading;
  return (
    <section className="explain-section">
      <Heading>{section.title}</Heading>
      {section.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </section>
  );
}

/**
 * How one figure was worked out, in words with its numbers. A modal <dialog>: focus moves into
 * it, Esc closes it, and focus goes back to the figure that opened it.
 */
export function ExplanationDialog({
  request,
  bundle,
  client,
  currency,
  language,
  onClose,
}: ExplanationDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [fetched, setFetched] = useState<Fetched | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  useEffect(() => {
    if (request.kind !== 'debt') return;
    let current = true;
    client.send('explain', { month: request.month, debtId: request.debtId }).then(
      (explanation) => current && setFetched({ request, explanation }),
      (error: unknown) => current && setFetched({ request, error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [client, request]);

  const wording: Wording = useMemo(() => {
    const money = moneyFormatter(currency, language);
    return { t, money, date: (iso) => formatDate(iso, language) };
  }, [t, currency, language]);

  const row = bundle.result.schedule[request.month];
  const month = row ? shortMonthFormatter(language)(row.start) : String(request.month);
  const debt =
    request.kind === 'debt'
      ? bundle.scenario.debts.find((d) => d.id === request.debtId)
      : undefined;
  const subject = debt?.name ?? request.kind;
  const title =
    request.kind === 'debt'
      ? t('schedule.dialog.title', {
          subject,
          month,
          column: t(`schedule.columns.${request.figure}`),
        })
      : `${month} · ${t(`schedule.columns.${request.figure}`)}`;

  let body;
  if (request.kind === 'month') {
    body = row && (
      <SectionView
        heading="h3"
        section={monthSection(
          request.figure,
          row,
          budgetAt(bundle.scenario, request.month),
          (id) => bundle.scenario.debts.find((d) => d.id === id)?.name ?? id,
          wording,
        )}
      />
    );
  } else if (fetched === null || fetched.request !== request) {
    body = <p role="status">{t('schedule.dialog.loading')}</p>;
  } else if ('error' in fetched) {
    body = <p role="alert">{t('schedule.dialog.error', { message: fetched.error })}</p>;
  } else if (fetched.explanation === null || !debt) {
    body = <p>{t('schedule.dialog.unavailable')}</p>;
  } else {
    const { primary, rest } = orderedSections(
      request.figure,
      debtSections(fetched.explanation, debt.minimumPayment, wording),
    );
    body = (
      <>
        <SectionView heading="h3" section={primary} />
        <h3 className="explain-all">{t('schedule.dialog.allTitle')}</h3>
        {rest.map((section) => (
          <SectionView key={section.key} heading="h4" section={section} />
        ))}
      </>
    );
  }

  return (
    <dialog
      ref={dialogRef}
      className="explain-dialog"
      aria-labelledby="explain-title"
      onClose={(event) => {
        // Only a dialog that is really shut is closed: StrictMode's trial unmount closes it and
        // opens it again at once, and the close event of that trial arrives after the reopening.
        if (!event.currentTarget.open) onClose();
      }}
    >
      <div className="explain-head">
        <h2 id="explain-title">{title}</h2>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          {t('schedule.dialog.close')}
        </button>
      </div>
      <p className="explain-value">{request.value}</p>
      <div aria-live="polite">{body}</div>
    </dialog>
  );
}
