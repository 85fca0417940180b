import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ScenarioInput } from '../../../src/core/scenario/types';
import type { PlanPort } from '../../../src/renderer/plan/planClient';
import type {
  PlanWorkerRequest,
  PlanWorkerResponse,
} from '../../../src/renderer/plan/planProtocol';
import { createPlanWorkerHost } from '../../../src/renderer/plan/planWorkerHost';

/**
 * The planning worker's host in-process, behind the port a client talks to. `asTasks`: every
 * message is delivered as a later task, as a Worker's postMessage does, so the requests of
 * several clients interleave as they do in the app. `onRequest` sees each request sent.
 */
export function hostPort({
  asTasks = false,
  onRequest,
}: { asTasks?: boolean; onRequest?: (request: PlanWorkerRequest) => void } = {}): PlanPort {
  const deliver = (run: () => void) => {
    if (asTasks) setTimeout(run, 0);
    else run();
  };
  const port: PlanPort = {
    onmessage: null,
    postMessage: (request) => {
      onRequest?.(request);
      deliver(() => handle(request));
    },
  };
  const handle = createPlanWorkerHost((response: PlanWorkerResponse) =>
    deliver(() => port.onmessage?.({ data: response } as MessageEvent<PlanWorkerResponse>)),
  );
  return port;
}

const fixtures = resolve(import.meta.dirname, '../../../../shared/fixtures');

/** A scenario file of the shared (v1) fixtures, as the app reads it: not yet validated. */
export const fixtureInput = (name: string) =>
  JSON.parse(readFileSync(`${fixtures}/${name}.scenario.json`, 'utf8')) as ScenarioInput;
