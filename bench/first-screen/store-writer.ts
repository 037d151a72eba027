/**
 * The first-screen bench's store writer, served by the same browser-mode host (same origin,
 * same profile) the app is served by afterwards: fills the window's store through the
 * product's own data layer. Most cases arrive as a hub pull would bring them (events folded,
 * counters kept, nothing queued); the last few are this window's own 受理, stored through
 * casesRepo.appendLocal with the disk journal and the outbox, as the intake screen stores them.
 */
import { monotonicFactory } from 'ulid';
import { z } from 'zod';
import { casesRepo } from '../../renderer/data/cases.repo';
import { db } from '../../renderer/data/db';
import { acceptCase } from '../../shared/domain/case/case-commands';
import type { Actor, CaseEvent } from '../../shared/domain/case/case-events';
import { acceptanceInput } from '../../tests/unit/fixtures/events';
import { benchCaseNumber } from '../sync-drain/case-numbers';

// The host serves pages under the renderer's CSP: no eval, so zod runs without its JIT.
z.config({ jitless: true });

const ids = monotonicFactory();
/** Cases per pull-sized transaction: large, as a first sync fills an empty store. */
const PULL_BATCH = 1_000;

async function acceptedEvents(actor: Actor, sequence: number): Promise<CaseEvent[]> {
  const caseId = ids();
  return acceptCase({
    ...acceptanceInput(caseId),
    eventIds: [ids(), ids()],
    actor,
    now: new Date(),
    caseNumber: benchCaseNumber(actor.hallCode, actor.window, sequence),
  });
}

/**
 * Writes `pulled` cases another window of the hall accepted (stored as synced) and `queued`
 * cases of this window (journal + outbox); resolves with the ms it took.
 */
async function fill(actor: Actor, pulled: number, queued: number): Promise<number> {
  const started = performance.now();
  const otherWindow: Actor = { ...actor, window: String(Number(actor.window) + 1), workstationId: ids() };
  for (let start = 1; start <= pulled; start += PULL_BATCH) {
    const events: CaseEvent[] = [];
    for (let sequence = start; sequence < start + PULL_BATCH && sequence <= pulled; sequence += 1)
      events.push(...(await acceptedEvents(otherWindow, sequence)));
    // No hub position ('0', the feed's start): the app's engine reads the bench hub's feed from there.
    await casesRepo.applyPulled(events, '0', actor.hallCode);
  }
  for (let sequence = 1; sequence <= queued; sequence += 1)
    await casesRepo.appendLocal(await acceptedEvents(actor, sequence), actor.hallCode);
  return performance.now() - started;
}

const api = { fill, count: () => db.cases.count() };
export type FirstScreenStoreWriter = typeof api;
(window as unknown as { storeWriter: FirstScreenStoreWriter }).storeWriter = api;
document.title = 'ready';
