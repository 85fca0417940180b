import { describe, expect, it } from 'vitest';
import { Dec, plan, validateScenario } from '../../../src/core/index';
import { proposeAll } from '../../../src/core/proposals/index';
import type { Agreement, Scenario } from '../../../src/core/scenario/types';
import { debtSeries } from '../../../src/renderer/plan/charts/chartData';
import { buildPlanBundle } from '../../../src/renderer/plan/planBundle';
import { PlanConnection } from '../../../src/renderer/plan/planClient';
import { buildStatement } from '../../../src/renderer/negotiation/buildStatement';
import { statementData } from '../../../src/renderer/negotiation/statementData';
import { promiseSeries } from '../../../src/renderer/negotiation/totalPlanChartData';
import { hostPort } from '../plan/hostPort';
import { fourLenders } from './fourLenders';

function validated(input: unknown): Scenario {
  const v = validateScenario(input);
  if (!v.ok) throw new Error('the scenario is valid');
  return v.scenario;
}

function inProcessClient() {
  return new PlanConnection(hostPort()).client();
}

describe('the total plan in the proposals worker', { timeout: 60_000 }, () => {
  const scenario = fourLenders;

  it('answers what the core answers, with the set agreed planned: every promise under capacity', async () => {
    const answer = await inProcessClient().send('proposeAll', {
      scenario,
      context: { date: '2027-01-01' },
    });
    if (!answer.ok) throw new Error('the scenario is valid');
    expect(answer.result).toEqual(proposeAll(validated(scenario), { date: '2027-01-01' }));
    expect(answer.result.term).toBe(48);
    const series = debtSeries(answer.agreed.scenario);
    const points = promiseSeries(answer.agreed.result, series, answer.result.date);
    expect(points[0]?.start).toBe('2027-01-01');
    // 416.67 + 250.00 + 375.00 + 83.33 promised each month, within the 1,300 available.
    expect(points[0]?.amounts).toMatchObject({
      d0: '416.67',
      d1: '250.00',
      d2: '375.00',
      d3: '83.33',
      total: '1125.00',
      capacity: '1300.00',
    });
    for (const p of points)
      expect(new Dec(p.amounts.total ?? '0').lte(p.amounts.capacity ?? '0')).toBe(true);
  });

  it('re-plans the rest around a lender that refused', async () => {
    const answer = await inProcessClient().send('proposeAll', {
      scenario,
      context: { date: '2027-01-01', refused: ['card'] },
    });
    if (!answer.ok) throw new Error('the scenario is valid');
    expect(answer.result.term).toBe(36);
    expect(answer.result.agreements.map((a) => a.debtId)).not.toContain('card');
    expect(answer.result.lenders.find((l) => l.debtId === 'card')?.request).toBe('keep');
  });

  it('says the scenario is invalid rather than planning it', async () => {
    const answer = await inProcessClient().send('proposeAll', {
      scenario: { ...scenario, startDate: '2027-02-30' },
      context: {},
    });
    expect(answer.ok).toBe(false);
  });
});

describe('the promises chart', () => {
  it('starts at the proposal’s month: earlier months are history, not promises', () => {
    const s = validated(fourLenders);
    const result = plan(s);
    const points = promiseSeries(result, debtSeries(s), '2027-03-15');
    expect(points[0]?.start).toBe('2027-03-01');
    expect(points[0]?.month).toBe(2);
  });
});

const interestStop = (months: number, status: 'proposed' | 'refused' = 'proposed'): Agreement => ({
  kind: 'installment',
  date: '2027-01-01',
  status,
  months,
  method: 'equalPayment',
  rate: '0',
  waivePenalty: true,
  waiveInterest: true,
  waiveFees: false,
  onBreak: 'reinstate',
});

/** The statement's data for 借呗, the household's lenders asked as given. */
function statementOf(asked: Record<string, Agreement[]>, whole: boolean) {
  const s = validated({
    ...fourLenders,
    debts: fourLenders.debts.map((d) => ({ ...d, agreements: asked[d.id] ?? [] })),
  });
  const data = statementData({
    bundle: buildPlanBundle(s, plan(s)),
    debtId: 'jiebei',
    overdueSince: undefined,
    evidence: [],
    cause: '',
    paid: '',
    proposal: undefined,
    today: '2027-01-01',
    whole,
  });
  if (!data) throw new Error('借呗 is in the plan');
  return data;
}

describe('the statement’s whole picture', { timeout: 60_000 }, () => {
  const everyone = {
    jiebei: [interestStop(48)],
    weili: [interestStop(48)],
    card: [interestStop(48)],
    huabei: [interestStop(48)],
  };

  it('says N lenders, the total, the monthly capacity and the same term to each, in both languages', () => {
    const data = statementOf(everyone, true);
    expect(data.whole).toEqual({
      count: 4,
      owed: '54300.00',
      affordable: '1300.00',
      sameTerm: { months: 48, asked: 4 },
    });
    expect(buildStatement(data, 'zh-CN')).toContain(
      '我共有 4 家欠款，合计 ¥54,300.00；扣除必要开支后，每月最多可还 ¥1,300.00。我向每家都提出相同期数（48 期）的分期',
    );
    expect(buildStatement(data, 'en')).toContain(
      'I owe 4 lenders ¥54,300.00 in all; after essential costs, the most I can pay towards all of them is ¥1,300.00 a month. I am asking every one of them for installments over the same term, 48 months',
    );
  });

  it('counts only the lenders still asked: a refusal is not a request', () => {
    const data = statementOf(
      {
        ...everyone,
        card: [interestStop(48, 'refused')],
        jiebei: [interestStop(48), interestStop(36)],
        weili: [interestStop(36)],
        huabei: [interestStop(36)],
      },
      true,
    );
    expect(data.whole?.sameTerm).toEqual({ months: 36, asked: 3 });
    expect(buildStatement(data, 'zh-CN')).toContain('我向其中 3 家提出相同期数（36 期）的分期');
  });

  it('claims no common term when the terms differ, and says nothing unless asked to', () => {
    const mixed = statementOf({ jiebei: [interestStop(48)], weili: [interestStop(36)] }, true);
    expect(mixed.whole?.sameTerm).toBeNull();
    expect(buildStatement(mixed, 'zh-CN')).not.toContain('相同期数');
    const quiet = statementOf(everyone, false);
    expect(quiet.whole).toBeUndefined();
    expect(buildStatement(quiet, 'zh-CN')).not.toContain('我共有');
  });
});
