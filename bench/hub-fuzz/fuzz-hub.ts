/**
 * One fuzz run against a real hub (startHub, either engine): sets up a hall (a workstation,
 * its administrator signed in) so credentials reach the routes' inner checks, digests every
 * table, sends the malformed requests, digests again. The hub runs with its rate limits and
 * lockout configured off, so every request reaches the handlers instead of a 429.
 */
import { ulid } from 'ulid';
import type { DatabaseConfig } from '../../hub/db/open-database';
import type { LogDestination } from '../../hub/observability/request-logging';
import { startHub } from '../../hub/start-hub';
import { createMalformedRequests, PERSONAL_DATA } from './malformed-requests';
import { changedTables, tableDigests } from './table-digests';

const ENROLLMENT_CODE = 'fuzz-enrollment-code';
const PEER_SECRET = 'fuzz-peer-secret-0123456789';
const ADMIN_TOKEN = 'fuzz-operator-token-0123456789';
const CONCURRENCY = 4;

export interface FuzzRun {
  database: DatabaseConfig;
  requests: number;
  seed: number;
  logger?: LogDestination;
}

export interface FuzzReport {
  routes: number;
  byStatus: Record<string, number>;
  /** The first few 5xx (or transport failures), to reproduce. */
  failures: string[];
  changed: string[];
  /** Requests whose path or body carried one of PERSONAL_DATA: what a log search looks for. */
  personalDataSent: number;
}

async function call(url: string, init: RequestInit): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
  return { status: response.status, body: await response.text() };
}

export async function fuzzHub(run: FuzzRun): Promise<FuzzReport> {
  const hub = await startHub({
    province: '51',
    database: run.database,
    enrollmentCode: ENROLLMENT_CODE,
    peerSecret: PEER_SECRET,
    adminToken: ADMIN_TOKEN,
    forwarding: { automatic: false },
    rateLimits: false,
    lockout: false,
    logger: run.logger,
    reportError: () => undefined,
  });
  try {
    const json = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      call(`${hub.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const identity = {
      province: '51',
      hall: { division: '510104', code: '51010491', name: '锦江区政务服务中心', phone: '' },
      window: '3',
      clerk: PERSONAL_DATA.name,
    };
    const enrolled = await json('/v1/enroll', { enrollmentCode: ENROLLMENT_CODE, workstationId: ulid(), identity });
    if (enrolled.status !== 201) throw new Error(`fuzz set-up: enroll answered ${enrolled.status} ${enrolled.body}`);
    const { token } = JSON.parse(enrolled.body) as { token: string };
    const admin = await json(
      '/v1/staff/bootstrap',
      { username: 'fuzzadmin', name: PERSONAL_DATA.name, roles: ['admin', 'clerk'], password: 'fuzz-password-2026' },
      { authorization: `Bearer ${token}` },
    );
    if (admin.status !== 201) throw new Error(`fuzz set-up: bootstrap answered ${admin.status} ${admin.body}`);
    const { session } = JSON.parse(admin.body) as { session: string };

    const before = await tableDigests(hub.db);
    const next = createMalformedRequests(hub.routes, { token, session, peerSecret: PEER_SECRET, adminToken: ADMIN_TOKEN }, run.seed);
    const byStatus: Record<string, number> = {};
    const failures: string[] = [];
    let sent = 0;
    let personalDataSent = 0;
    const personal = Object.values(PERSONAL_DATA);
    const worker = async () => {
      while (sent < run.requests) {
        sent += 1;
        const request = next();
        const carried = `${request.path}${request.body ?? ''}`;
        if (personal.some((text) => carried.includes(text) || carried.includes(encodeURIComponent(text)))) personalDataSent += 1;
        let status: string;
        try {
          const answer = await call(`${hub.url}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
          status = String(answer.status);
          if (answer.status >= 500 && failures.length < 10)
            failures.push(`${answer.status} ${request.method} ${request.path.slice(0, 120)}: ${answer.body.slice(0, 200)}`);
        } catch (error) {
          status = 'transport-error';
          if (failures.length < 10)
            failures.push(`${request.method} ${request.path.slice(0, 120)}: ${error instanceof Error ? error.message : String(error)}`);
        }
        byStatus[status] = (byStatus[status] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const after = await tableDigests(hub.db);
    return { routes: hub.routes.length, byStatus, failures, changed: changedTables(before, after), personalDataSent };
  } finally {
    await hub.close();
  }
}
