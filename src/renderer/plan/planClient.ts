import type { DebtPeriodExplanation } from '../../core/engine/explanation';
import type { ProposalContext } from '../../core/proposals/types';
import type { ScenarioInput } from '../../core/scenario/types';
import type { PlanRequest, PlanResponse } from './planProtocol';

type Pending = (response: PlanResponse) => void;
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** Talks to the planning worker: one request, one promised answer, matched by id. */
export class PlanClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker = new Worker(new URL('./planWorker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<PlanResponse>) => {
      const settle = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      settle?.(event.data);
    };
  }

  private send(request: WithoutId<PlanRequest>): Promise<PlanResponse> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ ...request, id } as PlanRequest);
    });
  }

  plan(scenario: ScenarioInput): Promise<PlanResponse> {
    return this.send({ type: 'plan', scenario });
  }

  propose(
    scenario: ScenarioInput,
    debtId: string,
    context: ProposalContext,
  ): Promise<PlanResponse> {
    return this.send({ type: 'propose', scenario, debtId, context });
  }

  async explain(month: number, debtId: string): Promise<DebtPeriodExplanation | null> {
    const response = await this.send({ type: 'explain', month, debtId });
    if (response.type === 'error') throw new Error(response.message);
    return response.type === 'explain' ? response.explanation : null;
  }
}

const clients = new Map<string, PlanClient>();

/**
 * One worker per purpose for the life of the page: the household's plan, what-if previews, and
 * negotiation proposals, so none of them waits behind (or replaces) another.
 */
export function planClient(purpose: 'household' | 'whatIf' | 'proposals'): PlanClient {
  let client = clients.get(purpose);
  if (!client) {
    client = new PlanClient();
    clients.set(purpose, client);
  }
  return client;
}
