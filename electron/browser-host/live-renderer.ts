/**
 * The renderer served live from its sources (`npm run dev`) instead of dist/renderer. The
 * host stays the page's only origin: it still answers /bridge/ with its token and Origin
 * checks, still gates the page behind the launch cookie and injects the token; it only asks
 * the live renderer for the page's HTML and hands it every other request (modules, assets,
 * the hot-reload socket). The implementation (Vite) lives with the launcher, so the host and
 * the packaged app never load a dev server.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface LiveRenderer {
  /** The path prefix of everything the dev server serves (modules, its client, assets). */
  base: string;
  /** index.html for this URL as the dev server transforms it (hot-reload client included). */
  page(url: string): Promise<string>;
  /** The page's Content-Security-Policy: the app's, plus what the dev client needs. */
  pagePolicy(html: string, origin: string): string;
  /** Answers any request that is neither the bridge nor the page. */
  serve(request: IncomingMessage, response: ServerResponse): void;
  close(): Promise<void>;
}

/** Starts a live renderer on the host's own HTTP server (its hot-reload socket shares it). */
export type LiveRendererFactory = (server: Server) => Promise<LiveRenderer>;
