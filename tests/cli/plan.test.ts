import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badFixtures, fixturesDir, planFixtures, readFixture } from '../core/fixtures';
import { plan, type Outcome } from './runPlan';

const fixture = (name: string) => path.join(fixturesDir, name);

describe('plan command', { timeout: 60_000 }, () => {
  it("prints one file's plan as pretty JSON equal to the fixture", async () => {
    const first = planFixtures[6] ?? planFixtures[0];
    if (first === undefined) throw new Error('no fixtures');
    const out = await plan(fixture(first.scenario));
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('\n  "summary": {');
    expect(JSON.parse(out.stdout)).toStrictEqual(JSON.parse(readFixture(first.expected)));
  });

  it('prints one compact line per file, in order, for several files', async () => {
    const out = await plan(...planFixtures.map((f) => fixture(f.scenario)));
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(planFixtures.length);
    lines.forEach((line, i) => {
      expect(JSON.parse(line)).toStrictEqual(
        JSON.parse(readFixture(planFixtures[i]?.expected ?? '')),
      );
    });
  });

  it('rejects each bad fixture: exit 2, nothing on stdout, the path on stderr', async () => {
    const outcomes = await Promise.all(badFixtures.map((f) => plan(fixture(f.scenario))));
    badFixtures.forEach((f, i) => {
      const out = outcomes[i] as Outcome;
      expect(out.code, f.name).toBe(2);
      expect(out.stdout, f.name).toBe('');
      if (f.expectedPath === '') expect(out.stderr).toContain('not valid JSON');
      else expect(out.stderr).toContain(`${f.expectedPath}: `);
    });
  });

  it('with several files, gives a bad file its error line and exits 2', async () => {
    const good = planFixtures[0];
    const bad = badFixtures[0];
    if (good === undefined || bad === undefined) throw new Error('no fixtures');
    const out = await plan(fixture(good.scenario), fixture(bad.scenario), fixture(good.scenario));
    expect(out.code).toBe(2);
    const lines = out.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toStrictEqual(JSON.parse(readFixture(good.expected)));
    expect(lines[1]?.file).toBe(fixture(bad.scenario));
    expect(lines[1]?.errors).toEqual([expect.objectContaining({ pathText: bad.expectedPath })]);
    expect(lines[2]).toStrictEqual(lines[0]);
    expect(out.stderr).toContain(`${fixture(bad.scenario)}: ${bad.expectedPath}: `);
  });

  it('says clearly when a file cannot be read', async () => {
    const missing = path.join(mkdtempSync(path.join(tmpdir(), 'ashore-')), 'missing.json');
    const out = await plan(missing);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(`${missing}: cannot read the file`);
  });

  it('reports every problem of a file on stderr', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ashore-')), 'two.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        startDate: '2026-02-30',
        debts: [{ id: 'a', name: 'x', principal: '-1' }],
      }),
    );
    const out = await plan(file);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('startDate: ');
    expect(out.stderr).toContain('debts[0].principal: ');
  });

  it('--propose ID FILE prints the proposals for that debt as pretty JSON', async () => {
    const out = await plan(
      '--propose',
      'huabei',
      fixture('02-huabei-overdue-daily-penalty.scenario.json'),
    );
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('\n  "options": [');
    const result = JSON.parse(out.stdout) as {
      debtId: string;
      options: { kind: string; fits: boolean; agreement: { status: string } }[];
      nothingFits?: unknown;
    };
    expect(result.debtId).toBe('huabei');
    expect(result.options.length).toBeGreaterThan(0);
    expect(result.options.every((o) => o.agreement.status === 'proposed')).toBe(true);
    expect(result.nothingFits).toBeUndefined();
  });

  it('--propose with --overdue-days applies the waiver cues; a deficit says why nothing fits', async () => {
    const cued = await plan(
      '--propose',
      'huabei',
      '--overdue-days',
      '10',
      fixture('02-huabei-overdue-daily-penalty.scenario.json'),
    );
    expect(cued.code).toBe(0);
    const options = (JSON.parse(cued.stdout) as { options: { reason: string }[] }).options;
    expect(options.map((o) => o.reason)).toContain('payPartFirst');
    const deficit = await plan(
      '--propose',
      'weili',
      fixture('10-deficit-do-nothing.scenario.json'),
    );
    expect(deficit.code).toBe(0);
    expect(JSON.parse(deficit.stdout)).toMatchObject({ nothingFits: { reason: 'budgetDeficit' } });
  });

  it('--propose with an unknown debt id: exit 2, nothing on stdout, a clear message', async () => {
    const out = await plan(
      '--propose',
      'nope',
      fixture('02-huabei-overdue-daily-penalty.scenario.json'),
    );
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('no debt with id "nope"');
  });

  it('--propose on an invalid file: exit 2 as for plan', async () => {
    const bad = badFixtures[0];
    if (bad === undefined) throw new Error('no fixtures');
    const out = await plan('--propose', 'x', fixture(bad.scenario));
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(fixture(bad.scenario));
  });

  it('--propose needs an id and exactly one file', async () => {
    const noId = await plan('--propose');
    expect(noId.code).toBe(2);
    expect(noId.stderr).toContain('--propose needs a debt id');
    const two = await plan('--propose', 'a', 'x.json', 'y.json');
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('exactly one scenario file');
    const days = await plan('--propose', 'a', '--overdue-days', 'ten', 'x.json');
    expect(days.code).toBe(2);
    expect(days.stderr).toContain('--overdue-days needs a whole number');
  });

  it('rejects a bad command line with usage and exit 2', async () => {
    const none = await plan();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('usage:');
    const unknown = await plan('--frobnicate', 'x.json');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown option --frobnicate');
  });
});
