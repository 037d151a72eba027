/**
 * The sync-drain bench's page, served by a real browser-mode workstation host: queues
 * cross-province 受理 through the product's own store and disk journal with the sync engine
 * stopped (a window that worked offline), then starts the engine and times until the hub has
 * acknowledged every queued event.
 */
import { z } from 'zod';
import { monotonicFactory } from 'ulid';
import { bridge } from '../../renderer/bridge/bridge';
import { casesRepo } from '../../renderer/data/cases.repo';
import { outboxRepo } from '../../renderer/data/outbox.repo';
import { startSyncEngine } from '../../renderer/sync/sync-engine';
import { acceptCase } from '../../shared/domain/case/case-commands';
import type { Actor } from '../../shared/domain/case/case-events';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import { acceptanceInput } from '../../tests/unit/fixtures/events';
import { benchCaseNumber } from './case-numbers';

// The host serves pages under the renderer's CSP: no eval, so zod runs without its JIT.
z.config({ jitless: true });

let actor: Actor | undefined;
const ids = monotonicFactory();

async function setUp(identity: WorkstationIdentity): Promise<void> {
  const saved = await bridge().saveIdentity(identity);
  if (!saved.ok) throw new Error(saved.error.message);
  actor = {
    clerk: identity.clerk ?? '张晓梅',
    workstationId: saved.value.workstationId ?? '',
    province: identity.province,
    hallCode: identity.hall.code,
    window: identity.window,
  };
}

function me(): Actor {
  if (!actor) throw new Error('set up first');
  return actor;
}

/** Queues `count` 受理 (受理 + 推送 each) one by one as the intake screen stores them; ms per 受理. */
async function enqueue(count: number): Promise<number[]> {
  const times: number[] = [];
  for (let sequence = 1; sequence <= count; sequence += 1) {
    const started = performance.now();
    const caseId = ids();
    const events = await acceptCase({
      ...acceptanceInput(caseId),
      eventIds: [ids(), ids()],
      actor: me(),
      now: new Date(),
      caseNumber: benchCaseNumber(me().hallCode, me().window, sequence),
    });
    await casesRepo.appendLocal(events, me().hallCode);
    times.push(performance.now() - started);
  }
  return times;
}

/** Starts the sync engine and resolves with the ms until nothing is left to push. */
function drain(): Promise<number> {
  const started = performance.now();
  const engine = startSyncEngine({ api: bridge(), myHallCode: me().hallCode });
  return new Promise((resolve, reject) => {
    const check = () => {
      outboxRepo.countPending().then((pending) => {
        if (pending > 0) return;
        unsubscribe();
        engine.stop();
        resolve(performance.now() - started);
      }, reject);
    };
    const unsubscribe = engine.subscribe(check);
  });
}

const api = { setUp, enqueue, drain };
export type SyncDrainPage = typeof api;
(window as unknown as { syncDrain: SyncDrainPage }).syncDrain = api;
document.title = 'ready';
