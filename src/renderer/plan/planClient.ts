import type {
  PlanArgs,
  PlanMethod,
  PlanResultOf,
  PlanWorkerRequest,
  PlanWorkerResponse,
} from './planProtocol';

/** What a client needs of a worker: a Worker, or in tests the worker's host in-process. */
export interface PlanPort {
  postMessage(request: PlanWorkerRequest): void;
  onmessage: ((event: MessageEvent<PlanWorkerResponse>) => void) | null;
}

interface Pending {
  resolve: (result: never) => void;
  reject: (error: Error) => void;
}

/** Callers' ids, unique in the page (so in each worker too). */
let nextClient = 1;

/** One worker's messages: each request gets an id on it, and its answer settles that promise. */
export class PlanConnection {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly port: PlanPort) {
    port.onmessage = (event) => {
      const response = event.data;
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (!waiting) return;
      if (response.ok) waiting.resolve(response.result as never);
      else waiting.reject(new Error(response.error));
    };
  }

  /** A new caller of this worker, with its own plan there. */
  client(): PlanClient {
    return new PlanClient(() => this, nextClient++);
  }

  call<K extends PlanMethod>(client: number, name: K, args: PlanArgs<K>): Promise<PlanResultOf<K>> {
    const id = this.nextId++;
    return new Promise<PlanResultOf<K>>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.port.postMessage({ id, client, name, args } as PlanWorkerRequest);
    });
  }
}

/**
 * One caller of the planning worker (a view's plan, the print view, a what-if, proposals):
 * typed calls, one answer each. Its plan in the worker is its own — no other caller's request
 * replaces it or cancels its comparisons.
 */
export class PlanClient {
  private connection: PlanConnection | null = null;

  /** `connect` is called on the first request: a view that never asks starts no worker. */
  constructor(
    private readonly connect: () => PlanConnection,
    private readonly id: number,
  ) {}

  send<K extends PlanMethod>(name: K, args: PlanArgs<K>): Promise<PlanResultOf<K>> {
    this.connection ??= this.connect();
    return this.connection.call(this.id, name, args);
  }

  /** Drops this caller's plan from the worker (it is planned again on its next request). */
  release(): void {
    if (this.connection) void this.send('forget', {}).catch(() => undefined);
  }
}

export type WorkerPurpose = 'household' | 'whatIf' | 'proposals';

const connections = new Map<WorkerPurpose, PlanConnection>();

/** The worker of a purpose, started on first use and kept for the life of the page. */
function connectionFor(purpose: WorkerPurpose): PlanConnection {
  let connection = connections.get(purpose);
  if (!connection) {
    const worker = new Worker(new URL('./planWorker.ts', import.meta.url), { type: 'module' });
    connection = new PlanConnection(worker as PlanPort);
    connections.set(purpose, connection);
  }
  return connection;
}

/**
 * One worker per purpose for the life of the page — the household's plans, what-if previews, and
 * negotiation proposals — so none waits behind another's work; each caller gets its own client.
 */
export function planClient(purpose: WorkerPurpose): PlanClient {
  return new PlanClient(() => connectionFor(purpose), nextClient++);
}

/**
 * Starts a worker before anyone asks it for a plan: at start-up, the household's worker loads
 * and compiles the engine while the page reads its settings and draws, instead of after.
 */
export function startPlanWorker(purpose: WorkerPurpose): void {
  connectionFor(purpose);
}
