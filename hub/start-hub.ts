/**
 * Starts one province hub: opens and migrates the database, serves the HTTP API and runs
 * the forwarders (events, and scans) towards the peer hub. Used by bin/serve.ts, bin/embedded-pair.ts and tests.
 */
import { randomUUID } from 'node:crypto';
import type { ProvinceCode } from '../shared/domain/region/provinces';
import type { BackoffPolicy } from '../shared/sync/backoff';
import type { Database } from './db/database';
import { openDatabase, type DatabaseConfig } from './db/open-database';
import { startForwarder, type Forwarder, type ForwarderOptions } from './forwarder/forwarder';
import { buildHubApp, type HubRoute } from './http/app';
import { createHubMetrics } from './observability/hub-metrics';
import { scrapeSources } from './observability/scrape-sources';
import type { LogDestination } from './observability/request-logging';
import { createLease } from './store/leases';
import { createScanReads } from './scans/scan-reads';
import { startScanForwarder, type ScanForwarder } from './scans/scan-forwarder';
import { databaseScanStorage, type ScanStorage } from './scans/scan-storage';
import { createScanUploads } from './scans/scan-uploads';
import { DEFAULT_CRYPTO_SUITE, type CryptoSuite } from '../shared/cryptography/crypto-suite';
import { SCAN_CHUNK_BYTES } from '../shared/sync/scan-protocol';
import { startHallProjector, type HallProjector } from './hall/projector';
import { createRecentCaseStates } from './hall/recent-case-states';
import { latestSeq } from './store/feed';
import { listenForFeedNews } from './store/feed-notifications';
import { startFeedSweeper } from './store/feed-sweeper';
import { createFeedWatch, type FeedWatch } from './store/feed-watch';
import { createCredentialLockout, DEFAULT_LOCKOUT, type LockoutPolicy } from './http/credential-lockout';
import { DEFAULT_RATE_LIMITS, type CredentialRateLimits } from './http/credential-rate-limits';
import { DEFAULT_TICKET_HOURS } from './store/enrollment-tickets';
import { DEFAULT_TOKEN_TTL_HOURS } from './store/workstations';
import { startPgliteUpkeep, type PgliteUpkeep } from './db/pglite-upkeep';

export interface HubOptions {
  province: ProvinceCode;
  database: DatabaseConfig;
  /**
   * The province's shared enrollment code (at least 8 characters). Given = workstations may
   * enroll with it as well as with tickets: for the embedded demo pair and tests only; a
   * production hub leaves it out, so only tickets issued by people enroll.
   */
  enrollmentCode?: string;
  /** Hours a workstation token lasts unrenewed (default 30 days). */
  tokenTtlHours?: number;
  /** Hours an enrollment ticket stays good unless its issuer says otherwise (default 24). */
  ticketHours?: number;
  /** Lockout after repeated credential failures per client; false = none. */
  lockout?: LockoutPolicy | false;
  /** Requests per minute per client on credential routes; false = no limit. Defaults: DEFAULT_RATE_LIMITS. */
  rateLimits?: Partial<CredentialRateLimits> | false;
  /** Fastify's trustProxy, for a hub behind a load balancer (http/app.ts). */
  trustProxy?: boolean | string | string[];
  /**
   * What this deployment's workstations seal receipts and hash events with (default
   * ecdsa-p256-sha256); announced to them. Both suites are always verified.
   */
  cryptoSuite?: CryptoSuite;
  host?: string;
  /** 0 (default) picks a free port; the handle's `url` says which. */
  port?: number;
  /** The other province's hub; a function when it is only known after both have bound. */
  peerUrl?: string | (() => string | undefined);
  /** Checked when the peer hub forwards to us; also presented when we forward, unless `peerSecretToPresent` says otherwise. */
  peerSecret?: string;
  /**
   * The peer hub's own secret, when each hub has its own (the embedded pair generates one per
   * province): presented when forwarding to it. Unset = both hubs share `peerSecret`.
   */
  peerSecretToPresent?: string;
  /**
   * Operator token for the /v1/admin/* routes (at least 16 characters, different from the
   * peer secret and the enrollment code); unset = the operator API is closed.
   */
  adminToken?: string;
  forwarding?: Pick<
    ForwarderOptions,
    'intervalMs' | 'automatic' | 'batchSize' | 'maxBatchBytes' | 'backoff' | 'maxDeferredAttempts' | 'onTick'
  >;
  /** Sending scans to the peer; `automatic` defaults to the event forwarding's. */
  scanForwarding?: { intervalMs?: number; automatic?: boolean; backoff?: BackoffPolicy };
  /** Chunk size for new scan uploads (tests use small ones). */
  scanChunkBytes?: number;
  /** How long a forwarding lease lasts unrenewed (store/leases.ts); tests shorten it. */
  leaseMs?: number;
  /** Bearer token for GET /metrics (Prometheus); unset = metrics are not served. */
  metricsToken?: string;
  /** The JSON request log: true = stdout, or a destination (tests). */
  logger?: boolean | LogDestination;
  reportError?: (error: unknown) => void;
}

export interface HubHandle {
  url: string;
  province: ProvinceCode;
  db: Database;
  forwarder: Forwarder;
  scanForwarder: ScanForwarder;
  /** Where scan bytes are kept (the hub's database unless a deployment says otherwise). */
  scanStorage: ScanStorage;
  /** Keeps the hall view's case facts in step with the feed (hub/hall/). */
  hallProjector: HallProjector;
  /** Workstations waiting for feed news. */
  feedWatch: FeedWatch;
  /** Vacuum and analyze on the embedded engine; none on PostgreSQL (autovacuum). */
  pgliteUpkeep: PgliteUpkeep | undefined;
  /** Every route the hub serves (method and pattern), e.g. for the fuzz tool. */
  routes: readonly HubRoute[];
  /** Stops accepting requests, stops the forwarder, then closes the database. */
  close(): Promise<void>;
}

export async function startHub(options: HubOptions): Promise<HubHandle> {
  if (options.enrollmentCode !== undefined && options.enrollmentCode.length < 8)
    throw new Error('enrollment code must be at least 8 characters');
  checkCredentials(options);
  const db = await openDatabase(options.database);
  const { peerUrl } = options;
  const outboundPeerSecret = options.peerSecretToPresent ?? options.peerSecret;
  // Names this instance in the forwarding leases: several may share one PostgreSQL.
  const instanceId = randomUUID();
  const forwarder = startForwarder({
    db,
    lease: createLease(db, 'event-forwarder', instanceId, options.leaseMs),
    peerUrl: typeof peerUrl === 'function' ? peerUrl : () => peerUrl,
    peerSecret: outboundPeerSecret,
    ...options.forwarding,
    reportError: options.reportError,
  });
  const feedWatch = createFeedWatch((key) => latestSeq(db, key));
  // Other hub instances on the same PostgreSQL append to the feed too; PGlite has no others.
  const feedListener =
    options.database.engine === 'postgres'
      ? listenForFeedNews(
          options.database.connectionString,
          (news) => feedWatch.advance(news),
          () => feedWatch.forget(),
        )
      : undefined;
  const scanStorage = databaseScanStorage(db);
  const recentStates = createRecentCaseStates();
  const hallProjector = startHallProjector({
    db,
    recentStates,
    automatic: options.forwarding?.automatic,
    reportError: options.reportError,
  });
  // PGlite numbers each batch inside its own transaction: nothing is ever left waiting there.
  const feedSweeper =
    options.database.engine === 'postgres'
      ? startFeedSweeper({
          db,
          onNews: (news) => {
            feedWatch.advance(news);
            forwarder.nudge();
            hallProjector.nudge();
          },
          reportError: options.reportError,
        })
      : undefined;
  // PostgreSQL's autovacuum does this on a server; PGlite has none (db/pglite-upkeep.ts).
  const pgliteUpkeep = options.database.engine === 'pglite' ? startPgliteUpkeep({ db, reportError: options.reportError }) : undefined;
  const scanForwarder = startScanForwarder({
    db,
    lease: createLease(db, 'scan-forwarder', instanceId, options.leaseMs),
    storage: scanStorage,
    peerUrl: typeof peerUrl === 'function' ? peerUrl : () => peerUrl,
    peerSecret: outboundPeerSecret,
    automatic: options.forwarding?.automatic,
    ...options.scanForwarding,
    reportError: options.reportError,
  });
  const metrics = createHubMetrics(options.province);
  metrics.attach(scrapeSources(db, () => forwarder.peerStatus()));
  const { app, routes } = buildHubApp(
    {
      metrics,
      metricsToken: options.metricsToken,
      db,
      province: options.province,
      enrollmentCode: options.enrollmentCode,
      cryptoSuite: options.cryptoSuite ?? DEFAULT_CRYPTO_SUITE,
      tokenTtlHours: options.tokenTtlHours ?? DEFAULT_TOKEN_TTL_HOURS,
      ticketHours: options.ticketHours ?? DEFAULT_TICKET_HOURS,
      lockout: createCredentialLockout(db, options.lockout ?? DEFAULT_LOCKOUT),
      rateLimits: options.rateLimits === false ? false : { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
      peerSecret: options.peerSecret,
      feedWatch,
      onEventsApplied: (written) => {
        if (written) recentStates.remember(written);
        forwarder.nudge();
        // A scan waits for its case's routing: a new case may release scans queued before it.
        scanForwarder.nudge();
        hallProjector.nudge();
      },
      hallUpToDate: async () => {
        await hallProjector.drainOnce();
      },
      adminToken: options.adminToken,
      peerStatus: () => forwarder.peerStatus(),
      scanUploads: createScanUploads({
        db,
        storage: scanStorage,
        chunkSize: options.scanChunkBytes ?? SCAN_CHUNK_BYTES,
        onClaimCompleted: () => scanForwarder.nudge(),
      }),
      scanReads: createScanReads(db, scanStorage),
    },
    { logger: options.logger, reportError: options.reportError, trustProxy: options.trustProxy },
  );

  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      // Waiting requests answer at once, so closing the server does not wait out their timeouts.
      feedWatch.close();
      await app.close();
      await feedListener?.close();
      await feedSweeper?.close();
      await forwarder.close();
      await scanForwarder.close();
      await hallProjector.close();
      await pgliteUpkeep?.close();
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
  return {
    url: `http://${host}:${address.port}`,
    province: options.province,
    routes,
    db,
    forwarder,
    scanForwarder,
    scanStorage,
    hallProjector,
    feedWatch,
    pgliteUpkeep,
    close,
  };
}

function checkCredentials({ adminToken, metricsToken, peerSecret, peerSecretToPresent, enrollmentCode }: HubOptions): void {
  // Each credential opens only its own routes: the operator and metrics tokens must not be a
  // secret that workstations, the peer hub or (for the scraper) an operator already hold.
  if (adminToken !== undefined) {
    if (adminToken.length < 16) throw new Error('the operator token must be at least 16 characters');
    if (
      adminToken === peerSecret ||
      adminToken === peerSecretToPresent ||
      (enrollmentCode !== undefined && adminToken === enrollmentCode)
    ) {
      throw new Error('the operator token must differ from the peer secret and the enrollment code');
    }
  }
  if (metricsToken !== undefined) {
    if (metricsToken.length < 16) throw new Error('the metrics token must be at least 16 characters');
    if ([adminToken, peerSecret, peerSecretToPresent, enrollmentCode].filter((secret) => secret !== undefined).includes(metricsToken)) {
      throw new Error('the metrics token must differ from the operator token, the peer secret and the enrollment code');
    }
  }
}
