import { useEffect, useMemo, useState } from 'react';
import type { PlanVariantInput, ScenarioInput } from '../../core/scenario/types';
import type { PlanColumn } from '../export/csvTables';
import { errorMessage } from '../plan/planProtocol';
import { useOwnPlanClient } from '../plan/usePlan';

/** At most this many 方案 beside things as they are: five columns still read at 800 px. */
export const MAX_COMPARED = 4;

/** A column to compare: its key, the name it is shown under, and its changes. */
export interface PlanEntry {
  key: string;
  name: string;
  variant: PlanVariantInput;
}

export type ComparedColumn = PlanColumn & { key: string };

export type PlanComparisonState =
  | { status: 'idle' }
  | { status: 'computing' }
  | { status: 'invalid' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; columns: ComparedColumn[] };

/**
 * The household and its 方案, planned in the what-if worker (never the household's own): one
 * column per entry, the household being the empty 方案. Worked out again whenever the household
 * or the entries change; until the answer for the entries now asked for arrives, it is
 * computing — figures are never shown under the names of other 方案.
 */
export function usePlanComparison(
  scenario: ScenarioInput | null,
  entries: readonly PlanEntry[],
): PlanComparisonState {
  const client = useOwnPlanClient('whatIf');
  const [state, setState] = useState<PlanComparisonState>({ status: 'computing' });
  const [answered, setAnswered] = useState<string | null>(null);
  const key = useMemo(
    () => (scenario ? JSON.stringify({ scenario, entries }) : null),
    [scenario, entries],
  );

  useEffect(() => {
    if (key === null) return;
    let current = true;
    const settle = (next: PlanComparisonState) => {
      if (!current) return;
      setAnswered(key);
      setState(next);
    };
    const request = JSON.parse(key) as { scenario: ScenarioInput; entries: PlanEntry[] };
    client
      .send('comparePlans', {
        scenario: request.scenario,
        variants: request.entries.map((entry) => entry.variant),
      })
      .then(
        (answer) =>
          settle(
            answer.ok
              ? {
                  status: 'ready',
                  columns: answer.columns.map((figures, i) => ({
                    key: request.entries[i]?.key ?? String(i),
                    name: request.entries[i]?.name ?? '',
                    figures,
                  })),
                }
              : { status: 'invalid' },
          ),
        (error: unknown) => settle({ status: 'failed', message: errorMessage(error) }),
      );
    return () => {
      current = false;
    };
  }, [client, key]);

  if (key === null) return { status: 'idle' };
  return answered === key ? state : { status: 'computing' };
}
