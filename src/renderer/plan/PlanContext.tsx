import { type ReactNode, createContext, useContext, useMemo } from 'react';
import type { ScenarioInput } from '../../core/scenario/types';
import { type HouseholdData, useHousehold } from '../db/household';
import { toScenarioInput } from '../db/scenarioRows';
import { useSettings } from '../settings/SettingsContext';
import type { PlanClient } from './planClient';
import { type PlanState, usePlanOf } from './usePlan';

interface PlanContextValue {
  state: PlanState;
  client: PlanClient;
  household: HouseholdData | undefined;
  scenario: ScenarioInput | null;
}

const PlanContext = createContext<PlanContextValue | null>(null);

/** What the household's plan is made from: nothing to plan until a debt is entered. */
export function householdScenario(
  household: HouseholdData | undefined,
  currency: string,
): ScenarioInput | null {
  return household && household.debts.length > 0 ? toScenarioInput(household, currency) : null;
}

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
  const household = useHousehold(undefined, firstHousehold);
  const { currency } = useSettings();
  const scenario = useMemo(() => householdScenario(household, currency), [household, currency]);
  const { state, client } = usePlanOf(scenario);
  const value = useMemo(
    () => ({
      state: household === undefined ? ({ status: 'computing' } as const) : state,
      client,
      household,
      scenario,
    }),
    [state, client, household, scenario],
  );
  return <PlanContext.Provider value={value}>{children}</PlanContext.Provider>;
}

export function usePlan(): PlanContextValue {
  const value = useContext(PlanContext);
  if (!value) throw new Error('usePlan must be used inside <PlanProvider>');
  return value;
}
