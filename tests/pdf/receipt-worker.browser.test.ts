/**
 * The PDF worker in real Chromium, built by Vite the way the renderer is, served under the
 * renderer's strict CSP (script-src 'self', worker-src 'self' blob:, no eval). Skipped
 * where Chromium is not installed (set CHROMIUM_PATH to point elsewhere).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceiptData } from '../../shared/documents/receipt/receipt-data';
import type { RefusalNoticeData } from '../../shared/documents/notices/refusal-notice-data';
import { RARE_CHARACTERS, sampleReceiptData, worstCaseReceiptData } from '../fixtures/receipt-data';
import { sampleRefusalNotice } from '../fixtures/refusal-notice-data';
import { pageCount, pdfScratchDir, pdfText, qpdfCheck } from './pdf-tools';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  'report-uri /csp-report',
].join('; ');
const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.ttf': 'font/ttf' };

/**
 * Serves the built harness with the CSP header on every response (the worker script
 * included: a worker's CSP comes from its own response) and collects violation reports.
 */
function serve(root: string, reports: string[]): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'POST' && pathname === '/csp-report') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        reports.push(body);
        response.writeHead(204).end();
      });
      return;
    }
    const file = normalize(join(root, pathname === '/' ? 'index.html' : decodeURIComponent(pathname)));
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    }),
  );
}

describe.skipIf(!existsSync(CHROMIUM))('PDF worker in Chromium under the renderer CSP', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'pdf-harness-'));
  const scratch = pdfScratchDir();
  const cspReports: string[] = [];
  let server: Server;
  let browser: Browser;
  let page: Page;

  const render = (data: ReceiptData): Promise<Uint8Array> =>
    page
      .evaluate((input) => (globalThis as unknown as HarnessWindow).harness.renderReceiptBase64(input), data)
      .then((base64) => new Uint8Array(Buffer.from(base64, 'base64')));

  beforeAll(async () => {
    await build({
      configFile: false,
      logLevel: 'error',
      root: fileURLToPath(new URL('./browser-harness', import.meta.url)),
      base: '/',
      build: { outDir, emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 4096 },
      worker: { format: 'es' },
    });
    let url: string;
    ({ server, url } = await serve(outDir, cspReports));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => 'harness' in globalThis);
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    rmSync(outDir, { recursive: true, force: true });
    scratch.remove();
  });

  it('bundles a worker without zod (document builders must stay zod-free)', () => {
    const workerChunks = readdirSync(join(outDir, 'assets')).filter((file) => /^pdf\.worker-.*\.js$/.test(file));
    expect(workerChunks).toHaveLength(1);
    for (const file of workerChunks) expect(readFileSync(join(outDir, 'assets', file), 'utf8')).not.toContain('_zod');
  });

  it('really forbids eval in workers and reports attempts (the control for the checks below)', async () => {
    expect(await page.evaluate(() => (globalThis as unknown as HarnessWindow).harness.evalBlockedInWorker())).toBe(true);
    await expect.poll(() => cspReports.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(cspReports.join('')).toContain('eval-probe');
    cspReports.length = 0;
  });

  it('renders the worst-case receipt to a valid one-page PDF with the rare characters', async () => {
    const data = await worstCaseReceiptData();
    const path = scratch.write('worst-browser.pdf', await render(data));
    expect(qpdfCheck(path).status).toBe(0);
    expect(pageCount(path)).toBe(1);
    const text = pdfText(path);
    expect(text).toContain(data.caseState.caseNumber);
    for (const char of RARE_CHARACTERS) expect(text).toContain(char);
  });

  it('reports the Ext-B characters of a name (𪚥 𠀀) that Noto Sans SC cannot draw, and draws 䶮 堃', async () => {
    const sample = sampleRefusalNotice();
    const data = { ...sample, applicant: { ...sample.applicant, name: '王𪚥䶮𠀀堃' } };
    const { pdfBase64, missingGlyphs } = await page.evaluate(
      (input) => (globalThis as unknown as HarnessWindow).harness.renderRefusalNoticeReport(input),
      data,
    );
    expect(missingGlyphs).toEqual(['𪚥', '𠀀']);
    const path = scratch.write('rare-name-browser.pdf', new Uint8Array(Buffer.from(pdfBase64, 'base64')));
    expect(pdfText(path).replace(/\s+/g, '')).toContain('王䶮堃');
  });

  it('keeps serving from the same worker without a single CSP violation', async () => {
    const sample = await sampleReceiptData();
    const path = scratch.write('sample-browser.pdf', await render(sample));
    expect(pdfText(path)).toContain('张三');
    // Reports are posted asynchronously. A deliberate violation after the renders marks the
    // end of their reports: once its report is in, any report the renders caused is too.
    expect(await page.evaluate(() => (globalThis as unknown as HarnessWindow).harness.evalBlockedInWorker())).toBe(true);
    await expect.poll(() => cspReports.some((report) => report.includes('eval-probe')), { timeout: 30_000 }).toBe(true);
    expect(cspReports.filter((report) => !report.includes('eval-probe'))).toEqual([]);
  });
});

interface HarnessWindow {
  harness: {
    renderReceiptBase64(data: ReceiptData): Promise<string>;
    renderRefusalNoticeReport(data: RefusalNoticeData): Promise<{ pdfBase64: string; missingGlyphs: string[] }>;
    evalBlockedInWorker(): Promise<boolean>;
  };
}
