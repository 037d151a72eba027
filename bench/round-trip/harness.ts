/**
 * The round-trip bench's page, served by a real browser-mode workstation host: the product's
 * own store (casesRepo, the disk journal through the host), its sync engine and bridge, and
 * the domain commands a clerk's 受理, 接收 and 办结 run. The bench drives two of these pages,
 * one per province, and reads the times they stamp.
 */
import { liveQuery } from 'dexie';
import { z } from 'zod';
import { bridge } from '../../renderer/bridge/bridge';
import { casesRepo } from '../../renderer/data/cases.repo';
import { db } from '../../renderer/data/db';
import { startSyncEngine, type SyncEngine } from '../../renderer/sync/sync-engine';
import { acceptCase, decideCase, receive } from '../../shared/domain/case/case-commands';
import type { Actor } from '../../shared/domain/case/case-events';
import { foldCaseLog } from '../../shared/domain/case/case-log';
import { formatCaseNumber } from '../../shared/domain/case/case-number';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import { acceptanceInput } from '../../tests/unit/fixtures/events';

// The host serves pages under the renderer's CSP: no eval, so zod runs without its JIT.
z.config({ jitless: true });

let actor: Actor | undefined;
let engine: SyncEngine | undefined;

async function setUp(identity: WorkstationIdentity): Promise<void> {
  const saved = await bridge().saveIdentity(identity);
  if (!saved.ok) throw new Error(saved.error.message);
  const workstationId = saved.value.workstationId ?? '';
  actor = {
    clerk: identity.clerk ?? '张晓梅',
    workstationId,
    province: identity.province,
    hallCode: identity.hall.code,
    window: identity.window,
  };
  engine = startSyncEngine({ api: bridge(), myHallCode: identity.hall.code });
}

function me(): Actor {
  if (!actor) throw new Error('set up first');
  return actor;
}

/** 受理 of a cross-province case (受理 + 推送) as the intake screen stores it; returns when it started. */
async function accept(caseId: string, eventIds: [string, string], sequence: number): Promise<number> {
  const started = Date.now();
  const input = acceptanceInput(caseId);
  const now = new Date();
  const events = await acceptCase({
    ...input,
    eventIds,
    actor: me(),
    now,
    caseNumber: formatCaseNumber(me().hallCode, me().window, '2026-12-07', sequence),
  });
  await casesRepo.appendLocal(events, me().hallCode);
  engine?.kick();
  return started;
}

/** 接收 then 办结 (准予) by the handling window; returns when it started. */
async function decide(caseId: string, eventIds: [string, string]): Promise<number> {
  const started = Date.now();
  const state = foldCaseLog(await casesRepo.timeline(caseId));
  const now = new Date();
  const received = await receive(state, { eventId: eventIds[0], actor: me(), now });
  const after = foldCaseLog([...(await casesRepo.timeline(caseId)), received]);
  const decided = await decideCase(after, {
    eventId: eventIds[1],
    actor: me(),
    now,
    outcome: 'approved',
    opinion: '材料齐全，符合条件，准予办理',
  });
  await casesRepo.appendLocal([received, decided], me().hallCode);
  engine?.kick();
  return started;
}

/** Resolves with the time this store first shows the case in `status`. */
function seen(caseId: string, status: string): Promise<number> {
  return new Promise((resolve) => {
    const subscription = liveQuery(() => db.cases.get(caseId)).subscribe((record) => {
      if (record?.status !== status) return;
      const at = Date.now();
      queueMicrotask(() => subscription.unsubscribe());
      resolve(at);
    });
  });
}

const api = { setUp, accept, decide, seen };
export type RoundTripPage = typeof api;
(window as unknown as { roundTrip: RoundTripPage }).roundTrip = api;
document.title = 'ready';
