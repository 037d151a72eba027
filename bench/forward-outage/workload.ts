/**
 * The forward-outage bench's workload: cross-province cases (受理 + 推送, as a Sichuan window
 * mints them) sealed before the clock starts, and workstations that push them to the hub in
 * batches of 100, several at once.
 */
import { ulid } from 'ulid';
import type { Actor, CaseEvent, Routing } from '../../shared/domain/case/case-events';
import { formatCaseNumber } from '../../shared/domain/case/case-number';
import { sealEvent } from '../../shared/domain/case/event-seal';
import { idCheckCharacter } from '../../shared/domain/validators/id-number';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';

export const ENROLLMENT_CODE = 'bench-enrollment-code';
export const PEER_SECRET = 'bench-peer-secret-0000000000';

export interface BenchWorkstation {
  token: string;
  actor: Actor;
  routing: Routing;
}

/** Window 3 of the `index`-th 锦江 hall, taking cases handled in 渝中 (Chongqing). */
export function benchWindow(index: number, workstationId: string): { identity: WorkstationIdentity; actor: Actor; routing: Routing } {
  const division = '510104';
  const hall = {
    division,
    code: `${division}${String(index + 10).padStart(2, '0')}`,
    name: `锦江区政务服务中心${index}`,
    phone: '028-86000000',
  };
  const identity: WorkstationIdentity = { province: '51', hall, window: '3', clerk: '张晓梅' };
  return {
    identity,
    actor: { clerk: identity.clerk ?? '张晓梅', workstationId, province: '51', hallCode: hall.code, window: '3' },
    routing: {
      receiving: { province: '51', division, hallCode: hall.code, name: hall.name },
      handling: { province: '50', division: '500103', name: '重庆市渝中区' },
    },
  };
}

export async function enrollWorkstation(hubUrl: string, index: number, workstationId = ulid()): Promise<BenchWorkstation> {
  const { identity, actor, routing } = benchWindow(index, workstationId);
  const response = await fetch(`${hubUrl}/v1/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ enrollmentCode: ENROLLMENT_CODE, workstationId, identity }),
  });
  if (response.status !== 201) throw new Error(`enroll failed: ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  return { token, actor, routing };
}

/** A window takes at most 9999 cases a day: later ones fall on the days after. */
function caseNumberOf(window: Pick<BenchWorkstation, 'actor' | 'routing'>, sequence: number): string {
  const day = new Date(Date.UTC(2026, 11, 7 + Math.floor((sequence - 1) / 9999))).toISOString().slice(0, 10);
  return formatCaseNumber(window.routing.receiving.hallCode, window.actor.window, day, ((sequence - 1) % 9999) + 1);
}

/** `cases` cross-province cases of one window: [受理, 推送] each. */
export async function sealCases(window: Pick<BenchWorkstation, 'actor' | 'routing'>, cases: number): Promise<CaseEvent[]> {
  const events: CaseEvent[] = [];
  const idNumber = `51010419900307123${idCheckCharacter('51010419900307123')}`;
  for (let sequence = 1; sequence <= cases; sequence += 1) {
    const at = new Date().toISOString();
    const accepted = await sealEvent({
      id: ulid(),
      caseId: ulid(),
      type: 'accepted',
      actor: window.actor,
      at,
      prevHash: '',
      payload: {
        caseNumber: caseNumberOf(window, sequence),
        queryPassword: '123456',
        matter: { code: 'CY-06-003', name: '无犯罪记录证明开具（异地代收代办）' },
        mode: '异地代收代办',
        routing: window.routing,
        applicant: { name: '李建国', idNumber, mobile: '13800138000' },
        materials: [{ code: 'M-ID', name: '申请人居民身份证', form: 'original', copies: 1 }],
        promisedDate: '2026-12-21',
      },
    });
    const forwarded = await sealEvent({
      id: ulid(),
      caseId: accepted.caseId,
      type: 'forwarded',
      actor: window.actor,
      at,
      prevHash: accepted.hash,
      payload: { toProvince: '50' },
    });
    events.push(accepted, forwarded);
  }
  return events;
}

/** Pushes every window's events in batches of `batchSize`, all windows at once; returns ms. */
export async function pushAll(hubUrl: string, work: { window: BenchWorkstation; events: CaseEvent[] }[], batchSize = 100): Promise<number> {
  const started = performance.now();
  await Promise.all(
    work.map(async ({ window, events }) => {
      for (let from = 0; from < events.length; from += batchSize) {
        const response = await fetch(`${hubUrl}/v1/events:push`, {
          method: 'POST',
          headers: { authorization: `Bearer ${window.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ events: events.slice(from, from + batchSize) }),
        });
        const body = (await response.json()) as { results?: { status: string }[] };
        if (!response.ok || !body.results?.every((result) => result.status === 'applied')) {
          throw new Error(`push failed: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
        }
      }
    }),
  );
  return performance.now() - started;
}
