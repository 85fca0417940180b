import { findExplanation, plan, planDetailed } from '../../core/engine/api';
import type { PlanExplanations } from '../../core/engine/explanation';
import type { PlanResult } from '../../core/engine/output';
import { proposeFor } from '../../core/proposals/index';
import type { Scenario } from '../../core/scenario/types';
import { validateScenario } from '../../core/scenario/validate';
import { planCore, planExtrasSteps } from './planBundle';
import type { PlanRequest, PlanResponse } from './planProtocol';

// The engine runs here, off the UI thread: typing never waits for a re-plan. (The worker's
// global is typed by hand: the renderer's DOM typings and the webworker lib cannot coexist.)
interface WorkerScope {
  onmessage: ((event: MessageEvent<PlanRequest>) => void) | null;
  postMessage(message: PlanResponse): void;
}
const scope = self as unknown as WorkerScope;

let current: Scenario | null = null;
// The newest plan request: comparisons still being computed for an older one are abandoned.
let latestPlan = 0;
// Explanations are built only when someone asks "why?", once per scenario.
let explanations: PlanExplanations | null = null;

function answer(response: PlanResponse): void {
  scope.postMessage(response);
}

/** Lets queued messages in between two plans: a newer edit is answered first. */
const giveWay = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function sendExtras(id: number, scenario: Scenario, result: PlanResult): Promise<void> {
  const steps = planExtrasSteps(scenario, result);
  for (;;) {
    await giveWay();
    if (latestPlan !== id) return;
    try {
      const step = steps.next();
      if (step.done) {
        answer({ id, type: 'planExtras', extras: step.value });
        return;
      }
    } catch (error) {
      answer({
        id,
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
      return;
    }
  }
}

scope.onmessage = (event: MessageEvent<PlanRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'plan') {
      latestPlan = request.id;
      const startedAt = performance.now();
      const validation = validateScenario(request.scenario);
      if (!validation.ok) {
        answer({ id: request.id, type: 'plan', ok: false, issues: validation.issues });
        return;
      }
      current = validation.scenario;
      explanations = null;
      const result = plan(current);
      const bundle = planCore(current, result, performance.now() - startedAt);
      answer({ id: request.id, type: 'plan', ok: true, bundle });
      void sendExtras(request.id, current, result);
      return;
    }
    if (request.type === 'propose') {
      // Proposals plan the scenario once per candidate: here, off the UI thread, like a plan.
      const validation = validateScenario(request.scenario);
      answer(
        validation.ok
          ? {
              id: request.id,
              type: 'propose',
              ok: true,
              result: proposeFor(validation.scenario, request.debtId, request.context),
            }
          : { id: request.id, type: 'propose', ok: false, issues: validation.issues },
      );
      return;
    }
    if (!current) {
      answer({ id: request.id, type: 'explain', explanation: null });
      return;
    }
    explanations ??= planDetailed(current).explanations;
    answer({
      id: request.id,
      type: 'explain',
      explanation: findExplanation(explanations, request.month, request.debtId),
    });
  } catch (error) {
    answer({
      id: request.id,
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
