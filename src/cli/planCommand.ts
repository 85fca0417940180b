import { readFileSync } from 'node:fs';
import { parseScenarioJson, plan, type Issue, type PlanResult } from '../core/index';
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

type FileOutcome = { ok: true; plan: PlanResult } | { ok: false; errors: FileError[] };

function planFile(file: string, io: Io): FileOutcome {
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
  return { ok: true, plan: plan(validation.scenario) };
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
  const { files } = parsed.args;
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
