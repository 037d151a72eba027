/**
 * Starts one province hub: opens and migrates the database, serves the HTTP API and runs
 * the forwarder towards the peer hub. Used by bin/serve.ts, bin/embedded-pair.ts and tests.
 */
import type { ProvinceCode } from '../shared/domain/provinces';
import type { Database } from './db/database';
import { openDatabase, type DatabaseConfig } from './db/open-database';
import { startForwarder, type Forwarder, type ForwarderOptions } from './forwarder/forwarder';
import { buildHubApp } from './http/app';

export interface HubOptions {
  province: ProvinceCode;
  database: DatabaseConfig;
  /** Code a workstation must present to enroll (at least 8 characters). */
  enrollmentCode: string;
  host?: string;
  /** 0 (default) picks a free port; the handle's `url` says which. */
  port?: number;
  /** The other province's hub; a function when it is only known after both have bound. */
  peerUrl?: string | (() => string | undefined);
  /** Shared by both hubs: presented when forwarding, checked when receiving. */
  peerSecret?: string;
  /**
   * Operator token for the /v1/admin/* routes (at least 16 characters, different from the
   * peer secret and the enrollment code); unset = the operator API is closed.
   */
  adminToken?: string;
  forwarding?: Pick<ForwarderOptions, 'intervalMs' | 'automatic' | 'batchSize' | 'maxBatchBytes' | 'backoff' | 'maxDeferredAttempts' | 'onTick'>;
  logger?: boolean;
  reportError?: (error: unknown) => void;
}

export interface HubHandle {
  url: string;
  province: ProvinceCode;
  db: Database;
  forwarder: Forwarder;
  /** Stops accepting requests, stops the forwarder, then closes the database. */
  close(): Promise<void>;
}

export async function startHub(options: HubOptions): Promise<HubHandle> {
  if (options.enrollmentCode.length < 8) throw new Error('enrollment code must be at least 8 characters');
  checkAdminToken(options);
  const db = await openDatabase(options.database);
  const { peerUrl } = options;
  const forwarder = startForwarder({
    db,
    peerUrl: typeof peerUrl === 'function' ? peerUrl : () => peerUrl,
    peerSecret: options.peerSecret,
    ...options.forwarding,
    reportError: options.reportError,
  });
  const app = buildHubApp(
    {
      db,
      province: options.province,
      enrollmentCode: options.enrollmentCode,
      peerSecret: options.peerSecret,
      onEventsApplied: () => forwarder.nudge(),
      adminToken: options.adminToken,
      peerStatus: () => forwarder.peerStatus(),
    },
    { logger: options.logger, reportError: options.reportError },
  );

  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      await app.close();
      await forwarder.close();
      await db.close();
    })());

  try {
    await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
  } catch (error) {
    await close();
    throw error;
  }
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('hub is not listening on a TCP port');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { url: `http://${host}:${address.port}`, province: options.province, db, forwarder, close };
}

function checkAdminToken({ adminToken, peerSecret, enrollmentCode }: HubOptions): void {
  if (adminToken === undefined) return;
  if (adminToken.length < 16) throw new Error('the operator token must be at least 16 characters');
  // Each credential opens only its own routes: the operator token must not be a secret that
  // workstations or the peer hub already hold.
  if (adminToken === peerSecret || adminToken === enrollmentCode) {
    throw new Error('the operator token must differ from the peer secret and the enrollment code');
  }
}
