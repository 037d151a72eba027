/**
 * A 四川/重庆 hub pair for the scan-transfer bench, on PGlite (fresh data directories) or
 * PostgreSQL (a throwaway database per hub on the given server), with one enrolled window
 * on each side and cross-province cases pushed the way a workstation pushes them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ulid } from 'ulid';
import type { ScanReference } from '../../shared/domain/matter/application';
import type { Actor, CaseEvent, UnsealedEvent } from '../../shared/domain/case/case-events';
import { formatCaseNumber } from '../../shared/domain/case/case-number';
import { sealEvent } from '../../shared/domain/case/event-seal';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import type { DatabaseConfig } from '../../hub/db/open-database';
import { startHub, type HubHandle } from '../../hub/start-hub';

const CODE = 'bench-enrollment-code';
const SECRET = 'bench-peer-secret';

export interface Window {
  token: string;
  actor: Actor;
  identity: WorkstationIdentity;
}

export interface HubPair {
  sichuan: HubHandle;
  chongqing: HubHandle;
  receiver: Window;
  handler: Window;
  close(): Promise<void>;
}

async function database(
  engine: 'pglite' | 'postgres',
  serverUrl: string | undefined,
): Promise<{ config: DatabaseConfig; drop(): Promise<void> }> {
  if (engine === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'scan-bench-'));
    return { config: { engine, dataDir }, drop: () => rm(dataDir, { recursive: true, force: true }) };
  }
  if (!serverUrl) throw new Error('PostgreSQL needs a server URL');
  const name = `scan_bench_${ulid().toLowerCase()}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { config: { engine, connectionString: url.toString() }, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function enroll(hub: HubHandle, identity: WorkstationIdentity): Promise<Window> {
  const workstationId = ulid();
  const response = await fetch(`${hub.url}/v1/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ enrollmentCode: CODE, workstationId, identity }),
  });
  const { token } = (await response.json()) as { token: string };
  return {
    token,
    identity,
    actor: {
      clerk: identity.clerk ?? '张晓梅',
      workstationId,
      province: identity.province,
      hallCode: identity.hall.code,
      window: identity.window,
    },
  };
}

export async function startHubPair(engine: 'pglite' | 'postgres', serverUrl?: string): Promise<HubPair> {
  const [scDb, cqDb] = await Promise.all([database(engine, serverUrl), database(engine, serverUrl)]);
  // Forwarding by hand, so each leg of the journey is timed on its own.
  const manual = { forwarding: { automatic: false }, enrollmentCode: CODE, peerSecret: SECRET };
  const late: { sichuan?: HubHandle } = {};
  const chongqing = await startHub({ province: '50', database: cqDb.config, peerUrl: () => late.sichuan?.url, ...manual });
  const sichuan = (late.sichuan = await startHub({ province: '51', database: scDb.config, peerUrl: chongqing.url, ...manual }));
  const receiver = await enroll(sichuan, {
    province: '51',
    hall: { division: '510104', code: '51010401', name: '锦江区政务服务中心', phone: '' },
    window: '3',
    clerk: '李明',
  });
  const handler = await enroll(chongqing, {
    province: '50',
    hall: { division: '500103', code: '50010301', name: '渝中区政务服务中心', phone: '' },
    window: '5',
    clerk: '王芳',
  });
  const hubs = { sichuan, chongqing };
  return {
    ...hubs,
    receiver,
    handler,
    close: async () => {
      await Promise.allSettled([hubs.sichuan.close(), hubs.chongqing.close()]);
      await Promise.allSettled([scDb.drop(), cqDb.drop()]);
    },
  };
}

let sequence = 0;

/** Pushes a 异地代收代办 case listing `scans` to the Sichuan hub and returns its id. */
export async function pushCase(pair: HubPair, scans: readonly ScanReference[]): Promise<string> {
  sequence += 1;
  const { actor, identity, token } = pair.receiver;
  const caseId = ulid();
  const accepted = await sealEvent({
    id: ulid(),
    caseId,
    type: 'accepted',
    actor,
    at: new Date().toISOString(),
    prevHash: '',
    payload: {
      caseNumber: formatCaseNumber(identity.hall.code, identity.window, '2026-11-29', sequence),
      queryPassword: '123456',
      matter: { code: 'CY-06-003', name: '无犯罪记录证明开具（异地代收代办）' },
      mode: '异地代收代办',
      routing: {
        receiving: { province: '51', division: '510104', hallCode: identity.hall.code, name: identity.hall.name },
        handling: { province: '50', division: '500103', name: '重庆市渝中区' },
      },
      applicant: { name: '李建国', idNumber: '11010519491231002X', mobile: '13800138000' },
      materials: [{ code: 'ID-CARD', name: '申请人居民身份证', form: 'original', copies: 1, scans: [...scans] }],
      promisedDate: '2026-12-03',
    },
  } satisfies UnsealedEvent);
  const forwarded = await sealEvent({
    id: ulid(),
    caseId,
    type: 'forwarded',
    actor,
    at: new Date().toISOString(),
    prevHash: accepted.hash,
    payload: { toProvince: '50' },
  });
  const response = await fetch(`${pair.sichuan.url}/v1/events:push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ events: [accepted, forwarded] satisfies CaseEvent[] }),
  });
  if (!response.ok) throw new Error(`push failed: ${response.status} ${await response.text()}`);
  return caseId;
}
