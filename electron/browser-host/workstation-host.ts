/**
 * One workstation in browser mode: its profile directory (settings via `conf`, prints),
 * the shared bridge handlers, and the HTTP host in front of them.
 */
import { readFile } from 'node:fs/promises';
import Conf from 'conf';
import type { ProvinceCode } from '../../shared/domain/region/provinces';
import type { EnrollmentCodes } from '../../shared/sync/enrollment-codes';
import { createHandlers } from '../handlers/create-handlers';
import type { PrintBackend } from '../handlers/print-backend';
import { SETTINGS_FILE_NAME, settingsStoreOptions } from '../main/settings-store-options';
import { createSettingsService } from '../settings/settings-service';
import { startBrowserHost, type BrowserHost } from './host-server';
import type { LiveRendererFactory } from './live-renderer';

export interface WorkstationHostOptions {
  profileDir: string;
  port: number;
  rendererDir: string;
  hubUrls: Record<ProvinceCode, string>;
  /** Enrollment code per province, where the host holds one. */
  enrollmentCodes: EnrollmentCodes;
  /** CUPS queue to print to; overrides the stored setting when given. */
  printer?: string;
  /** How PDFs reach paper; CUPS unless given (tests give a backend with several printers). */
  printing?: PrintBackend;
  /** Serve the renderer live from its sources (`npm run dev`). */
  liveRenderer?: LiveRendererFactory;
}

async function appVersion(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

export async function startWorkstationHost(options: WorkstationHostOptions): Promise<BrowserHost> {
  const store = new Conf<Record<string, unknown>>({
    projectName: 'chuanyu-window',
    cwd: options.profileDir,
    configName: SETTINGS_FILE_NAME,
    ...settingsStoreOptions,
    defaults: { ...settingsStoreOptions.defaults },
  });
  if (options.printer) store.set('printer', options.printer);
  const handlers = createHandlers({
    shell: 'browser',
    version: await appVersion(),
    dataDir: options.profileDir,
    settings: createSettingsService(store),
    hubUrls: options.hubUrls,
    enrollmentCodes: options.enrollmentCodes,
    ...(options.printing ? { printing: options.printing } : {}),
  });
  return startBrowserHost({ port: options.port, rendererDir: options.rendererDir, handlers, liveRenderer: options.liveRenderer });
}
