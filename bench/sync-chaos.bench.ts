/**
 * Chaos: cross-province cases through two real hubs (child processes, PGlite or PostgreSQL)
 * while a chaos loop SIGKILLs either hub and cuts the link between them at random. Four
 * simulated workstations — two 锦江 windows, two 渝中 officers, with the real merge rules —
 * open the cases and act on them concurrently (寄出/撤回 against 接收/办结…), pushing and
 * pulling through the chaos. Then everything heals and the bench prints, per hub: sent,
 * present, lost, duplicated and diverged. Goal: 0 lost, 0 duplicated, 0 diverged.
 * Not part of CI's time budget.
 *
 *   npx tsx bench/sync-chaos.bench.ts [--cases 2000] [--engine pglite|postgres] [--seed 1]
 *   (postgres: HUB_TEST_DATABASE_URL=postgres://… of a server where databases may be created)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { ulid } from 'ulid';
import { canonicalJson } from '../shared/util/canonical-json';
import { chinaDate } from '../shared/util/china-time';
import { foldCaseLog } from '../shared/domain/case/case-log';
import { formatCaseNumber } from '../shared/domain/case/case-number';
import type { CaseEvent, UnsealedEvent } from '../shared/domain/case/case-events';
import type { CaseState } from '../shared/domain/case/case-state';
import { sealEvent } from '../shared/domain/case/event-seal';
import type { WorkstationIdentity } from '../shared/domain/region/workstation';
import { freePort } from '../tests/e2e/support/processes';
import { HubProcess } from './sync-chaos/hub-process';
import { startLink, type Link } from './sync-chaos/link';
import { Place } from './sync-chaos/place';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '2000' },
    engine: { type: 'string', default: 'pglite' },
    seed: { type: 'string', default: '1' },
  },
});
const CASES = Number(values.cases);
const ENGINE = values.engine === 'postgres' ? 'postgres' : 'pglite';
const ENROLLMENT_CODE = 'chaos-enrollment-code';
const PEER_SECRET = 'chaos-peer-secret-0123456789';

/** A small deterministic generator, so a run can be repeated with --seed. */
let seed = Number(values.seed) || 1;
const random = () => ((seed = (seed * 48271) % 2147483647) - 1) / 2147483646;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const hall = (division: string, number: string, name: string): WorkstationIdentity['hall'] => ({
  division,
  code: `${division}${number}`,
  name,
  phone: '',
});
const 锦江 = hall('510104', '01', '锦江区政务服务中心');
const 渝中 = hall('500103', '01', '渝中区政务服务中心');

async function databases(): Promise<{
  sc: { dataDir: string } | { url: string };
  cq: { dataDir: string } | { url: string };
  cleanup(): Promise<void>;
}> {
  if (ENGINE === 'pglite') {
    const root = mkdtempSync(join(tmpdir(), 'sync-chaos-'));
    return {
      sc: { dataDir: join(root, 'sc') },
      cq: { dataDir: join(root, 'cq') },
      cleanup: async () => rmSync(root, { recursive: true, force: true }),
    };
  }
  const admin = process.env.HUB_TEST_DATABASE_URL;
  if (!admin) throw new Error('--engine postgres needs HUB_TEST_DATABASE_URL');
  const names = [`chaos_sc_${ulid().toLowerCase()}`, `chaos_cq_${ulid().toLowerCase()}`];
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  for (const name of names) await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const urlOf = (name: string) => Object.assign(new URL(admin), { pathname: `/${name}` }).toString();
  return {
    sc: { url: urlOf(names[0] as string) },
    cq: { url: urlOf(names[1] as string) },
    cleanup: async () => {
      const again = new pg.Client({ connectionString: admin });
      await again.connect();
      for (const name of names) await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

/** 受理 + 推送 of a new 异地代收代办 case received in 锦江 and handled in 渝中. */
async function openingEvents(place: Place, sequence: number): Promise<CaseEvent[]> {
  const caseId = ulid();
  const now = new Date();
  const accepted = await sealEvent({
    id: ulid(),
    caseId,
    type: 'accepted',
    actor: place.actor,
    at: now.toISOString(),
    prevHash: '',
    payload: {
      caseNumber: formatCaseNumber(place.actor.hallCode, place.actor.window, chinaDate(now), sequence),
      queryPassword: '123456',
      matter: { code: 'CY-06-003', name: '无犯罪记录证明开具（异地代收代办）' },
      mode: '异地代收代办',
      routing: {
        receiving: { province: '51', division: 锦江.division, hallCode: 锦江.code, name: 锦江.name },
        handling: { province: '50', division: 渝中.division, name: '重庆市渝中区' },
      },
      applicant: { name: '李建国', idNumber: '11010519491231002X', mobile: '13800138000' },
      materials: [{ code: 'ID-CARD', name: '居民身份证', form: 'original', copies: 1 }],
      promisedDate: chinaDate(now),
    },
  } as UnsealedEvent);
  const forwarded = await sealEvent({
    id: ulid(),
    caseId,
    type: 'forwarded',
    actor: place.actor,
    at: now.toISOString(),
    prevHash: accepted.hash,
    payload: { toProvince: '50' },
  });
  return [accepted, forwarded];
}

interface HubContents {
  events: Map<string, CaseEvent[]>;
  states: Map<string, CaseState>;
  duplicateCaseNumbers: number;
}

async function readHub(database: { dataDir: string } | { url: string }): Promise<HubContents> {
  type Query = <T>(sql: string) => Promise<T[]>;
  let query: Query;
  let close: () => Promise<void>;
  if ('dataDir' in database) {
    const db = await PGlite.create(database.dataDir);
    query = async <T>(sql: string) => (await db.query<T>(sql)).rows;
    close = () => db.close();
  } else {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    query = async <T>(sql: string) => (await client.query(sql)).rows as T[];
    close = () => client.end();
  }
  try {
    const events = new Map<string, CaseEvent[]>();
    for (const { body } of await query<{ body: CaseEvent }>('SELECT body FROM events'))
      events.set(body.caseId, [...(events.get(body.caseId) ?? []), body]);
    const states = new Map((await query<{ state: CaseState }>('SELECT state FROM case_routes')).map(({ state }) => [state.caseId, state]));
    const [duplicates] = await query<{ count: string }>(
      'SELECT count(*)::text AS count FROM (SELECT case_number FROM case_routes GROUP BY case_number HAVING count(*) > 1) d',
    );
    return { events, states, duplicateCaseNumbers: Number(duplicates?.count ?? 0) };
  } finally {
    await close();
  }
}

async function main(): Promise<void> {
  const dbs = await databases();
  const [scPort, cqPort] = [await freePort(), await freePort()];
  const links: Link[] = [await startLink(() => cqPort), await startLink(() => scPort)];
  const [toCq, toSc] = links as [Link, Link];
  const common = { enrollmentCode: ENROLLMENT_CODE, peerSecret: PEER_SECRET };
  const sc = new HubProcess({ province: '51', port: scPort, database: dbs.sc, peerUrl: `http://127.0.0.1:${toCq.port}`, ...common });
  const cq = new HubProcess({ province: '50', port: cqPort, database: dbs.cq, peerUrl: `http://127.0.0.1:${toSc.port}`, ...common });
  await Promise.all([sc.start(), cq.start()]);

  const identity = (province: '51' | '50', at: WorkstationIdentity['hall'], window: string, clerk: string): WorkstationIdentity => ({
    province,
    hall: at,
    window,
    clerk,
  });
  const receivers = [
    new Place(() => sc.url, identity('51', 锦江, '3', '李明'), ENROLLMENT_CODE),
    new Place(() => sc.url, identity('51', 锦江, '4', '赵六'), ENROLLMENT_CODE),
  ];
  const handlers = [
    new Place(() => cq.url, identity('50', 渝中, '5', '王芳'), ENROLLMENT_CODE),
    new Place(() => cq.url, identity('50', 渝中, '6', '钱七'), ENROLLMENT_CODE),
  ];
  const places = [...receivers, ...handlers];
  for (const place of places) await place.enroll();

  const started = Date.now();
  const kills = { sc: 0, cq: 0, link: 0 };
  let chaosOn = true;
  // Three independent loops, so a slow hub restart never spaces out the other faults.
  const chaosLoop = async (what: 'sc' | 'cq' | 'link') => {
    while (chaosOn) {
      await sleep(500 + random() * 2500);
      if (!chaosOn) break;
      kills[what] += 1;
      if (what === 'link') {
        toCq.setUp(false);
        toSc.setUp(false);
        await sleep(300 + random() * 2500);
        toCq.setUp(true);
        toSc.setUp(true);
      } else {
        const hub = what === 'sc' ? sc : cq;
        await hub.kill();
        await sleep(200 + random() * 1200);
        await hub.start();
      }
    }
  };
  const chaos = Promise.all([chaosLoop('sc'), chaosLoop('cq'), chaosLoop('link')]);

  const caseIds: string[] = [];
  const sequences = new Map<Place, number>();
  for (let index = 0; index < CASES; index += 1) {
    const receiver = pick(receivers);
    const sequence = (sequences.get(receiver) ?? 0) + 1;
    sequences.set(receiver, sequence);
    const events = await openingEvents(receiver, sequence);
    await receiver.open(events);
    caseIds.push((events[0] as CaseEvent).caseId);
    if (index % 10 === 9) {
      // A few places sync and act on a few cases they hold: both sides, often on the same case.
      for (const place of places) {
        if (random() < 0.7) await place.push();
        if (random() < 0.7) await place.pull();
        for (let acts = 0; acts < 3; acts += 1) await place.act(pick(caseIds.slice(-50)), Math.floor(random() * 20));
      }
    }
  }
  chaosOn = false;
  await chaos;
  toCq.setUp(true);
  toSc.setUp(true);
  if (!sc.running) await sc.start();
  if (!cq.running) await cq.start();
  const workloadSeconds = (Date.now() - started) / 1000;

  // Heal: everyone pushes and pulls until nothing is queued and every copy is complete.
  const made = places.flatMap((place) => place.made);
  for (let round = 0; round < 120; round += 1) {
    for (const place of places) await place.push();
    for (const place of places) await place.pull();
    const queued = places.reduce((sum, place) => sum + place.outbox.length + place.waitingCount(), 0);
    const complete = places.every((place) =>
      caseIds.every((caseId) => (place.cases.get(caseId)?.events.length ?? 0) === made.filter((event) => event.caseId === caseId).length),
    );
    if (queued === 0 && complete) break;
    await sleep(1000);
  }
  const healSeconds = (Date.now() - started) / 1000 - workloadSeconds;
  await Promise.all([sc.stop(), cq.stop()]);
  await Promise.all(links.map((link) => link.close()));

  const contents = { '四川 hub': await readHub(dbs.sc), '重庆 hub': await readHub(dbs.cq) };
  const sent = new Map(made.map((event) => [event.id, event]));
  console.log(
    `${ENGINE}: ${CASES} cases, ${sent.size} events made by 4 workstations in ${workloadSeconds.toFixed(1)} s under chaos (SIGKILL 四川 ${kills.sc}×, 重庆 ${kills.cq}×, link cut ${kills.link}×), healed in ${healSeconds.toFixed(1)} s`,
  );
  console.log('hub       sent   present  lost  duplicated  diverged');
  const reference = contents['四川 hub'];
  for (const [name, hub] of Object.entries(contents)) {
    const present = [...hub.events.values()].flat().filter((event) => sent.has(event.id)).length;
    let diverged = 0;
    for (const caseId of caseIds) {
      const state = hub.states.get(caseId);
      const events = hub.events.get(caseId) ?? [];
      const same =
        state &&
        canonicalJson(state) === canonicalJson(foldCaseLog(events)) &&
        canonicalJson(state) === canonicalJson(reference.states.get(caseId));
      const copiesAgree = places.every((place) => canonicalJson(place.cases.get(caseId)?.state) === canonicalJson(state));
      if (!same || !copiesAgree) diverged += 1;
    }
    console.log(
      `${name}  ${String(sent.size).padStart(6)}  ${String(present).padStart(7)}  ${String(sent.size - present).padStart(4)}  ${String(hub.duplicateCaseNumbers).padStart(10)}  ${String(diverged).padStart(8)}`,
    );
  }
  console.log(`refused by a hub (must be 0): ${places.reduce((sum, place) => sum + place.refused, 0)}`);
  await dbs.cleanup();
}

await main();
