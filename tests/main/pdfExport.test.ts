import { chmodSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { type PdfExportDeps, exportPdf } from '../../src/main/pdfExport';
import { electronPdfOptions } from '../../src/shared/printOptions';

vi.mock('electron', () => ({}));

const request = {
  suggestedName: '上岸计划-2026-11-21.pdf',
  language: 'zh-CN' as const,
  madeOn: '2026-11-21',
};
const pdfBytes = new TextEncoder().encode('%PDF-1.7 plan');

function fakePrintWindow(options: { readyAfter?: number; printFails?: boolean } = {}) {
  let polls = 0;
  return {
    destroy: vi.fn(),
    webContents: {
      executeJavaScript: vi.fn(async () => ++polls > (options.readyAfter ?? 0)),
      printToPDF: vi.fn(async () => {
        if (options.printFails) throw new Error('printing failed');
        return pdfBytes;
      }),
    },
  };
}

function deps(
  savePath: string | undefined,
  window = fakePrintWindow(),
): PdfExportDeps & { window: typeof window } {
  return {
    window,
    dialog: {
      showSaveDialog: vi.fn(async () =>
        savePath ? { canceled: false, filePath: savePath } : { canceled: true, filePath: '' },
      ),
    },
    getWindow: () => undefined,
    openPrintWindow: vi.fn(() => window as unknown as BrowserWindow),
    printUrl: (hash) => `app://ashore/index.html${hash}`,
    timeoutMs: 500,
    pollMs: 1,
  };
}

describe('exportPdf', () => {
  it('renders nothing when the save dialog is cancelled', async () => {
    const d = deps(undefined);
    expect(await exportPdf(d, request)).toEqual({ saved: false, reason: 'canceled' });
    expect(d.openPrintWindow).not.toHaveBeenCalled();
  });

  it('waits for the print view, prints with the shared options and writes the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashore-pdf-'));
    const target = join(dir, '上岸计划-2026-11-21.pdf');
    const d = deps(target, fakePrintWindow({ readyAfter: 3 }));
    expect(await exportPdf(d, request)).toEqual({ saved: true, name: '上岸计划-2026-11-21.pdf' });
    expect(d.openPrintWindow).toHaveBeenCalledWith('app://ashore/index.html#/print/zh-CN');
    expect(d.window.webContents.executeJavaScript).toHaveBeenCalledTimes(4);
    expect(d.window.webContents.printToPDF).toHaveBeenCalledWith(electronPdfOptions('2026-11-21'));
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 plan');
    expect(readdirSync(dir)).toEqual(['上岸计划-2026-11-21.pdf']);
    expect(d.window.destroy).toHaveBeenCalled();
  });

  it('prints the packet for one lender when the request names one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashore-pdf-'));
    const d = deps(join(dir, 'card.pdf'));
    const lender = { debtId: '信用卡 1', privacy: 'totals', others: true, payments: true } as const;
    expect(await exportPdf(d, { ...request, language: 'en', lender })).toEqual({
      saved: true,
      name: 'card.pdf',
    });
    expect(d.openPrintWindow).toHaveBeenCalledWith(
      `app://ashore/index.html#/print/lender/${encodeURIComponent('信用卡 1')}?lang=en&privacy=totals&others=1&payments=1`,
    );
  });

  it('an unwritable path gives a clear reason and leaves no partial file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashore-pdf-'));
    const d = deps(join(dir, 'missing-folder', 'plan.pdf'));
    const result = await exportPdf(d, request);
    expect(result).toMatchObject({ saved: false, reason: 'unwritable' });
    expect(result.saved === false && 'detail' in result && result.detail).toMatch(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
    expect(d.window.destroy).toHaveBeenCalled();
  });

  it('a read-only folder is refused the same way', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere; the ENOENT case covers it
    const dir = mkdtempSync(join(tmpdir(), 'ashore-pdf-'));
    chmodSync(dir, 0o500);
    const result = await exportPdf(deps(join(dir, 'plan.pdf')), request);
    chmodSync(dir, 0o700);
    expect(result).toMatchObject({ saved: false, reason: 'unwritable' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a print view that never becomes ready, and closes the hidden window', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashore-pdf-'));
    const d = deps(
      join(dir, 'plan.pdf'),
      fakePrintWindow({ readyAfter: Number.POSITIVE_INFINITY }),
    );
    const result = await exportPdf({ ...d, timeoutMs: 20 }, request);
    expect(result).toMatchObject({ saved: false, reason: 'renderFailed' });
    expect(d.window.destroy).toHaveBeenCalled();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a failed print', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashore-pdf-'));
    const d = deps(join(dir, 'plan.pdf'), fakePrintWindow({ printFails: true }));
    expect(await exportPdf(d, request)).toMatchObject({
      saved: false,
      reason: 'renderFailed',
      detail: 'printing failed',
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});
