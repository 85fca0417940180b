import type { DebtPeriodExplanation } from '../../core/engine/explanation';
import type { ProposalContext } from '../../core/proposals/types';
import type { ScenarioInput } from '../../core/scenario/types';
import type { PlanExtras, PlanRequest, PlanResponse } from './planProtocol';

type Pending = (response: PlanResponse) => void;
type ExtrasListener = (extras: PlanExtras) => void;
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** Talks to the planning worker: one request, one promised answer, matched by id. */
export class PlanClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private readonly extrasListeners = new Map<number, ExtrasListener>();
  private nextId = 1;

  constructor() {
    this.worker = new Worker(new URL('./planWorker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<PlanResponse>) => {
      if (event.data.type === 'planExtras') {
        this.extrasListeners.get(event.data.id)?.(event.data.extras);
        this.extrasListeners.delete(event.data.id);
        return;
      }
      const settle = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      settle?.(event.data);
    };
  }

  private send(request: WithoutId<PlanRequest>, onExtras?: ExtrasListener): Promise<PlanResponse> {
    const id = this.nextId++;
    // A newer plan supersedes the comparisons of every older one.
    if (onExtras) {
      this.extrasListeners.clear();
      this.extrasListeners.set(id, onExtras);
    }
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ ...request, id } as PlanRequest);
    });
  }

  /** The plan (the promise), then its comparisons (the listener), in two answers. */
  plan(scenario: ScenarioInput, onExtras: ExtrasListener = () => undefined): Promise<PlanResponse> {
    return this.send({ type: 'plan', scenario }, onExtras);
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
