import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../electron/main/app-origin';
import { contentTypeFor } from '../../electron/main/content-types';
import { RENDERER_CSP } from '../../electron/main/renderer-csp';
import { resolveRendererFile } from '../../electron/main/renderer-files';

const ROOT = '/opt/chuanyu/resources/app.asar/dist/renderer';
const resolve = (url: string) => resolveRendererFile(ROOT, url, path.posix);

describe('resolveRendererFile', () => {
  it('serves the entry page for / and for client-side routes', () => {
    expect(resolve('app://workstation/')).toBe(`${ROOT}/index.html`);
    expect(resolve('app://workstation')).toBe(`${ROOT}/index.html`);
    expect(resolve('app://workstation/cases/intake?step=2#top')).toBe(`${ROOT}/index.html`);
  });

  it('serves built assets, decoding escaped names', () => {
    expect(resolve('app://workstation/assets/index-Bc3d.js')).toBe(`${ROOT}/assets/index-Bc3d.js`);
    expect(resolve('app://workstation/assets/%E5%9B%9E%E6%89%A7.png')).toBe(`${ROOT}/assets/回执.png`);
  });

  it.each([
    'app://workstation/../../etc/passwd',
    'app://workstation/%2e%2e/%2e%2e/etc/passwd',
    'app://workstation/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://workstation/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://workstation/..%5c..%5cwindows%5cwin.ini',
    'app://workstation/%252e%252e%252fetc%252fpasswd',
    'app://workstation/%00index.html',
    'app://workstation/assets/%E0%A4%A.js',
    'app://workstation/C:/Windows/win.ini',
  ])('never resolves outside the renderer directory: %s', (url) => {
    const file = resolve(url);
    if (file !== null) expect(file.startsWith(`${ROOT}/`)).toBe(true);
  });

  it('refuses escaped separators, NUL and malformed escapes outright', () => {
    expect(resolve('app://workstation/assets/..%2f..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolve('app://workstation/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd')).toBeNull();
    expect(resolve('app://workstation/..%5c..%5cwindows%5cwin.ini')).toBeNull();
    expect(resolve('app://workstation/%00index.html')).toBeNull();
    expect(resolve('app://workstation/assets/%E0%A4%A.js')).toBeNull();
  });

  it('keeps dot segments the URL parser resolved (plain or %2e) inside the root', () => {
    expect(resolve('app://workstation/../../etc/passwd.conf')).toBe(`${ROOT}/etc/passwd.conf`);
    expect(resolve('app://workstation/%2e%2e/%2e%2e/etc/passwd.conf')).toBe(`${ROOT}/etc/passwd.conf`);
    // Extension-less, so it is a client-side route: the entry page, not a file.
    expect(resolve('app://workstation/../../etc/passwd')).toBe(`${ROOT}/index.html`);
  });

  it('refuses other hosts and schemes', () => {
    expect(resolve('app://evil/index.html')).toBeNull();
    expect(resolve('file:///etc/passwd')).toBeNull();
    expect(resolve('not a url')).toBeNull();
  });

  it('applies the same rules with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\川渝通办窗口工作站\\resources\\app.asar\\dist\\renderer';
    const win = (url: string) => resolveRendererFile(winRoot, url, path.win32);
    expect(win('app://workstation/')).toBe(`${winRoot}\\index.html`);
    expect(win('app://workstation/assets/app.js')).toBe(`${winRoot}\\assets\\app.js`);
    expect(win('app://workstation/..%5c..%5cwindows%5cwin.ini')).toBeNull();
    expect(win('app://workstation/C:/Windows/win.ini')).toBeNull();
    expect(win('app://workstation/%2e%2e%2f%2e%2e%2fwin.ini')).toBeNull();
  });
});

describe('content types and CSP of renderer responses', () => {
  it('labels module scripts, styles, wasm and fonts correctly', () => {
    expect(contentTypeFor('/r/assets/index.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/worker.MJS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/index.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/r/assets/pglite.wasm')).toBe('application/wasm');
    expect(contentTypeFor('/r/fonts/NotoSansSC_400Regular.ttf')).toBe('font/ttf');
    expect(contentTypeFor('/r/LICENSE')).toBe('application/octet-stream');
  });

  it('allows only the app itself to run code and be framed', () => {
    const directives = new Map(
      RENDERER_CSP.split('; ').map((directive) => {
        const [name = '', ...values] = directive.split(' ');
        return [name, values.join(' ')];
      }),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(RENDERER_CSP).not.toMatch(/unsafe-eval/);
  });

  it('serves from the origin that holds the offline cases', () => {
    expect(APP_ORIGIN).toBe('app://workstation');
  });
});
