/**
 * Command-line arguments of `plan`, parsed into a structure rather than read ad hoc, so options
 * can be added without touching the command itself.
 */

export interface PlanArgs {
  readonly files: readonly string[];
  readonly help: boolean;
  /** `--propose ID`: print the proposals for that debt instead of the plan (one file only). */
  readonly propose: string | null;
  /** `--propose-all`: print the total negotiation plan (one set for every lender) instead. */
  readonly proposeAll: boolean;
  /** `--overdue-days N`: how long that debt has been overdue, for the waiver cues. */
  readonly overdueDays: number | null;
}

export type ParsedArgs = { ok: true; args: PlanArgs } | { ok: false; error: string };

export const USAGE = [
  'usage: npm run --silent plan -- FILE...',
  '       npm run --silent plan -- --propose ID [--overdue-days N] FILE',
  '       npm run --silent plan -- --propose-all FILE',
  '',
  'Plans each scenario file (planning model §11) and prints the plan (§10) as JSON:',
  '  one file     the plan, pretty-printed',
  '  several      one compact JSON document per line, in order; a bad file gives',
  '               {"file": FILE, "errors": [...]} on its line',
  'With --propose, prints what the debt ID can honestly be offered ({"debtId", "options",',
  '"nothingFits"?}), pretty-printed; --overdue-days gives how long it has been overdue.',
  'With --propose-all, prints one set of requests for every lender that holds together',
  '({"agreements": [{"debtId", "agreement"}], "effect", "nothingFits"?, ...}), pretty-printed.',
  'Problems go to stderr, naming each field; the exit status is 2 if any file is invalid.',
].join('\n');

/** The value after an option, or null when it is missing. */
function takeValue(argv: readonly string[], i: number): string | null {
  const value = argv[i + 1];
  return value === undefined || value.startsWith('--') ? null : value;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const files: string[] = [];
  let help = false;
  let onlyFiles = false;
  let propose: string | null = null;
  let proposeAll = false;
  let overdueDays: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      files.push(arg);
    } else if (arg === '--') {
      onlyFiles = true;
    } else if (arg === '--help' || arg === '-h') {
      help = true;
    } else if (arg === '--propose') {
      propose = takeValue(argv, i);
      if (propose === null) return { ok: false, error: '--propose needs a debt id' };
      i++;
    } else if (arg === '--propose-all') {
      proposeAll = true;
    } else if (arg === '--overdue-days') {
      const value = takeValue(argv, i);
      if (value === null || !/^\d{1,5}$/.test(value))
        return { ok: false, error: '--overdue-days needs a whole number of days' };
      overdueDays = Number(value);
      i++;
    } else {
      return { ok: false, error: `unknown option ${arg}` };
    }
  }
  const args = { files, help, propose, proposeAll, overdueDays };
  if (help) return { ok: true, args };
  if (files.length === 0) return { ok: false, error: 'no scenario file given' };
  if (propose !== null && files.length > 1)
    return { ok: false, error: '--propose takes exactly one scenario file' };
  if (proposeAll && propose !== null)
    return { ok: false, error: '--propose-all and --propose cannot be combined' };
  if (proposeAll && files.length > 1)
    return { ok: false, error: '--propose-all takes exactly one scenario file' };
  if (propose === null && overdueDays !== null)
    return { ok: false, error: '--overdue-days only goes with --propose' };
  return { ok: true, args };
}
