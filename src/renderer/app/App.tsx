import { Suspense, lazy, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { DashboardPage } from '../dashboard/DashboardPage';
import type { UiLanguage as Language } from '../../shared/contract';
import type { SettingsRow } from '../db/AppDB';
import type { HouseholdData } from '../db/householdRead';
import { ashore } from '../platform/ashore';
import { UndoProvider } from '../forms/Undo';
import { SettingsProvider, useSettings } from '../settings/SettingsContext';
import { PlanProvider } from '../plan/PlanContext';
import { DueReminders } from '../dues/DueReminders';
import { isPrintHash } from '../print/printSource';
import { StorageBanner } from '../storage/StorageBanner';
import { ErrorBoundary } from './ErrorBoundary';
import { PageArrival, skipToMain, useArrivalFocus } from './focusOnNavigation';
import { Navigation } from './Navigation';
import { type Route, useRoute } from './routes';
import { useMenuCommands } from './useMenuCommands';

// The overview is in the first bundle; every other page is its own chunk, fetched when first
// opened: the overview's load does not parse the negotiation, schedule and data code. (Local
// files: a chunk arrives in milliseconds, so no loading text is shown.)
const BudgetPage = lazy(() =>
  import('../budget/BudgetPage').then((m) => ({ default: m.BudgetPage })),
);
const DebtsPage = lazy(() => import('../debts/DebtsPage').then((m) => ({ default: m.DebtsPage })));
const StrategiesPage = lazy(() =>
  import('../strategies/StrategiesPage').then((m) => ({ default: m.StrategiesPage })),
);
const NegotiationPage = lazy(() =>
  import('../negotiation/NegotiationPage').then((m) => ({ default: m.NegotiationPage })),
);
const PaymentsPage = lazy(() =>
  import('../payments/PaymentsPage').then((m) => ({ default: m.PaymentsPage })),
);
const SchedulePage = lazy(() =>
  import('../plan/schedule/SchedulePage').then((m) => ({ default: m.SchedulePage })),
);
const DataPage = lazy(() => import('../data/DataPage').then((m) => ({ default: m.DataPage })));
const SettingsPage = lazy(() =>
  import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
const PlansPage = lazy(() => import('../plans/PlansPage').then((m) => ({ default: m.PlansPage })));
// The print view (the PDF's document) is a chunk too: it brings the plans' comparison, CSV
// tables and the schemas of saved plans, none of which the overview's start needs.
const PrintApp = lazy(() => import('../print/PrintApp').then((m) => ({ default: m.PrintApp })));
const MethodologyPage = lazy(() =>
  import('../methodology/MethodologyPage').then((m) => ({ default: m.MethodologyPage })),
);

function Page({ route }: { route: Route }) {
  switch (route) {
    case 'home':
      return <DashboardPage />;
    case 'budget':
      return <BudgetPage />;
    case 'debts':
      return <DebtsPage />;
    case 'strategies':
      return <StrategiesPage />;
    case 'negotiation':
      return <NegotiationPage />;
    case 'payments':
      return <PaymentsPage />;
    case 'schedule':
      return <SchedulePage />;
    case 'data':
      return <DataPage />;
    case 'settings':
      return <SettingsPage />;
    case 'methodology':
      return <MethodologyPage />;
    case 'plans':
      return <PlansPage />;
  }
}

function Root() {
  // The print view is a document, not a page of the app: no navigation, no shell.
  const printing = useSyncExternalStore(subscribeToHash, () => isPrintHash(window.location.hash));
  return printing ? <PrintApp /> : <Shell />;
}

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function Shell() {
  const { t, i18n } = useTranslation();
  const { language, theme } = useSettings();
  const route = useRoute();

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    document.title = t('app.fullName');
  }, [i18n, language, t]);

  // The colours (styles.css). Only the app's shell sets them: the print view stays on white.
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
    return () => {
      delete document.documentElement.dataset['theme'];
    };
  }, [theme]);

  // The native menu speaks the language chosen here (the browser shell has none). A failure
  // leaves the menu in its previous language, nothing else: not worth an alarm.
  useEffect(() => {
    void ashore.setMenuLanguage(language).catch(() => undefined);
  }, [language]);
  useMenuCommands();
  const arrive = useArrivalFocus(route);

  return (
    <div className="shell">
      <DueReminders />
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header className="brand">
        <span className="brand-mark" aria-hidden="true">
          岸
        </span>
        <span className="brand-name">{t('app.fullName')}</span>
      </header>
      <Navigation current={route} />
      <main id="main" className="content" tabIndex={-1}>
        <StorageBanner />
        <ErrorBoundary key={route}>
          <Suspense fallback={null}>
            <Page route={route} />
            <PageArrival route={route} onArrive={arrive} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}

/** What start-up read before the first render: shown at once, then kept live. */
export interface FirstRead {
  settings: SettingsRow | null;
  household: HouseholdData;
}

export function App({
  systemLanguage,
  firstRead,
}: {
  systemLanguage: Language;
  firstRead?: FirstRead;
}) {
  return (
    <ErrorBoundary>
      <SettingsProvider systemLanguage={systemLanguage} firstRow={firstRead?.settings}>
        <PlanProvider firstHousehold={firstRead?.household}>
          <UndoProvider>
            <Root />
          </UndoProvider>
        </PlanProvider>
      </SettingsProvider>
    </ErrorBoundary>
  );
}
