/**
 * Serves the built renderer over app://workstation. A privileged standard scheme gives the
 * page a real, stable origin (IndexedDB, module scripts, workers, fetch) without file://'s
 * looseness or a localhost port that changes between launches.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { contentTypeFor } from './content-types';
import { RENDERER_SECURITY_HEADERS } from './renderer-csp';
import { resolveRendererFile } from './renderer-files';

/** Must run before the app is ready: Chromium fixes scheme privileges at startup. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    // No corsEnabled: other origins must not read our files; same-origin loads work without it.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function notFound(): Response {
  return new Response('未找到该页面资源', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...RENDERER_SECURITY_HEADERS },
  });
}

/** Registers the app:// handler on the default session; call once the app is ready. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveRendererFile(rendererDir, request.url);
    if (!file) return notFound();
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { 'Content-Type': contentTypeFor(file), ...RENDERER_SECURITY_HEADERS },
      });
    } catch {
      return notFound();
    }
  });
}
