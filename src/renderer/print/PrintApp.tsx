import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBaseline } from '../db/baseline';
import { paymentRowsOf } from '../db/scenarioRows';
import { useRebases } from '../db/checkIns';
import { type AllNegotiationRecords, useAllNegotiationRecords } from '../db/negotiationRecords';
import { todayIso } from '../format/dates';
import { usePlan } from '../plan/PlanContext';
import { usePlanOf } from '../plan/usePlan';
import { SettingsOverride, useSettings } from '../settings/SettingsContext';
import { lenderPacketOf, plansFirstOf } from '../../shared/printRoute';
import { usePlanVariants } from '../db/usePlanVariants';
import { printEntries } from '../plans/printEntries';
import { usePlanComparison } from '../plans/usePlanComparison';
import { LenderPacketDocument } from './lender/LenderPacketDocument';
import { useProposalPlan } from './lender/useProposalPlan';
import { PrintDocument } from './PrintDocument';
import { loadFontsFor } from './printFonts';
import { injectedPrint, printLanguageOf } from './printSource';

const noRecords: AllNegotiationRecords = {
  statements: [],
  evidence: [],
  contacts: [],
  payments: [],
};

/**
 * The print view (#/print): the household's plan as an A4 document, or — for the `pdf` command —
 * the plan of a scenario file handed in before load. When everything is drawn and the fonts are
 * in, it marks the page ready: both PDF paths wait for that mark before printing.
 */
export function PrintApp() {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const injected = injectedPrint();
  // #/print/lender/<debtId>?…: the packet for one lender instead of the whole plan.
  const packet = lenderPacketOf(window.location.hash);
  const language =
    injected?.language ??
    packet?.language ??
    printLanguageOf(window.location.hash) ??
    settings.language;
  const stored = useAllNegotiationRecords();
  const storedBaseline = useBaseline();
  // The re-bases made (issue 13): the progress section's lived line goes on across them.
  const storedRebases = useRebases();
  // The household's plan is the app's own (PlanProvider), planned once for the whole window; a
  // scenario handed in is planned by a client of its own, which no other request can cancel.
  const { state: household, scenario: householdScenario } = usePlan({ withExtras: true });
  const handedIn = usePlanOf(injected?.scenario ?? null).state;
  const state = injected ? handedIn : household;
  const currency = injected?.scenario.currency ?? settings.currency;
  // The document is drawn only once the comparisons are in too: it shows them.
  const bundle =
    state.status === 'ready' && !state.stale && state.bundle.extras
      ? { ...state.bundle, extras: state.bundle.extras }
      : null;
  // A scenario file has no records but the payments of its actuals (no channel, note or receipt).
  const records = useMemo(
    () =>
      injected ? { ...noRecords, payments: paymentRowsOf(injected.scenario.actuals) } : stored,
    [injected, stored],
  );
  const baseline = injected ? null : storedBaseline;
  // A packet's proposal is shown as the plan with it agreed: one more plan, in the same worker
  // (idle by now: the comparisons above are in). The page is not ready before its figures are.
  const proposalPlan = useProposalPlan(
    packet ? (bundle?.scenario ?? null) : null,
    packet?.debtId ?? '',
    'household',
  );
  const rebases = injected ? [] : storedRebases;
  // The whole plan of the household may hold its 方案 comparison, the one chosen first.
  const plansFirst = injected || packet ? null : plansFirstOf(window.location.hash);
  const planRows = usePlanVariants();
  const asIsName = t('plans.household');
  const planEntries = useMemo(
    () => printEntries(planRows, plansFirst, asIsName),
    [planRows, plansFirst, asIsName],
  );
  const plans = usePlanComparison(planEntries ? householdScenario : null, planEntries ?? []);
  const plansSettled =
    plansFirst === null ||
    (planRows !== undefined && (planEntries === null || plans.status !== 'computing'));
  const ready =
    bundle !== null &&
    (proposalPlan.status === 'none' || proposalPlan.status === 'ready') &&
    records !== undefined &&
    baseline !== undefined &&
    rebases !== undefined &&
    plansSettled &&
    i18n.language === language;

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  useEffect(() => {
    document.title = `${t('print.title')} ${injected?.madeOn ?? todayIso()}`;
    if (!ready) return;
    let active = true;
    const text = document.querySelector('.print-document')?.textContent ?? '';
    void loadFontsFor(text)
      .then(() => document.fonts.ready)
      .then(() =>
        requestAnimationFrame(() => {
          if (active) document.documentElement.dataset['printReady'] = 'true';
        }),
      );
    return () => {
      active = false;
      delete document.documentElement.dataset['printReady'];
    };
  }, [ready, t, injected]);

  if (state.status === 'empty') return <p className="print-status">{t('planStatus.empty')}</p>;
  if (state.status === 'invalid') return <p className="print-status">{t('planStatus.invalid')}</p>;
  if (state.status === 'failed')
    return <p className="print-status">{t('planStatus.failed', { message: state.message })}</p>;
  if (proposalPlan.status === 'failed')
    return (
      <p className="print-status">{t('planStatus.failed', { message: proposalPlan.message })}</p>
    );
  if (
    !bundle ||
    !records ||
    baseline === undefined ||
    rebases === undefined ||
    proposalPlan.status === 'computing'
  )
    return <p className="print-status">{t('print.preparing')}</p>;
  return (
    <SettingsOverride language={language} currency={currency}>
      <div className="print-toolbar">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('export.print')}
        </button>
      </div>
      {packet ? (
        <LenderPacketDocument
          bundle={bundle}
          records={records}
          choice={packet}
          proposed={proposalPlan.status === 'ready' ? proposalPlan.bundle : null}
          madeOn={injected?.madeOn ?? todayIso()}
        />
      ) : (
        <PrintDocument
          bundle={bundle}
          records={records}
          madeOn={injected?.madeOn ?? todayIso()}
          language={language}
          baseline={baseline}
          rebases={rebases}
          plans={plans.status === 'ready' ? plans.columns : null}
        />
      )}
    </SettingsOverride>
  );
}
