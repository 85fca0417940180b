/** A failure as a message shows it: the error's name and message, or whatever was thrown. */
export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
