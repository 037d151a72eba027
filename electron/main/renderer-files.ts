/**
 * Maps an app:// request to a file under the built renderer (dist/renderer), refusing
 * anything that would resolve outside it. Pure, so the traversal rules are unit-tested.
 */
import path, { type PlatformPath } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

const ENTRY_FILE = 'index.html';

function decodedPathname(requestUrl: string): string | null {
  try {
    const url = new URL(requestUrl);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
    return decodeURIComponent(url.pathname);
  } catch {
    return null; // not a URL, or a malformed %-escape
  }
}

/**
 * The file to serve for `requestUrl`, or null to answer 404. `/` is the entry page, and so
 * is any extension-less path, so a reload on a client-side route still finds the app.
 * `paths` defaults to the host platform's rules; tests pass path.win32 to check Windows.
 */
export function resolveRendererFile(rootDir: string, requestUrl: string, paths: PlatformPath = path): string | null {
  const pathname = decodedPathname(requestUrl);
  if (pathname === null) return null;
  // The URL parser already removed plain dot segments; what remains suspicious came from
  // %-escapes (%2e%2e%2f, %5c) or is a drive/stream designator, none of which a built asset uses.
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.includes(':')) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;

  const last = segments.at(-1);
  const wantsEntry = last === undefined || !last.includes('.');
  const relative = wantsEntry ? ENTRY_FILE : segments.join('/');

  const root = paths.resolve(rootDir);
  const file = paths.resolve(root, relative);
  const fromRoot = paths.relative(root, file);
  if (fromRoot === '' || fromRoot.startsWith('..') || paths.isAbsolute(fromRoot)) return null;
  return file;
}
