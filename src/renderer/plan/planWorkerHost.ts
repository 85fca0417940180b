import { findExplanation, plan, planDetailed } from '../../core/engine/api';
import type { PlanExplanations } from '../../core/engine/explanation';
import type { PlanResult } from '../../core/engine/output';
import { withSet } from '../../core/proposals/allSets';
import { proposeAll, proposeFor } from '../../core/proposals/index';
import { planVariantFigures } from '../../core/plans/planVariantFigures';
import { planVariantSchema } from '../../core/scenario/schema';
import type { Scenario } from '../../core/scenario/types';
import { validateScenario } from '../../core/scenario/validate';
import { planCore, planExtrasSteps } from './planBundle';
import {
  type PlanArgs,
  type PlanMethod,
  type PlanResultOf,
  type PlanWorkerRequest,
  type PlanWorkerResponse,
  errorMessage,
} from './planProtocol';

/** One client's plan in the worker: what its explanations and comparisons are about. */
interface ClientPlan {
  planId: number;
  scenario: Scenario | null;
  result: PlanResult | null;
  // Explanations are built only when someone asks "why?", once per plan.
  explanations: PlanExplanations | null;
}

type Handlers = {
  [K in PlanMethod]: (
    client: number,
    args: PlanArgs<K>,
  ) => PlanResultOf<K> | Promise<PlanResultOf<K>>;
};

/** Lets queued messages in between two plans: a newer edit is answered first. */
const giveWay = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * How long the comparisons run before the worker gives way: a newer edit's plan waits at most
 * this and one month of a plan more (see Steps). Not after every month: a month of a plan takes
 * well under a millisecond, and a timer set from a timer waits at least 4 ms once nested (HTML's
 * clamp).
 */
const EXTRAS_SLICE_MS = 12;

/**
 * The planning worker's side of the contract, apart from the worker itself so tests can drive
 * it: answers each request through `answer`, keeping one plan per client — a client's newer plan
 * supersedes only that client's comparisons, never another's.
 */
export function createPlanWorkerHost(
  answer: (response: PlanWorkerResponse) => void,
): (request: PlanWorkerRequest) => void {
  const plans = new Map<number, ClientPlan>();
  let lastPlanId = 0;
  const isCurrent = (client: number, planId: number) => plans.get(client)?.planId === planId;

  const handlers: Handlers = {
    plan(client, { scenario }) {
      const startedAt = performance.now();
      const planId = ++lastPlanId;
      const validation = validateScenario(scenario);
      if (!validation.ok) {
        plans.set(client, { planId, scenario: null, result: null, explanations: null });
        return { ok: false, issues: validation.issues };
      }
      const result = plan(validation.scenario);
      plans.set(client, { planId, scenario: validation.scenario, result, explanations: null });
      return {
        ok: true,
        planId,
        bundle: planCore(validation.scenario, result, performance.now() - startedAt),
      };
    },
    async planExtras(client, { planId }) {
      const current = plans.get(client);
      if (!current?.scenario || !current.result || current.planId !== planId) return null;
      const steps = planExtrasSteps(current.scenario, current.result);
      let sliceStart = -Infinity;
      for (;;) {
        if (performance.now() - sliceStart >= EXTRAS_SLICE_MS) {
          await giveWay();
          if (!isCurrent(client, planId)) return null;
          sliceStart = performance.now();
        }
        const step = steps.next();
        if (step.done) return step.value;
      }
    },
    explain(client, { month, debtId }) {
      const current = plans.get(client);
      if (!current?.scenario) return null;
      current.explanations ??= planDetailed(current.scenario).explanations;
      return findExplanation(current.explanations, month, debtId);
    },
    propose(_client, { scenario, debtId, context }) {
      // Proposals plan the scenario once per candidate: here, off the UI thread, like a plan.
      const validation = validateScenario(scenario);
      return validation.ok
        ? { ok: true, result: proposeFor(validation.scenario, debtId, context) }
        : { ok: false, issues: validation.issues };
    },
    proposeAll(_client, { scenario, context }) {
      const validation = validateScenario(scenario);
      if (!validation.ok) return { ok: false, issues: validation.issues };
      const result = proposeAll(validation.scenario, context);
      const agreed = withSet(
        validation.scenario,
        new Map(result.agreements.map(({ debtId, agreement }) => [debtId, agreement])),
      );
      return { ok: true, result, agreed: { scenario: agreed, result: plan(agreed) } };
    },
    comparePlans(_client, { scenario, variants }) {
      const validation = validateScenario(scenario);
      if (!validation.ok) return { ok: false, issues: validation.issues };
      const columns = variants.map((variant) =>
        planVariantFigures(validation.scenario, planVariantSchema.parse(variant)),
      );
      return { ok: true, columns };
    },
    forget(client) {
      plans.delete(client);
      return null;
    },
  };

  return (request) => {
    const handle = handlers[request.name] as (
      client: number,
      args: PlanArgs<typeof request.name>,
    ) => PlanResultOf<PlanMethod> | Promise<PlanResultOf<PlanMethod>>;
    // Synchronous handlers answer before the next message is read: their order is kept.
    new Promise<PlanResultOf<PlanMethod>>((resolve) =>
      resolve(handle(request.client, request.args)),
    ).then(
      (result) => answer({ id: request.id, ok: true, result }),
      (error: unknown) => answer({ id: request.id, ok: false, error: errorMessage(error) }),
    );
  };
}
