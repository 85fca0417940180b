import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { exportEn } from '../../../src/renderer/export/messages';
import { exportPdfWith } from '../../../src/renderer/export/exportPdfWith';

async function english() {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'en',
    resources: { en: { translation: { export: exportEn } } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const request = { suggestedName: 'plan.pdf', language: 'en' as const, madeOn: '2026-11-21' };

describe('exporting the PDF', () => {
  it('says so when the shell itself fails, instead of "exporting…" for ever', async () => {
    const api = { exportPdf: vi.fn().mockRejectedValue(new Error('IPC channel closed')) };
    expect(await exportPdfWith(await english(), api, request)).toBe(
      'Making the PDF failed: Error: IPC channel closed',
    );
  });

  it('names the saved file, and says nothing when the person cancelled', async () => {
    const t = await english();
    const saved = { exportPdf: vi.fn().mockResolvedValue({ saved: true, name: 'plan.pdf' }) };
    expect(await exportPdfWith(t, saved, request)).toContain('plan.pdf');
    const canceled = {
      exportPdf: vi.fn().mockResolvedValue({ saved: false, reason: 'canceled' }),
    };
    expect(await exportPdfWith(t, canceled, request)).toBe('');
  });
});
