/**
 * Serves the built renderer (dist/renderer) for browser mode. Paths are resolved inside the
 * root only; index.html gets the per-launch bridge token as a meta tag, which only pages of
 * this origin can read.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Maps a URL path to a file under root, or null when it would escape root. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (relative.includes('\0')) return null;
  const full = normalize(join(root, relative));
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

export async function loadStaticFile(root: string, urlPath: string, bridgeToken: string): Promise<StaticFile | null> {
  const path = resolveStaticPath(root, urlPath);
  if (!path) return null;
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch {
    return null;
  }
  const extension = extname(path).toLowerCase();
  if (extension === '.html') {
    const meta = `<meta name="chuanyu-bridge-token" content="${bridgeToken}">`;
    body = Buffer.from(body.toString('utf8').replace('<head>', `<head>\n    ${meta}`));
  }
  return { body, contentType: MIME_TYPES[extension] ?? 'application/octet-stream' };
}
