import { readFileSync } from 'node:fs';
import { parseScenarioJson, plan, type Issue, type PlanResult, type Scenario } from '../core/index';
import { proposeAll, proposeFor } from '../core/proposals/index';
import { USAGE, parseArgs } from './args';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
}

export const nodeIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
};

/** A problem with a file, in the shape of a validation issue so every consumer reads one shape. */
type FileError = Omit<Issue, 'code'> & { code: Issue['code'] | 'file.unreadable' };

type Loaded = { ok: true; scenario: Scenario } | { ok: false; errors: FileError[] };
type FileOutcome = { ok: true; plan: PlanResult } | { ok: false; errors: FileError[] };

function loadFile(file: string, io: Io): Loaded {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = `cannot read the file: ${detail}`;
    return {
      ok: false,
      errors: [{ path: [], pathText: '', code: 'file.unreadable', params: { detail }, message }],
    };
  }
  const validation = parseScenarioJson(text);
  if (!validation.ok) return { ok: false, errors: validation.issues };
  return { ok: true, scenario: validation.scenario };
}

function planFile(file: string, io: Io): FileOutcome {
  const loaded = loadFile(file, io);
  return loaded.ok ? { ok: true, plan: plan(loaded.scenario) } : loaded;
}

/** The file's scenario, or its problems, already written to stderr. */
function loadOrReport(file: string, io: Io): Loaded {
  const loaded = loadFile(file, io);
  if (!loaded.ok) for (const error of loaded.errors) io.stderr(`${file}: ${error.message}\n`);
  return loaded;
}

/** `--propose ID FILE`: the proposals for one debt, pretty JSON; exit 2 on a bad file or id. */
function runPropose(file: string, debtId: string, overdueDays: number | null, io: Io): number {
  const loaded = loadOrReport(file, io);
  if (!loaded.ok) return 2;
  const ids = loaded.scenario.debts.map((d) => d.id);
  if (!ids.includes(debtId)) {
    const known = ids.length === 0 ? 'it has no debts' : `its debts are ${ids.join(', ')}`;
    io.stderr(`${file}: no debt with id "${debtId}" (${known})\n`);
    return 2;
  }
  const result = proposeFor(loaded.scenario, debtId, overdueDays === null ? {} : { overdueDays });
  io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

/** `--propose-all FILE`: the total negotiation plan, pretty JSON; exit 2 on a bad file. */
function runProposeAll(file: string, io: Io): number {
  const loaded = loadOrReport(file, io);
  if (!loaded.ok) return 2;
  io.stdout(`${JSON.stringify(proposeAll(loaded.scenario), null, 2)}\n`);
  return 0;
}

/** Runs `plan` and returns the exit status: 0, or 2 when any file (or the command line) is bad. */
export function runPlanCommand(argv: readonly string[], io: Io = nodeIo): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`plan: ${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const { files, propose, proposeAll: all, overdueDays } = parsed.args;
  if (all) return runProposeAll(files[0] as string, io);
  if (propose !== null) return runPropose(files[0] as string, propose, overdueDays, io);
  let status = 0;
  for (const file of files) {
    const outcome = planFile(file, io);
    if (outcome.ok) {
      io.stdout(
        files.length === 1
          ? `${JSON.stringify(outcome.plan, null, 2)}\n`
          : `${JSON.stringify(outcome.plan)}\n`,
      );
      continue;
    }
    status = 2;
    for (const error of outcome.errors) io.stderr(`${file}: ${error.message}\n`);
    if (files.length > 1) io.stdout(`${JSON.stringify({ file, errors: outcome.errors })}\n`);
  }
  return status;
}
