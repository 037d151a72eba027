/**
 * The Content-Security-Policy of the page in `npm run dev`: the app's own policy, widened
 * only by what the hot-reload client needs — the inline React Refresh preamble Vite puts in
 * the page (allowed by its hash, so any other inline script stays blocked) and the hot-reload
 * socket on the host's own address.
 */
import { createHash } from 'node:crypto';
import { RENDERER_CSP } from '../main/renderer-csp';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map(
    (match) =>
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}'`,
  );
}

export function devPagePolicy(html: string, origin: string): string {
  const socket = origin.replace(/^http/, 'ws');
  return RENDERER_CSP.split('; ')
    .map((directive) => {
      if (directive === "script-src 'self'") return [directive, ...inlineScriptHashes(html)].join(' ');
      if (directive === "connect-src 'self'") return `${directive} ${socket}`;
      return directive;
    })
    .join('; ');
}
