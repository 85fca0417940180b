import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { ScenarioInput } from '../core/scenario/types';
import { parseScenarioJson } from '../core/scenario/validate';
import { writeFileAtomic } from '../main/atomicWrite';
import { playwrightPdfOptions } from '../shared/printOptions';
import { type LenderPacketChoice, isPrivacyLevel, printHash } from '../shared/printRoute';
import { chromiumArgs, findChromium, noChromiumMessage } from './findChromium';
import { waitForPrintReady } from './printReady';
import { serveFolder } from './staticServer';

export const pdfUsage = [
  'usage: npm run pdf -- <scenario.json> <out.pdf> [--lang zh-CN|en]',
  '       [--lender ID [--privacy full|totals|capacity] [--others] [--payments]]',
  'With --lender, only the packet for that lender: its debt, the situation at the privacy level',
  '(default capacity), the proposal; --others adds the other debts as a count and a total;',
  "--payments adds the payments made to that lender, from the scenario's actuals.",
].join('\n');

export interface PdfArgs {
  scenario: string;
  out: string;
  language: 'zh-CN' | 'en';
  lender?: LenderPacketChoice;
}

export function parsePdfArgs(argv: readonly string[]): PdfArgs | string {
  const files: string[] = [];
  let language: PdfArgs['language'] = 'zh-CN';
  let debtId: string | undefined;
  let privacy: LenderPacketChoice['privacy'] | undefined;
  let others = false;
  let payments = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--lang') {
      const value = argv[++i];
      if (value !== 'zh-CN' && value !== 'en') return `--lang must be zh-CN or en\n${pdfUsage}`;
      language = value;
    } else if (arg === '--lender') {
      debtId = argv[++i];
      if (!debtId || debtId.startsWith('-')) return `--lender needs a debt id\n${pdfUsage}`;
    } else if (arg === '--privacy') {
      const value = argv[++i];
      if (!isPrivacyLevel(value)) return `--privacy must be full, totals or capacity\n${pdfUsage}`;
      privacy = value;
    } else if (arg === '--others') {
      others = true;
    } else if (arg === '--payments') {
      payments = true;
    } else if (arg.startsWith('-')) {
      return `unknown option ${arg}\n${pdfUsage}`;
    } else files.push(arg);
  }
  const [scenario, out] = files;
  if (files.length !== 2 || !scenario || !out) return pdfUsage;
  if (debtId === undefined) {
    if (privacy !== undefined || others || payments)
      return `--privacy, --others and --payments only go with --lender\n${pdfUsage}`;
    return { scenario, out, language };
  }
  return {
    scenario,
    out,
    language,
    lender: { debtId, privacy: privacy ?? 'capacity', others, payments },
  };
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The same PDF as the desktop app's export, from a scenario file and without the UI: the built
 * renderer's print view in headless Chromium, the scenario handed in before the page loads,
 * printed with the shared options. Returns the exit status.
 */
export async function runPdfCommand(
  argv: readonly string[],
  log: (line: string) => void,
  fail: (line: string) => void,
): Promise<number> {
  const args = parsePdfArgs(argv);
  if (typeof args === 'string') {
    fail(args);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.scenario, 'utf8');
  } catch (error) {
    fail(
      `${args.scenario}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
    return 2;
  }
  const validation = parseScenarioJson(text);
  if (!validation.ok) {
    for (const issue of validation.issues) fail(`${args.scenario}: ${issue.message}`);
    return 2;
  }
  const lenderId = args.lender?.debtId;
  if (lenderId !== undefined && !validation.scenario.debts.some((d) => d.id === lenderId)) {
    const ids = validation.scenario.debts.map((d) => d.id).join(', ');
    fail(`${args.scenario}: no debt has the id "${lenderId}" (the ids are: ${ids})`);
    return 2;
  }
  const renderer = resolve('dist-web');
  if (!existsSync(resolve(renderer, 'index.html'))) {
    log('[pdf] building the renderer once (npm run build:web)…');
    const build = spawnSync('npm', ['run', '--silent', 'build:web'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0) {
      fail('could not build the renderer: run `npm run build:web` to see why');
      return 1;
    }
  }
  const executablePath = findChromium((line) => log(`[pdf] ${line}`));
  if (!executablePath) {
    fail(noChromiumMessage);
    return 1;
  }

  const server = await serveFolder(renderer);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const madeOn = today();
    // The file's own text, as the app would store it on import (defaults are the engine's job).
    const scenario = JSON.parse(text) as ScenarioInput;
    await page.addInitScript(
      (data) => {
        (globalThis as unknown as { __ashorePrint: unknown }).__ashorePrint = data;
      },
      { scenario, language: args.language, madeOn },
    );
    await page.goto(`${server.url}/${printHash(args.language, args.lender)}`);
    await waitForPrintReady(page);
    const pdf = await page.pdf(playwrightPdfOptions(madeOn));
    await writeFileAtomic(args.out, pdf);
    log(`wrote ${args.out}`);
    return 0;
  } catch (error) {
    fail(`could not make the PDF: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await browser.close();
    await server.close();
  }
}
