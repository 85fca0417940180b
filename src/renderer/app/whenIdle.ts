/**
 * Runs `run` at the page's next idle moment (once what is queued — a render, its effects, the
 * frame — is done), or after `timeoutMs` however busy the page stays. Returns a cancel. Where
 * the browser has no idle callbacks, in the next task.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}
