import type { TFunction } from 'i18next';
import type { AshoreApi, ExportPdfRequest, ExportPdfResult } from '../../shared/contract';
import { errorText } from '../format/errorText';

/**
 * Asks the shell for the PDF and says how it went, whatever happens: a failure of the shell
 * itself (IPC gone…) is a message too, never "exporting…" for ever.
 */
export async function exportPdfWith(
  t: TFunction,
  api: Pick<AshoreApi, 'exportPdf'>,
  request: ExportPdfRequest,
): Promise<string> {
  let result: ExportPdfResult;
  try {
    result = await api.exportPdf(request);
  } catch (error) {
    return t('export.renderFailed', { detail: errorText(error) });
  }
  if (result.saved) return t('export.saved', { name: result.name });
  switch (result.reason) {
    case 'canceled':
      return '';
    case 'printView':
      return t('export.printView');
    case 'unwritable':
      return t('export.unwritable', { detail: result.detail });
    case 'renderFailed':
      return t('export.renderFailed', { detail: result.detail });
  }
}
