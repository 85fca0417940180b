/**
 * The Content-Security-Policy of the renderer, in one place: the Electron protocol handler sends
 * it as a header and the built index.html carries it as a meta tag (browser mode and tests).
 * Ashore is offline: no directive names any origin but the app's own.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/** Directives that browsers honour only in a header, never in a meta tag. */
export const headerOnlyDirectives = "frame-ancestors 'none'";
