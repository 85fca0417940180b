import {
  type FileKind,
  MAX_OPEN_FILE_BYTES,
  type OpenFileResult,
  type SaveFileRequest,
} from '../../shared/contract';

const mimeTypes: Record<FileKind, string> = {
  scenario: 'application/json',
  backup: 'application/json',
  text: 'text/plain;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  calendar: 'text/calendar;charset=utf-8',
};

/** Saving in a browser is a download: the browser decides the folder (or asks). */
export async function downloadFile({ kind, suggestedName, content }: SaveFileRequest) {
  const url = URL.createObjectURL(new Blob([content], { type: mimeTypes[kind] }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The download has started from the click; the object URL is no longer needed after it.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return { saved: true as const, name: suggestedName };
}

/** Opening in a browser is a file picker; a cancelled picker answers 'canceled'. */
export function pickFile(): Promise<OpenFileResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('cancel', () => resolve({ opened: false, reason: 'canceled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve({ opened: false, reason: 'canceled' });
      if (file.size > MAX_OPEN_FILE_BYTES) return resolve({ opened: false, reason: 'tooLarge' });
      file.text().then(
        (content) => resolve({ opened: true, name: file.name, content }),
        () => resolve({ opened: false, reason: 'unreadable' }),
      );
    });
    input.click();
  });
}
