import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../../src/core/scenario/types';
import {
  earlyClientFor,
  planAtStartup,
  scenarioKey,
  takeEarlyAnswer,
} from '../../../src/renderer/plan/earlyPlan';
import { PlanConnection, type PlanPort } from '../../../src/renderer/plan/planClient';
import type {
  PlanWorkerRequest,
  PlanWorkerResponse,
} from '../../../src/renderer/plan/planProtocol';
import { createPlanWorkerHost } from '../../../src/renderer/plan/planWorkerHost';

const fixtures = resolve(import.meta.dirname, '../../../../shared/fixtures');
const input = (name: string) =>
  JSON.parse(readFileSync(`${fixtures}/${name}.scenario.json`, 'utf8')) as ScenarioInput;

/** The worker's host in-process, counting the requests it is sent. */
function countingPort(): { port: PlanPort; requests: PlanWorkerRequest['name'][] } {
  const requests: PlanWorkerRequest['name'][] = [];
  const port: PlanPort = {
    onmessage: null,
    postMessage: (request) => {
      requests.push(request.name);
      handle(request);
    },
  };
  const handle = createPlanWorkerHost((response: PlanWorkerResponse) =>
    port.onmessage?.({ data: response } as MessageEvent<PlanWorkerResponse>),
  );
  return { port, requests };
}

describe('the plan asked for at start-up', () => {
  it('is taken once, by its client, for its scenario: the worker plans the household once', async () => {
    const { port, requests } = countingPort();
    const client = new PlanConnection(port).client();
    const scenario = input('03-mixed-avalanche');
    planAtStartup(scenario, client);
    const key = scenarioKey(scenario);

    expect(earlyClientFor(scenarioKey(input('07-agreements')))).toBeNull();
    expect(earlyClientFor(key)).toBe(client);
    const answer = takeEarlyAnswer(client, key);
    expect(answer).not.toBeNull();
    expect((await answer)?.ok).toBe(true);
    expect(requests).toEqual(['plan']);
    // Taken: a second mount (StrictMode) or a later edit asks the worker again.
    expect(takeEarlyAnswer(client, key)).toBeNull();
    expect(earlyClientFor(key)).toBeNull();
  });

  it('is left alone by another client or for another scenario', () => {
    const { port } = countingPort();
    const connection = new PlanConnection(port);
    const client = connection.client();
    const scenario = input('03-mixed-avalanche');
    planAtStartup(scenario, client);
    expect(takeEarlyAnswer(connection.client(), scenarioKey(scenario))).toBeNull();
    expect(takeEarlyAnswer(client, scenarioKey(input('07-agreements')))).toBeNull();
    expect(takeEarlyAnswer(client, scenarioKey(scenario))).not.toBeNull();
  });
});
