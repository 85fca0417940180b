import {
  type ReactNode,
  createContext,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
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
  /** A view that shows the plan makes each edit's plan urgent while it is mounted (usePlan). */
  wantPlan: () => () => void;
}

/**
 * While no view shows the plan (the budget and debts pages: only the due reminders use it),
 * the household is planned once it has stayed unchanged this long, not at once: a person who
 * saves and then opens the overview gets there later than this, and finds the plan made. In
 * browser mode another window of the app may show the same edit's plan meanwhile, and this one's
 * plan waits until that is drawn. It was 2 s: the overview opened 0.6 s after a save then planned
 * it itself, and showed its figures 109 ms after the click (median of 10) instead of 38 ms.
 */
const QUIET_PLAN_DELAY_MS = 300;

/**
 * Whether any mounted view wants something (the plan made urgent, the comparisons), and how a
 * view says so while it is mounted: `want` returns its release.
 */
function useWanted(): [boolean, () => () => void] {
  const [count, setCount] = useState(0);
  const want = useCallback(() => {
    setCount((wanting) => wanting + 1);
    return () => setCount((wanting) => wanting - 1);
  }, []);
  return [count > 0, want];
}

/** The value once it has stayed the same for `ms`; the first value at once. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (settled === value) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms, settled]);
  return settled;
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
  // Whether a mounted view shows the plan, and the comparisons (the overview, strategies, print).
  const [showing, wantPlan] = useWanted();
  const [extrasWanted, wantExtras] = useWanted();
  // Read by the live query's callback, which must stay the same function (a new one restarts
  // the query).
  const showingNow = useRef(showing);
  useLayoutEffect(() => {
    showingNow.current = showing;
  }, [showing]);
  // An edit's plan is asked for when the live query reads the new household, not after the
  // render that marks the shown plan stale — when a view shows it.
  const askAhead = useCallback(
    (read: HouseholdData) => {
      const next = householdScenario(read, currency);
      if (next && showingNow.current) planAhead(client, next);
    },
    [client, currency],
  );
  const household = useHousehold(undefined, firstHousehold, askAhead);
  const scenario = useMemo(() => householdScenario(household, currency), [household, currency]);
  const settled = useSettled(scenario, QUIET_PLAN_DELAY_MS);
  const state = usePlanWith(client, showing ? scenario : settled, extrasWanted);
  const value = useMemo(
    () => ({
      state: household === undefined ? ({ status: 'computing' } as const) : state,
      client,
      household,
      scenario,
      wantExtras,
      wantPlan,
    }),
    [state, client, household, scenario, wantExtras, wantPlan],
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
 * are worked out only while such a view is mounted. `quiet`: this view uses the plan without
 * showing it (the due reminders), and an edit's plan can wait for the household to settle.
 */
export function usePlan({
  withExtras = false,
  quiet = false,
}: { withExtras?: boolean; quiet?: boolean } = {}): PlanContextValue {
  const value = useContext(PlanContext);
  if (!value) throw new Error('usePlan must be used inside <PlanProvider>');
  const { wantExtras, wantPlan } = value;
  useEffect(() => (withExtras ? wantExtras() : undefined), [withExtras, wantExtras]);
  // Before the first paint, so a view never paints a plan planned only quietly.
  useLayoutEffect(() => (quiet ? undefined : wantPlan()), [quiet, wantPlan]);
  return value;
}

/** The household and its scenario, without the plan's state: redrawn only when they change. */
export function useHouseholdData(): HouseholdValue {
  const value = useContext(HouseholdContext);
  if (!value) throw new Error('useHouseholdData must be used inside <PlanProvider>');
  return value;
}
