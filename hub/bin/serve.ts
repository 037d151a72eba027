/**
 * Runs one province hub.
 *
 *   tsx hub/bin/serve.ts --province 51 --port 8751 --data .data/hub-51 \
 *     --peer-url http://127.0.0.1:8750 --peer-secret S [--peer-secret-to-present P] [--enrollment-code C]
 *
 * Workstations enroll with one-time tickets issued by people (a hall's 系统管理员, or
 * hub/bin/workstations.ts issue-ticket). `--enrollment-code` / HUB_ENROLLMENT_CODE is the
 * explicit opt-in to the province-wide shared code as well, for demos and tests; a
 * production deployment leaves it unset (hub.env.example does), and the hub warns when a
 * PostgreSQL deployment sets it. HUB_TRUST_PROXY (true, or the load balancer's addresses,
 * comma-separated) makes the client address come from X-Forwarded-For; HUB_TOKEN_TTL_HOURS
 * and HUB_TICKET_HOURS set how long tokens and tickets last (720, 24). HUB_CREDENTIAL_LIMITS=off
 * turns the rate limits and lockout off, for test and bench runs whose many clients all
 * come from 127.0.0.1 (never in a deployment).
 *
 * With HUB_DATABASE_URL set, the hub uses that PostgreSQL server instead of PGlite.
 * Secrets may come from HUB_PEER_SECRET / HUB_ENROLLMENT_CODE instead of flags (flags are
 * visible to every user in `ps`), the peer's address from HUB_PEER_URL. The peer secret is the
 * one the other province's hub must present here; when each province keeps its own, the
 * secret this hub presents there is `--peer-secret-to-present` / HUB_PEER_SECRET_TO_PRESENT
 * (unset: both directions use the one peer secret). HUB_ADMIN_TOKEN (environment only) opens the operator API
 * (/v1/admin/*, see hub/bin/forward-queue.ts); HUB_METRICS_TOKEN opens GET /metrics for
 * Prometheus; HUB_LEASE_MS sets how soon another instance takes over forwarding from one
 * that died (default 15 s). `--crypto-suite` (or HUB_CRYPTO_SUITE) sets what the province's
 * workstations seal and hash with: ecdsa-p256-sha256 (default) or sm2-sm3 (国密). `--log` writes the JSON request log to stdout (a deployment wants it; tests and
 * benches that spawn hubs do not). Prints `hub <province> listening on <url>` when ready.
 */
import { parseArgs } from 'node:util';
import { CRYPTO_SUITES, cryptoSuiteSchema, DEFAULT_CRYPTO_SUITE } from '../../shared/cryptography/crypto-suite';
import { HUB_URL_NOT_HTTPS_MESSAGE, hubUrlSchema } from '../../shared/domain/region/hub-url';
import { startHub } from '../start-hub';
import type { DatabaseConfig } from '../db/open-database';
import { exitOnSignals, failUsage, parsePort, parseProvince, UsageError } from './cli';

const USAGE = `usage: serve.ts --province 51|50 [--port N] [--host 127.0.0.1] (--data DIR | env HUB_DATABASE_URL)
                [--peer-url URL] [--peer-secret S] [--peer-secret-to-present P] [--enrollment-code C]
                [--crypto-suite ecdsa-p256-sha256|sm2-sm3] [--log]`;

function readOptions() {
  const { values } = parseArgs({
    options: {
      province: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string' },
      'peer-url': { type: 'string' },
      'peer-secret': { type: 'string' },
      'peer-secret-to-present': { type: 'string' },
      'enrollment-code': { type: 'string' },
      'crypto-suite': { type: 'string' },
      log: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const databaseUrl = process.env.HUB_DATABASE_URL;
  let database: DatabaseConfig;
  if (databaseUrl) database = { engine: 'postgres', connectionString: databaseUrl };
  else if (values.data) database = { engine: 'pglite', dataDir: values.data };
  else throw new UsageError('give --data DIR (embedded PGlite) or set HUB_DATABASE_URL (PostgreSQL)');

  const enrollmentCode = values['enrollment-code'] ?? (process.env.HUB_ENROLLMENT_CODE || undefined);
  if (enrollmentCode !== undefined && enrollmentCode.length < 8) throw new UsageError('--enrollment-code must be at least 8 characters');
  const peerUrl = values['peer-url'] ?? (process.env.HUB_PEER_URL || undefined);
  const peerSecret = values['peer-secret'] ?? process.env.HUB_PEER_SECRET;
  if (peerUrl && !peerSecret) throw new UsageError('--peer-url needs --peer-secret');
  const peerSecretToPresent = values['peer-secret-to-present'] ?? (process.env.HUB_PEER_SECRET_TO_PRESENT || undefined);
  if (peerSecretToPresent !== undefined && !peerUrl) throw new UsageError('--peer-secret-to-present needs --peer-url');
  // The peer secret and every forwarded event cross the network: https, unless the peer is on this machine.
  if (peerUrl && !hubUrlSchema.safeParse(peerUrl).success) throw new UsageError(`--peer-url ${peerUrl}: ${HUB_URL_NOT_HTTPS_MESSAGE}`);
  const suite = cryptoSuiteSchema.safeParse(values['crypto-suite'] ?? process.env.HUB_CRYPTO_SUITE ?? DEFAULT_CRYPTO_SUITE);
  if (!suite.success) throw new UsageError(`--crypto-suite must be one of ${CRYPTO_SUITES.join(', ')}`);
  return {
    province: parseProvince(values.province),
    cryptoSuite: suite.data,
    port: parsePort(values.port, '--port'),
    host: values.host,
    database,
    enrollmentCode,
    peerUrl,
    peerSecret,
    peerSecretToPresent,
    adminToken: process.env.HUB_ADMIN_TOKEN || undefined,
    metricsToken: process.env.HUB_METRICS_TOKEN || undefined,
    leaseMs: parseLeaseMs(process.env.HUB_LEASE_MS),
    trustProxy: parseTrustProxy(process.env.HUB_TRUST_PROXY),
    ...credentialLimits(process.env.HUB_CREDENTIAL_LIMITS),
    tokenTtlHours: parseHours(process.env.HUB_TOKEN_TTL_HOURS, 'HUB_TOKEN_TTL_HOURS'),
    ticketHours: parseHours(process.env.HUB_TICKET_HOURS, 'HUB_TICKET_HOURS'),
    logger: values.log,
  };
}

function parseLeaseMs(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 1_000) throw new UsageError('HUB_LEASE_MS must be a whole number of milliseconds, at least 1000');
  return ms;
}

/** "true" = trust every hop (only when nothing but the balancer can reach the hub); else addresses/CIDRs. */
function parseTrustProxy(raw: string | undefined): boolean | string[] | undefined {
  if (!raw) return undefined;
  if (raw === 'true') return true;
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function credentialLimits(raw: string | undefined): { rateLimits?: false; lockout?: false } {
  if (!raw) return {};
  if (raw === 'off') return { rateLimits: false, lockout: false };
  throw new UsageError('HUB_CREDENTIAL_LIMITS may only be "off" (the limits are on by default)');
}

function parseHours(raw: string | undefined, name: string): number | undefined {
  if (!raw) return undefined;
  const hours = Number(raw);
  if (!Number.isInteger(hours) || hours < 1) throw new UsageError(`${name} must be a whole number of hours, at least 1`);
  return hours;
}

async function main(): Promise<void> {
  let options;
  try {
    options = readOptions();
  } catch (error) {
    failUsage(error, USAGE);
  }
  if (options.database.engine === 'pglite') {
    // The embedded engine is for one machine and demos; say so where an operator will read it.
    console.error(
      `hub ${options.province}: embedded PGlite engine (fsync off: a power cut can lose the last writes; one process only). ` +
        'Not for production: set HUB_DATABASE_URL to a PostgreSQL database.',
    );
  }
  if (options.database.engine === 'postgres' && options.enrollmentCode !== undefined) {
    console.error(
      `hub ${options.province}: HUB_ENROLLMENT_CODE is set, so anyone holding that one code can enroll a workstation for any hall. ` +
        'In production leave it unset: halls enroll workstations with one-time tickets.',
    );
  }
  const hub = await startHub(options);
  exitOnSignals(() => hub.close());
  console.log(`hub ${hub.province} listening on ${hub.url}`);
}

main().catch((error: unknown) => {
  console.error('hub failed to start:', error);
  process.exit(1);
});
