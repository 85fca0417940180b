/** A file size in MB (MiB, as the app's limits are set), one decimal, for display only. */
export function formatMegabytes(bytes: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(
    bytes / (1024 * 1024),
  );
}
