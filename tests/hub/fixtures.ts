/**
 * Shared fixtures for the hub suites: one fresh database per suite on each engine, hubs,
 * enrolled workstations and sealed events built the way a workstation builds them.
 *
 * Engines: PGlite always; PostgreSQL when HUB_TEST_DATABASE_URL points at a server where
 * we may create databases (CI sets it, see .ci/start-postgres.sh). Each suite gets its own
 * uniquely named database, dropped afterwards, copied from a template on which every
 * migration already ran; the suites about migrations and a new installation's first start ask
 * for an empty one.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ulid } from 'ulid';
import { describe } from 'vitest';
import type { Actor, CaseEvent, Routing, UnsealedEvent } from '../../shared/domain/case/case-events';
import { formatCaseNumber } from '../../shared/domain/case/case-number';
import { sealEvent } from '../../shared/domain/case/event-seal';
import { idCheckCharacter } from '../../shared/domain/validators/id-number';
import type { ProvinceCode } from '../../shared/domain/region/provinces';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import type { DatabaseConfig } from '../../hub/db/open-database';
import type { WorkstationKey } from '../../electron/handlers/workstation-key';
import { enrollmentProofMessage } from '../../shared/sync/enrollment-proof';
import type { Queryable } from '../../hub/db/database';
import { startHub, type HubHandle, type HubOptions } from '../../hub/start-hub';
import { createLease, type Lease } from '../../hub/store/leases';
import { seedMigratedPgliteDataDir, seedPgliteDataDir } from './pglite-template';
import { createMigratedDatabase } from './postgres-template';

export const ENROLLMENT_CODE = 'enroll-test-2024';
export const PEER_SECRET = 'peer-secret-for-tests-only';

// ---------------------------------------------------------------- engines and databases

export type EngineName = DatabaseConfig['engine'];

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

const adminUrl = process.env.HUB_TEST_DATABASE_URL;

// CI must exercise the real server: a missing URL there is a broken CI script, not a skip.
if (process.env.CI === 'true' && !adminUrl) {
  throw new Error('CI=true but HUB_TEST_DATABASE_URL is not set: .ci/run must start PostgreSQL');
}

export const ENGINES: readonly { name: EngineName; available: boolean }[] = [
  { name: 'pglite', available: true },
  { name: 'postgres', available: Boolean(adminUrl) },
];

/** `describe` once per engine; the PostgreSQL variant is skipped without a server. */
export function describeEachEngine(title: string, suite: (engine: EngineName) => void): void {
  for (const engine of ENGINES) {
    describe.skipIf(!engine.available)(`${title} [${engine.name}]`, () => suite(engine.name));
  }
}

/**
 * `migrated` (the default): the schema of this checkout, as a hub leaves it after its first
 * start. `empty`: a new installation's database, for the suites that run the migrations.
 */
export type InitialSchema = 'migrated' | 'empty';

export async function createTestDatabase(engine: EngineName, schema: InitialSchema = 'migrated'): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'hub-test-'));
    await (schema === 'migrated' ? seedMigratedPgliteDataDir(dataDir) : seedPgliteDataDir(dataDir));
    return { config: { engine, dataDir }, drop: () => rm(dataDir, { recursive: true, force: true }) };
  }
  if (!adminUrl) throw new Error('HUB_TEST_DATABASE_URL is not set');
  const name = `hub_test_${ulid().toLowerCase()}`;
  await withAdmin((client) =>
    schema === 'migrated' ? createMigratedDatabase(client, adminUrl, name) : client.query(`CREATE DATABASE ${name}`),
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { engine, connectionString: url.toString() },
    drop: () => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

async function withAdmin(fn: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}

export function startTestHub(province: ProvinceCode, database: DatabaseConfig, options: Partial<HubOptions> = {}): Promise<HubHandle> {
  return startHub({
    province,
    database,
    enrollmentCode: ENROLLMENT_CODE,
    peerSecret: PEER_SECRET,
    forwarding: { automatic: false },
    // Every suite talks to its hub from 127.0.0.1: the limits are configured off here, and
    // the suites about them (enrollment-tickets.test.ts) turn them on with small numbers.
    rateLimits: false,
    lockout: false,
    ...options,
  });
}

/**
 * A forwarding lease of its own, for a forwarder a test starts beside the hub's (which may
 * hold the hub's lease from an earlier drain).
 */
export function ownLease(db: Queryable): Lease {
  return createLease(db, `test-forwarder-${ulid()}`, ulid());
}

// ---------------------------------------------------------------- halls and identities

let hallCounter = 0;

/** A hall no other test in this file uses: divisionCode + a fresh two-digit number. */
export function newHall(division: string, name = '政务服务中心'): WorkstationIdentity['hall'] {
  hallCounter += 1;
  if (hallCounter > 99) throw new Error('out of hall numbers: use another division');
  const number = String(hallCounter).padStart(2, '0');
  return { division, code: `${division}${number}`, name: `${name}${number}`, phone: '028-86000000' };
}

/**
 * A division code nobody else in this file uses, for tests that assert what a
 * handling place can see. Real codes are not needed: the hub only compares them.
 */
let divisionCounter = 0;
export function newDivision(province: ProvinceCode): string {
  divisionCounter += 1;
  return `${province}${String(9000 + divisionCounter).padStart(4, '0')}`;
}

/**
 * A workstation identity at the next free window of `hall` (3, 4, …): the hub allows one
 * active workstation per window.
 */
const windowsTaken = new Map<string, number>();
export function identityFor(
  province: ProvinceCode,
  hall: WorkstationIdentity['hall'],
  clerk = '张晓梅',
): WorkstationIdentity & { clerk: string } {
  const window = (windowsTaken.get(hall.code) ?? 2) + 1;
  windowsTaken.set(hall.code, window);
  return { province, hall, window: String(window), clerk };
}

// ---------------------------------------------------------------- events

export function routingFor(receiving: WorkstationIdentity, handling: { province: ProvinceCode; division: string }): Routing {
  return {
    receiving: {
      province: receiving.province,
      division: receiving.hall.division,
      hallCode: receiving.hall.code,
      name: receiving.hall.name,
    },
    handling: { ...handling, name: handling.province === '50' ? '重庆市渝中区' : '四川省成都市' },
  };
}

export function validIdNumber(first17 = '51010419900307123'): string {
  return `${first17}${idCheckCharacter(first17)}`;
}

let caseCounter = 0;

/** Each test file numbers afresh: its databases are its own (tests/hub/fresh-numbering.ts). */
export function resetNumbering(): void {
  hallCounter = 0;
  divisionCounter = 0;
  caseCounter = 0;
  windowsTaken.clear();
}

export async function acceptedEvent(actor: Actor, routing: Routing, overrides: Partial<UnsealedEvent> = {}): Promise<CaseEvent> {
  caseCounter += 1;
  return sealEvent({
    id: ulid(),
    caseId: ulid(),
    type: 'accepted',
    actor,
    at: new Date().toISOString(),
    prevHash: '',
    payload: {
      caseNumber: formatCaseNumber(routing.receiving.hallCode, actor.window, '2024-05-06', caseCounter),
      queryPassword: '123456',
      matter: { code: 'CY-06-003', name: '无犯罪记录证明开具（异地代收代办）' },
      mode: '异地代收代办',
      routing,
      applicant: { name: '李建国', idNumber: validIdNumber(), mobile: '13800138000' },
      materials: [{ code: 'M-ID', name: '申请人居民身份证', form: 'original', copies: 1 }],
      promisedDate: '2024-06-03',
    },
    ...overrides,
  } as UnsealedEvent);
}

export function forwardedEvent(previous: CaseEvent, actor: Actor, toProvince: ProvinceCode): Promise<CaseEvent> {
  return sealEvent({
    id: ulid(),
    caseId: previous.caseId,
    type: 'forwarded',
    actor,
    at: new Date().toISOString(),
    prevHash: previous.hash,
    payload: { toProvince },
  });
}

/** The next event of a case, whatever its type: `previous` is the head it follows. */
export function nextEvent<T extends CaseEvent['type']>(
  previous: CaseEvent,
  actor: Actor,
  type: T,
  payload: Extract<CaseEvent, { type: T }>['payload'],
): Promise<CaseEvent> {
  return sealEvent({
    id: ulid(),
    caseId: previous.caseId,
    type,
    actor,
    at: new Date().toISOString(),
    prevHash: previous.hash,
    payload,
  } as UnsealedEvent);
}

/** 撤回: the receiving window's next event on a case handled in its own province. */
export function withdrawnEvent(previous: CaseEvent, actor: Actor): Promise<CaseEvent> {
  return nextEvent(previous, actor, 'withdrawn', { reason: '申请人申请撤回' });
}

/** 接收 by the handling side (straight after 受理 for a case handled in the receiving province). */
export function receivedEvent(previous: CaseEvent, actor: Actor): Promise<CaseEvent> {
  return nextEvent(previous, actor, 'received', {});
}

export function decidedEvent(previous: CaseEvent, actor: Actor, outcome: 'approved' | 'denied' = 'approved'): Promise<CaseEvent> {
  return sealEvent({
    id: ulid(),
    caseId: previous.caseId,
    type: 'decided',
    actor,
    at: new Date().toISOString(),
    prevHash: previous.hash,
    payload: { outcome, opinion: '材料齐全，符合条件，准予办理' },
  });
}

/**
 * An enrollment request body presenting `key`, with the proof a workstation signs
 * (electron/handlers/create-handlers.ts does the same). `at` defaults to now.
 */
export function enrollmentWithKey(
  key: WorkstationKey,
  workstationId: string,
  identity: WorkstationIdentity,
  at = new Date().toISOString(),
) {
  const message = enrollmentProofMessage({
    province: identity.province,
    workstationId,
    hallCode: identity.hall.code,
    window: identity.window,
    publicKey: key.publicKey,
    at,
  });
  return {
    enrollmentCode: ENROLLMENT_CODE,
    workstationId,
    identity,
    publicKey: key.publicKey,
    proof: { at, signature: Buffer.from(key.sign(message)).toString('base64') },
  };
}

// ---------------------------------------------------------------- HTTP

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
}

export async function request<T = unknown>(
  url: string,
  init: { method?: string; token?: string; json?: unknown; body?: string; headers?: Record<string, string> } = {},
): Promise<HttpResult<T>> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
  let body = init.body;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  const response = await fetch(url, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

export interface EnrolledWorkstation {
  token: string;
  identity: WorkstationIdentity & { clerk: string };
  actor: Actor;
}

export async function enroll(hub: HubHandle, identity: WorkstationIdentity & { clerk: string }): Promise<EnrolledWorkstation> {
  const workstationId = ulid();
  const result = await request<{ workstationId: string; token: string }>(`${hub.url}/v1/enroll`, {
    json: { enrollmentCode: ENROLLMENT_CODE, workstationId, identity },
  });
  if (result.status !== 201) throw new Error(`enroll failed: ${result.status} ${JSON.stringify(result.body)}`);
  const { token } = result.body;
  return {
    token,
    identity,
    actor: { clerk: identity.clerk, workstationId, province: identity.province, hallCode: identity.hall.code, window: identity.window },
  };
}

export interface PushResult {
  results: { id: string; status: 'applied' | 'duplicate' | 'deferred' | 'rejected'; code?: string; message?: string }[];
}

export function push(hub: HubHandle, token: string, events: readonly unknown[]): Promise<HttpResult<PushResult>> {
  return request<PushResult>(`${hub.url}/v1/events:push`, { token, json: { events } });
}

export interface ChangesResult {
  changes: { cursor: string; receivedAt: string; event: CaseEvent }[];
  nextCursor: string;
  hasMore: boolean;
}

export function changes(hub: HubHandle, token: string, cursor = '0', limit = 200): Promise<HttpResult<ChangesResult>> {
  return request<ChangesResult>(`${hub.url}/v1/changes?cursor=${cursor}&limit=${limit}`, { token });
}

/** Every change after `cursor`, following hasMore to the end. */
export async function allChanges(hub: HubHandle, token: string, cursor = '0'): Promise<ChangesResult['changes']> {
  const collected: ChangesResult['changes'] = [];
  for (;;) {
    const page = await changes(hub, token, cursor);
    if (page.status !== 200) throw new Error(`changes failed: ${page.status} ${JSON.stringify(page.body)}`);
    collected.push(...page.body.changes);
    cursor = page.body.nextCursor;
    if (!page.body.hasMore) return collected;
  }
}

export async function countRows(
  hub: HubHandle,
  table: 'events' | 'feed' | 'case_routes' | 'workstations' | 'forward_queue',
): Promise<number> {
  const rows = await hub.db.query<{ count: string }>(`SELECT count(*)::text AS count FROM ${table}`);
  return Number(rows[0]?.count);
}
