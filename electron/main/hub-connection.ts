/**
 * Turns a HubSource into hub addresses the handlers can use, starting the embedded pair
 * when no hub was given. `stop` shuts the pair down only if this instance started it; a
 * pair reused from another running instance is left alone.
 */
import { existsSync } from 'node:fs';
import type { ProvinceCode } from '../../shared/domain/region/provinces';
import type { EnrollmentCodes } from '../../shared/sync/enrollment-codes';
import { ensureEmbeddedHubs, type PairLauncher } from '../launch/embedded-hubs';
import type { HubSource } from './hub-source';

export interface HubConnection {
  hubUrls: Record<ProvinceCode, string>;
  enrollmentCodes: EnrollmentCodes;
  stop(): Promise<void>;
}

export interface EmbeddedHubLaunch {
  /** Shared by all profiles of the user, so side-by-side instances sync through one pair. */
  dataDir: string;
  /** The bundled dist/hub/embedded-pair.mjs. */
  script: string;
  /** How to run it (an Electron utility process in the app). */
  launcher: (script: string) => PairLauncher;
}

const stopNothing = async (): Promise<void> => {};

export async function connectHubs(source: HubSource, embedded: EmbeddedHubLaunch): Promise<HubConnection> {
  if (source.kind === 'given') return { hubUrls: source.hubUrls, enrollmentCodes: source.enrollmentCodes, stop: stopNothing };
  if (!existsSync(embedded.script)) throw new Error(`未找到内置交换平台程序：${embedded.script}`);
  const pair = await ensureEmbeddedHubs(embedded.dataDir, embedded.launcher(embedded.script));
  return { hubUrls: pair.hubs, enrollmentCodes: pair.enrollmentCodes, stop: pair.owned ? () => pair.stop() : stopNothing };
}

/** Used when the hubs cannot be reached at start: cases are still taken offline, sync reports not set up. */
export const NO_HUBS: HubConnection = { hubUrls: { '51': '', '50': '' }, enrollmentCodes: {}, stop: stopNothing };
