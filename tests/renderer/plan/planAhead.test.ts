import { describe, expect, it } from 'vitest';
import {
  planAhead,
  planAtStartup,
  planFor,
  scenarioKey,
  startupClientFor,
} from '../../../src/renderer/plan/planAhead';
import { PlanConnection, type PlanPort } from '../../../src/renderer/plan/planClient';
import type { PlanWorkerRequest } from '../../../src/renderer/plan/planProtocol';
import { fixtureInput, hostPort } from './hostPort';

/** The worker's host in-process, counting the requests it is sent. */
function countingPort(): { port: PlanPort; requests: PlanWorkerRequest['name'][] } {
  const requests: PlanWorkerRequest['name'][] = [];
  return { port: hostPort({ onRequest: (request) => requests.push(request.name) }), requests };
}

describe('a plan asked for ahead of the render that shows it', () => {
  const a = fixtureInput('03-mixed-avalanche');
  const b = fixtureInput('07-agreements');

  it('is taken by the view for its scenario: the worker plans it once', async () => {
    const { port, requests } = countingPort();
    const client = new PlanConnection(port).client();
    planAhead(client, a);
    // The live query may read the same household again: nothing more is asked.
    planAhead(client, a);
    const answer = planFor(client, scenarioKey(a));
    expect((await answer)?.ok).toBe(true);
    expect(requests).toEqual(['plan']);
    // Taken once: a second mount (StrictMode) asks the worker again.
    expect(planFor(client, scenarioKey(a))).not.toBeNull();
    expect(requests).toEqual(['plan', 'plan']);
  });

  it('makes a render of an older household wait for the newer one instead of asking', () => {
    const { port, requests } = countingPort();
    const client = new PlanConnection(port).client();
    planAhead(client, b);
    expect(planFor(client, scenarioKey(a))).toBeNull();
    expect(planFor(client, scenarioKey(b))).not.toBeNull();
    expect(requests).toEqual(['plan']);
  });

  it('is asked for by the view itself when nothing was asked ahead, or for another client', () => {
    const { port, requests } = countingPort();
    const connection = new PlanConnection(port);
    const household = connection.client();
    planAhead(household, a);
    expect(planFor(connection.client(), scenarioKey(a))).not.toBeNull();
    expect(requests).toEqual(['plan', 'plan']);
  });

  it('at start-up, is planned by the client the household view adopts for that scenario', async () => {
    const { port, requests } = countingPort();
    const client = new PlanConnection(port).client();
    planAtStartup(a, client);
    expect(startupClientFor(scenarioKey(b))).toBeNull();
    expect(startupClientFor(scenarioKey(a))).toBe(client);
    expect((await planFor(client, scenarioKey(a)))?.ok).toBe(true);
    expect(requests).toEqual(['plan']);
  });
});
