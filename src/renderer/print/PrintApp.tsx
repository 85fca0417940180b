import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../db/AppDB';
import { todayIso } from '../format/dates';
import { toScenarioInput, useHousehold } from '../db/household';
import { usePlanOf } from '../plan/usePlan';
import { SettingsOverride, useSettings } from '../settings/SettingsContext';
import { PrintDocument } from './PrintDocument';
import type { NegotiationRecords } from './PrintLenders';
import { injectedPrint, printLanguageOf } from './printSource';

const noRecords: NegotiationRecords = { statements: [], evidence: [], contacts: [] };

/**
 * The print view (#/print): the household's plan as an A4 document, or — for the `pdf` command —
 * the plan of a scenario file handed in before load. When everything is drawn and the fonts are
 * in, it marks the page ready: both PDF paths wait for that mark before printing.
 */
export function PrintApp() {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const injected = injectedPrint();
  const language = injected?.language ?? printLanguageOf(window.location.hash) ?? settings.language;
  const household = useHousehold();
  const stored = useLiveQuery(async () => {
    const [statements, evidence, contacts] = await Promise.all([
      db.statements.toArray(),
      db.evidence.toArray(),
      db.contacts.toArray(),
    ]);
    return { statements, evidence, contacts };
  }, []);
  const scenario = useMemo(() => {
    if (injected) return injected.scenario;
    return household && household.debts.length > 0
      ? toScenarioInput(household, settings.currency)
      : null;
  }, [injected, household, settings.currency]);
  const { state } = usePlanOf(scenario);
  const currency = injected?.scenario.currency ?? settings.currency;
  // Printed only once the comparisons are in too: the document shows them.
  const ready =
    state.status === 'ready' &&
    !state.stale &&
    state.bundle.extras !== undefined &&
    i18n.language === language &&
    (injected || stored);

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  useEffect(() => {
    document.title = `${t('print.title')} ${injected?.madeOn ?? todayIso()}`;
    if (!ready) return;
    let active = true;
    void document.fonts.ready.then(() =>
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
  if (state.status !== 'ready') return <p className="print-status">{t('print.preparing')}</p>;
  return (
    <SettingsOverride language={language} currency={currency}>
      <div className="print-toolbar">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('export.print')}
        </button>
      </div>
      <PrintDocument
        bundle={state.bundle}
        records={injected ? noRecords : (stored ?? noRecords)}
        madeOn={injected?.madeOn ?? todayIso()}
        language={language}
      />
    </SettingsOverride>
  );
}
