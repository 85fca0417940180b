import { createPlanWorkerHost } from './planWorkerHost';
import type { PlanWorkerRequest, PlanWorkerResponse } from './planProtocol';

// The engine runs here, off the UI thread: typing never waits for a re-plan. (The worker's
// global is typed by hand: the renderer's DOM typings and the webworker lib cannot coexist.)
interface WorkerScope {
  onmessage: ((event: MessageEvent<PlanWorkerRequest>) => void) | null;
  postMessage(message: PlanWorkerResponse): void;
}
const scope = self as unknown as WorkerScope;

const handle = createPlanWorkerHost((response) => scope.postMessage(response));
scope.onmessage = (event) => handle(event.data);
