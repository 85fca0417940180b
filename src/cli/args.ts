/**
 * Command-line arguments of `plan`, parsed into a structure rather than read ad hoc, so options
 * (such as a later `--propose ID FILE`) can be added without touching the command itself.
 */

export interface PlanArgs {
  readonly files: readonly string[];
  readonly help: boolean;
}

export type ParsedArgs = { ok: true; args: PlanArgs } | { ok: false; error: string };

export const USAGE = [
  'usage: npm run --silent plan -- FILE...',
  '',
  'Plans each scenario file (planning model §11) and prints the plan (§10) as JSON:',
  '  one file     the plan, pretty-printed',
  '  several      one compact JSON document per line, in order; a bad file gives',
  '               {"file": FILE, "errors": [...]} on its line',
  'Problems go to stderr, naming each field; the exit status is 2 if any file is invalid.',
].join('\n');

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const files: string[] = [];
  let help = false;
  let onlyFiles = false;
  for (const arg of argv) {
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      files.push(arg);
    } else if (arg === '--') {
      onlyFiles = true;
    } else if (arg === '--help' || arg === '-h') {
      help = true;
    } else {
      return { ok: false, error: `unknown option ${arg}` };
    }
  }
  if (!help && files.length === 0) return { ok: false, error: 'no scenario file given' };
  return { ok: true, args: { files, help } };
}
