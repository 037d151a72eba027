/**
 * `npm run dev`'s renderer: Vite in middleware mode inside the workstation host, so the page,
 * its modules, the hot-reload socket and the bridge share the host's one origin and its
 * security (token, Origin and Host checks, launch cookie) applies unchanged. Vite is a
 * development tool: only the launcher loads this file, never the packaged app.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer } from 'vite';
import type { LiveRendererFactory } from '../browser-host/live-renderer';
import { devPagePolicy } from './dev-page-policy';

/**
 * Vite serves everything under this prefix, apart from the app's own paths: a renderer folder
 * named like a host route (renderer/bridge/ and /bridge/) must not reach the bridge.
 */
const DEV_BASE = '/@dev/';

export function viteLiveRenderer(repoRoot: string): LiveRendererFactory {
  return async (server) => {
    const vite = await createServer({
      configFile: join(repoRoot, 'renderer', 'vite.config.ts'),
      // The host serves the page (with its token); Vite serves modules and assets only.
      appType: 'custom',
      base: DEV_BASE,
      server: { middlewareMode: true, ws: { server } },
    });
    const template = join(repoRoot, 'renderer', 'index.html');
    return {
      base: DEV_BASE,
      // Every client-side route gets the same page, so it is transformed as the root's.
      page: async () => vite.transformIndexHtml('/', await readFile(template, 'utf8')),
      pagePolicy: devPagePolicy,
      serve: (request, response) => {
        vite.middlewares(request, response, () => {
          response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        });
      },
      close: () => vite.close(),
    };
  };
}
