import { describe, expect, it } from 'vitest';
import { compareStrategies } from '../../../src/core/engine/compare';
import type { ScenarioInput } from '../../../src/core/scenario/types';
import { comparisonMonths } from '../../../src/renderer/plan/planBundle';
import { PlanConnection, planClient } from '../../../src/renderer/plan/planClient';
import { fixtureInput, hostPort } from './hostPort';
import { fixtureBundle } from './fixturePlan';

const workerLikePort = () => hostPort({ asTasks: true });

async function planned(
  client: ReturnType<PlanConnection['client']>,
  scenario: ScenarioInput,
): Promise<number> {
  const answer = await client.send('plan', { scenario });
  if (!answer.ok) throw new Error('the fixture plans');
  return answer.planId;
}

describe('two clients of one planning worker', () => {
  it('do not cancel each other: B planning while A waits for comparisons leaves A its own', async () => {
    const connection = new PlanConnection(workerLikePort());
    const printView = connection.client();
    const household = connection.client();
    const planId = await planned(printView, fixtureInput('03-mixed-avalanche'));
    const extras = printView.send('planExtras', { planId });
    // The app's own plan, asked for while the print view's comparisons are being worked out.
    const other = household.send('plan', { scenario: fixtureInput('07-agreements') });
    expect((await other).ok).toBe(true);
    expect(await extras).toEqual(fixtureBundle('03-mixed-avalanche').extras);
  });

  it('explain each one’s own plan, whichever planned last', async () => {
    const connection = new PlanConnection(workerLikePort());
    const a = connection.client();
    const b = connection.client();
    await planned(a, fixtureInput('03-mixed-avalanche'));
    await planned(b, fixtureInput('01-single-loan-monthly'));
    const debtA = fixtureInput('03-mixed-avalanche').debts[0]?.id ?? '';
    const debtB = fixtureInput('01-single-loan-monthly').debts[0]?.id ?? '';
    expect((await a.send('explain', { month: 0, debtId: debtA }))?.id).toBe(debtA);
    expect((await b.send('explain', { month: 0, debtId: debtB }))?.id).toBe(debtB);
  });

  it('within one client, a newer plan supersedes the comparisons of the older one', async () => {
    const connection = new PlanConnection(workerLikePort());
    const client = connection.client();
    const first = await planned(client, fixtureInput('03-mixed-avalanche'));
    const stale = client.send('planExtras', { planId: first });
    const second = await planned(client, fixtureInput('07-agreements'));
    expect(await stale).toBeNull();
    expect(await client.send('planExtras', { planId: second })).toEqual(
      fixtureBundle('07-agreements').extras,
    );
  });

  it('a forgotten client has no plan left to compare or explain', async () => {
    const connection = new PlanConnection(workerLikePort());
    const client = connection.client();
    const planId = await planned(client, fixtureInput('03-mixed-avalanche'));
    client.release();
    expect(await client.send('planExtras', { planId })).toBeNull();
    const debtId = fixtureInput('03-mixed-avalanche').debts[0]?.id ?? '';
    expect(await client.send('explain', { month: 0, debtId })).toBeNull();
  });

  it('an invalid scenario is answered with its issues, and nothing is planned for it', async () => {
    const connection = new PlanConnection(workerLikePort());
    const client = connection.client();
    const answer = await client.send('plan', { scenario: { debts: null } as never });
    expect(answer.ok).toBe(false);
    const debtId = fixtureInput('01-single-loan-monthly').debts[0]?.id ?? '';
    expect(await client.send('explain', { month: 0, debtId })).toBeNull();
  });

  it('a request the worker cannot answer rejects with its reason; the client goes on', async () => {
    const connection = new PlanConnection(workerLikePort());
    const client = connection.client();
    await expect(client.send('unknown' as 'forget', {})).rejects.toThrow(/not a function/);
    expect(
      (await client.send('plan', { scenario: fixtureInput('01-single-loan-monthly') })).ok,
    ).toBe(true);
  });
});

describe('the comparisons reuse the plans already made', () => {
  for (const name of ['03-mixed-avalanche', '06-mixed-minimum-only', '10-deficit-do-nothing']) {
    it(`${name}: the same figures as planning every variant afresh`, () => {
      const bundle = fixtureBundle(name);
      expect(bundle.extras.comparison).toEqual(
        compareStrategies(bundle.scenario, {
          doNothingMonths: comparisonMonths(bundle.scenario, bundle.result),
        }),
      );
      const chosen = bundle.extras.comparison.find((row) => row.key === 'chosen');
      expect(chosen?.summary).toEqual(bundle.result.summary);
    });
  }
});

describe('the 方案 comparison in the worker', () => {
  it('answers one column per 方案, the household as the empty one; a bad scenario is refused', async () => {
    const client = new PlanConnection(workerLikePort()).client();
    const scenario = fixtureInput('03-mixed-avalanche');
    const answer = await client.send('comparePlans', {
      scenario,
      variants: [{}, { delayMonths: 6 }],
    });
    if (!answer.ok) throw new Error('the fixture plans');
    expect(answer.columns).toHaveLength(2);
    const asIs = fixtureBundle('03-mixed-avalanche').result.summary;
    expect(answer.columns[0]?.debtFreeDate).toBe(asIs.debtFreeDate);
    expect(answer.columns[1]?.months).toBeGreaterThan(asIs.months ?? Infinity);
    const refused = await client.send('comparePlans', {
      scenario: { ...scenario, startDate: 'soon' },
      variants: [{}],
    });
    expect(refused.ok).toBe(false);
  });
});

describe('a client that never asks', () => {
  it('starts no worker: a view mounted only in case (the print view’s 方案) costs the page nothing', () => {
    // No Worker exists here: starting one would throw.
    expect(typeof Worker).toBe('undefined');
    const client = planClient('whatIf');
    expect(() => client.release()).not.toThrow();
  });
});
