import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badFixtures, fixturesDir, readFixture } from '../core/fixtures';
import { agreedAll, unpaidFrom, type Request } from '../core/proposals/totalPlanCheck';
import { plan } from './runPlan';

const fixture = (name: string) => path.join(fixturesDir, name);

describe('plan --propose-all', { timeout: 120_000 }, () => {
  it('prints a set that holds when planned independently with its agreements agreed', async () => {
    const name = '03-mixed-avalanche.scenario.json';
    const out = await plan('--propose-all', fixture(name));
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const result = JSON.parse(out.stdout) as {
      date: string;
      agreements: Request[];
      effect: { costSaved: string };
      nothingFits?: unknown;
    };
    expect(result.nothingFits).toBeUndefined();
    expect(result.agreements.length).toBeGreaterThan(0);
    const input: unknown = JSON.parse(readFixture(name));
    expect(unpaidFrom(agreedAll(input, result.agreements), result.date)).toEqual([]);
    expect(Number(result.effect.costSaved)).toBeGreaterThan(0);
  });

  it('says what is missing when nothing holds (fixture 10, a deficit)', async () => {
    const out = await plan('--propose-all', fixture('10-deficit-do-nothing.scenario.json'));
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout) as { agreements: unknown[]; nothingFits?: object };
    expect(result.agreements).toEqual([]);
    expect(result.nothingFits).toMatchObject({
      reason: 'tooLittleMoney',
      missingMonthly: '1000.00',
    });
  });

  it('bad input exits 2 with nothing on stdout', async () => {
    const bad = badFixtures[0];
    if (bad === undefined) throw new Error('no bad fixtures');
    const invalid = await plan('--propose-all', fixture(bad.scenario));
    expect(invalid).toMatchObject({ code: 2, stdout: '' });
    expect(invalid.stderr).toContain(bad.expectedPath);
    const two = await plan('--propose-all', fixture(bad.scenario), fixture(bad.scenario));
    expect(two).toMatchObject({ code: 2, stdout: '' });
    expect(two.stderr).toContain('exactly one scenario file');
    const both = await plan('--propose-all', '--propose', 'x', fixture(bad.scenario));
    expect(both).toMatchObject({ code: 2, stdout: '' });
  });
});
