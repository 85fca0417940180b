import { basename } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { ExportPdfRequest, ExportPdfResult } from '../shared/contract';
import { electronPdfOptions, printReadyScript } from '../shared/printOptions';
import { printHash } from '../shared/printRoute';
import { writeFileAtomic } from './atomicWrite';

export interface PdfExportDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  getWindow: () => BrowserWindow | undefined;
  /** A hidden window, as secure as the main one, showing the print view at this URL. */
  openPrintWindow: (url: string) => BrowserWindow;
  /** The print view's URL for a route (printRoute.ts), e.g. app://ashore/index.html#/print/en. */
  printUrl: (hash: string) => string;
  /** How long to wait for the print view before giving up. */
  timeoutMs?: number;
  pollMs?: number;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilReady(window: BrowserWindow, timeoutMs: number, pollMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await window.webContents.executeJavaScript(printReadyScript)) === true) return;
    await delay(pollMs);
  }
  throw new Error(`the print view was not ready after ${timeoutMs} ms`);
}

/**
 * File → Export PDF (the whole plan, or one lender's packet): the save dialog first (nothing is rendered for a cancelled export), then
 * the print view in a hidden window, printed with the shared options and written atomically —
 * an unwritable folder leaves no partial file and says why.
 */
export async function exportPdf(
  deps: PdfExportDeps,
  request: ExportPdfRequest,
): Promise<ExportPdfResult> {
  const options = {
    defaultPath: request.suggestedName,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const parent = deps.getWindow();
  const choice = parent
    ? await deps.dialog.showSaveDialog(parent, options)
    : await deps.dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false, reason: 'canceled' };

  const window = deps.openPrintWindow(
    deps.printUrl(printHash(request.language, request.lender, request.plansFirst)),
  );
  let pdf: Uint8Array;
  try {
    await waitUntilReady(window, deps.timeoutMs ?? 30_000, deps.pollMs ?? 100);
    pdf = await window.webContents.printToPDF(electronPdfOptions(request.madeOn));
  } catch (error) {
    return {
      saved: false,
      reason: 'renderFailed',
      detail: error instanceof Error ? error.message : String(error),
    };
  } finally {
    window.destroy();
  }
  try {
    await writeFileAtomic(choice.filePath, pdf);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return {
      saved: false,
      reason: 'unwritable',
      detail: `${choice.filePath}: ${code || String(error)}`,
    };
  }
  return { saved: true, name: basename(choice.filePath) };
}
