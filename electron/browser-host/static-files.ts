/**
 * Serves the built renderer (dist/renderer) for browser mode. Assets go through `send`, the
 * static-file engine Express's serve-static is built on: it decodes the path, refuses `..`,
 * NUL and dotfiles, sets types, lengths, ETags and ranges. The app page is ours: index.html
 * gets the per-launch bridge token as a meta tag, which only pages of this origin can read.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import send from 'send';

/** index.html with the bridge token, or null when the renderer has not been built. */
export async function loadAppPage(root: string, bridgeToken: string): Promise<string | null> {
  let page: string;
  try {
    page = await readFile(join(root, 'index.html'), 'utf8');
  } catch {
    return null;
  }
  return withBridgeToken(page, bridgeToken);
}

/** The page with the per-launch bridge token as a meta tag (the renderer's bridge reads it). */
export function withBridgeToken(page: string, bridgeToken: string): string {
  const meta = `<meta name="chuanyu-bridge-token" content="${bridgeToken}">`;
  return page.replace('<head>', `<head>\n    ${meta}`);
}

/**
 * Vite names every file it emits under /assets/ by its content's hash: a name never comes
 * back with other bytes, so a new tab takes them from the HTTP cache without asking, and
 * Chromium's code cache (which keys on the cached response) spares it compiling them again.
 */
const HASHED_ASSETS = /^\/assets\//;

/**
 * Streams the asset at `urlPath` (still percent-encoded) from under root, with the extra
 * headers; a path outside root, a dotfile or a missing file answers 403/404 in plain text.
 */
export function sendAsset(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  urlPath: string,
  headers: Record<string, string>,
): void {
  const hashed = HASHED_ASSETS.test(urlPath);
  send(request, urlPath, { root, index: false, dotfiles: 'deny', maxAge: hashed ? '1y' : '1h', immutable: hashed })
    .on('headers', (res: ServerResponse) => {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    })
    // A directory is not an asset: no listing, no redirect to it.
    .on('directory', () => notFound(response))
    .on('error', (error: { status?: number }) => {
      if (error.status !== 403) return notFound(response);
      response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Forbidden');
    })
    .pipe(response);
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}
