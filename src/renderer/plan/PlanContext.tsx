import {
  type ReactNode,
  createContext,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { ScenarioInput } from '../../core/scenario/types';
import { type HouseholdData, useHousehold } from '../db/householdRead';
import { householdScenario } from '../db/scenarioRows';
import { useSettings } from '../settings/SettingsContext';
import type { PlanClient } from './planClient';
import { planAhead, scenarioKey, startupClientFor } from './planAhead';
import { type PlanState, useOwnPlanClient, usePlanWith } from './usePlan';

interface PlanContextValue {
  state: PlanState;
  client: PlanClient;
  household: HouseholdData | undefined;
  scenario: ScenarioInput | null;
  /** A view that shows the comparisons asks for them while it is mounted; returns its release. */
  wantExtras: () => () => void;
}

const PlanContext = createContext<PlanContextValue | null>(null);

/** The household alone: views that show no plan state are not redrawn when a plan arrives. */
type HouseholdValue = Pick<PlanContextValue, 'household' | 'scenario'>;
const HouseholdContext = createContext<HouseholdValue | null>(null);

/**
 * The household's plan, shared by every view: recomputed in the worker whenever any stored data
 * changes (the live query sees every write), so dashboard, charts and schedule always agree.
 */
export function PlanProvider({
  children,
  firstHousehold,
}: {
  children: ReactNode;
  /** The household as read at start-up: planned (see planAtStartup) before the live query answers. */
  firstHousehold?: HouseholdData;
}) {
  const { currency } = useSettings();
  const client = useOwnPlanClient('household', () => {
    const first = householdScenario(firstHousehold, currency);
    return first ? startupClientFor(scenarioKey(first)) : null;
  });
  // An edit's plan is asked for when the live query reads the new household, not after the
  // render that marks the shown plan stale.
  const askAhead = useCallback(
    (read: HouseholdData) => {
      const next = householdScenario(read, currency);
      if (next) planAhead(client, next);
    },
    [client, currency],
  );
  const household = useHousehold(undefined, firstHousehold, askAhead);
  const scenario = useMemo(() => householdScenario(household, currency), [household, currency]);
  // How many mounted views show the comparisons (the overview, strategies, print).
  const [extrasWanted, setExtrasWanted] = useState(0);
  const wantExtras = useCallback(() => {
    setExtrasWanted((count) => count + 1);
    return () => setExtrasWanted((count) => count - 1);
  }, []);
  const state = usePlanWith(client, scenario, extrasWanted > 0);
  const value = useMemo(
    () => ({
      state: household === undefined ? ({ status: 'computing' } as const) : state,
      client,
      household,
      scenario,
      wantExtras,
    }),
    [state, client, household, scenario, wantExtras],
  );
  // Views of the household alone follow a change in a render of their own: the one that marks
  // the shown plan stale (and the one that shows the new plan's headline) stays small.
  const later = useDeferredValue(useMemo(() => ({ household, scenario }), [household, scenario]));
  return (
    <HouseholdContext.Provider value={later}>
      <PlanContext.Provider value={value}>{children}</PlanContext.Provider>
    </HouseholdContext.Provider>
  );
}

/**
 * The household's plan. `withExtras`: this view shows the comparisons (`bundle.extras`), which
 * are worked out only while such a view is mounted.
 */
export function usePlan({ withExtras = false }: { withExtras?: boolean } = {}): PlanContextValue {
  const value = useContext(PlanContext);
  if (!value) throw new Error('usePlan must be used inside <PlanProvider>');
  const { wantExtras } = value;
  useEffect(() => (withExtras ? wantExtras() : undefined), [withExtras, wantExtras]);
  return value;
}

/** The household and its scenario, without the plan's state: redrawn only when they change. */
export function useHouseholdData(): HouseholdValue {
  const value = useContext(HouseholdContext);
  if (!value) throw new Error('useHouseholdData must be used inside <PlanProvider>');
  return value;
}
