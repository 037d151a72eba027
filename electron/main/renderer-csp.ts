/**
 * Security headers for every renderer response served over app://. The CSP allows only the
 * app's own code; inline styles stay allowed because antd injects its CSS-in-JS at runtime,
 * and blob: workers because the PDF worker may be started from one.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const RENDERER_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  // Assets are re-read from disk each launch; no stale renderer after an update.
  'Cache-Control': 'no-cache',
};
