import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { plan, validateScenario } from '../../../src/core/index';
import type { PlanResult, Scenario } from '../../../src/core/index';
import { buildPlanBundle } from '../../../src/renderer/plan/planBundle';
import type { PlanBundle, PlanExtras } from '../../../src/renderer/plan/planProtocol';

const fixtures = resolve(import.meta.dirname, '../../../../shared/fixtures/v2');

/** A shared fixture scenario, validated as the app does. */
export function fixtureScenario(name: string): Scenario {
  const input: unknown = JSON.parse(readFileSync(`${fixtures}/${name}.scenario.json`, 'utf8'));
  const validation = validateScenario(input);
  if (!validation.ok) throw new Error(`fixture ${name} is invalid`);
  return validation.scenario;
}

export function fixtureExpected(name: string): PlanResult {
  return JSON.parse(readFileSync(`${fixtures}/${name}.expected.json`, 'utf8')) as PlanResult;
}

/** The bundle the worker would send for a fixture, both answers: the real engine, no stand-ins. */
export function fixtureBundle(name: string): PlanBundle & { extras: PlanExtras } {
  const scenario = fixtureScenario(name);
  const bundle = buildPlanBundle(scenario, plan(scenario));
  if (!bundle.extras) throw new Error('buildPlanBundle always computes the extras');
  return { ...bundle, extras: bundle.extras };
}
