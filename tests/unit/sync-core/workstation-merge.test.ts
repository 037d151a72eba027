/**
 * The workstation's sync core over the real Dexie schema (fake-indexeddb): pulled events
 * that arrive before their parents are kept and merged later (never skipped), concurrent
 * events refold the case and tell this hall's clerk when their act lost, the journal
 * restores case by case, and a refused local event can be discarded from the 异常 list.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor, CaseEvent, UnsealedEvent } from '../../../shared/domain/case/case-events';
import { foldCaseLog } from '../../../shared/domain/case/case-log';
import { parentFieldsFor } from '../../../shared/domain/case/case-parents';
import type { CaseState } from '../../../shared/domain/case/case-state';
import { sealEvent } from '../../../shared/domain/case/event-seal';
import { casesRepo } from '../../../renderer/data/cases.repo';
import { conflictNoticesRepo } from '../../../renderer/data/conflict-notices.repo';
import { db } from '../../../renderer/data/db';
import { outboxRepo } from '../../../renderer/data/outbox.repo';
import { pendingEventsRepo } from '../../../renderer/data/pending-events.repo';
import { syncExceptionsRepo } from '../../../renderer/data/sync-exceptions.repo';
import { acceptCase } from '../../../shared/domain/case/case-commands';
import { CHONGQING_ACTOR, SICHUAN_ACTOR, acceptanceInput, acceptedCase } from '../fixtures/events';

const SICHUAN_HALL = SICHUAN_ACTOR.hallCode;
const acknowledged: string[] = [];
(globalThis as { chuanyu?: unknown }).chuanyu = {
  journalAppend: async () => ({ ok: true, value: { pending: 1 } }),
  journalAcknowledge: async ({ eventIds }: { eventIds: string[] }) => {
    acknowledged.push(...eventIds);
    return { ok: true, value: { pending: 0 } };
  },
};

let counter = 0;
function sealOn(state: CaseState, actor: Actor, type: CaseEvent['type'], payload: unknown): Promise<CaseEvent> {
  counter += 1;
  return sealEvent({
    id: `01JG${String(counter).padStart(22, '0')}`,
    caseId: state.caseId,
    type,
    actor,
    at: '2026-12-01T02:00:00.000Z',
    ...parentFieldsFor(state),
    payload,
  } as UnsealedEvent);
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  acknowledged.length = 0;
});

describe('workstation sync core', () => {
  it('keeps a pulled event whose parent is not here yet, and merges it when the parent arrives', async () => {
    const [accepted, forwarded] = (await acceptedCase()) as [CaseEvent, CaseEvent];
    const received = await sealOn(foldCaseLog([accepted, forwarded]), CHONGQING_ACTOR, 'received', {});

    const first = await casesRepo.applyPulled([accepted, received], '2', SICHUAN_HALL);
    expect(first).toEqual({ applied: 1, waiting: 1 });
    expect((await pendingEventsRepo.list()).map((record) => record.id)).toEqual([received.id]);
    expect((await casesRepo.get(accepted.caseId))?.status).toBe('accepted');

    const second = await casesRepo.applyPulled([forwarded], '3', SICHUAN_HALL);
    expect(second).toEqual({ applied: 2, waiting: 0 });
    expect((await casesRepo.get(accepted.caseId))?.status).toBe('received');
    expect((await casesRepo.timeline(accepted.caseId)).map((event) => [event.type, event.position])).toEqual([
      ['accepted', 1],
      ['forwarded', 2],
      ['received', 3],
    ]);
  });

  it('refolds on a concurrent event: the other province decided, our withdrawal is overruled and we are told', async () => {
    const opened = await acceptedCase();
    await casesRepo.appendLocal(opened, SICHUAN_HALL);
    const base = foldCaseLog(opened);
    const withdrawn = await sealOn(base, SICHUAN_ACTOR, 'withdrawn', { reason: '申请人申请撤回' });
    await casesRepo.appendLocal([withdrawn], SICHUAN_HALL);
    expect((await casesRepo.get(base.caseId))?.status).toBe('withdrawn');

    const decided = await sealOn(base, CHONGQING_ACTOR, 'decided', { outcome: 'approved', opinion: '准予' });
    await casesRepo.applyPulled([decided], '9', SICHUAN_HALL);

    const record = await casesRepo.get(base.caseId);
    expect(record?.status).toBe('decided');
    expect(record?.overruled?.map((item) => [item.eventId, item.overruledBy?.eventId])).toEqual([[withdrawn.id, decided.id]]);
    expect((await casesRepo.timeline(base.caseId)).map((event) => event.type)).toEqual(['accepted', 'forwarded', 'decided', 'withdrawn']);
    const [notice] = await conflictNoticesRepo.openFor(SICHUAN_ACTOR.workstationId);
    expect(notice?.eventId).toBe(withdrawn.id);
    expect(await db.statusCounts.get('receiving:decided')).toMatchObject({ count: 1 });
    expect(await db.statusCounts.get('receiving:withdrawn')).toMatchObject({ count: 0 });

    await conflictNoticesRepo.acknowledge(withdrawn.id, '李明');
    expect(await conflictNoticesRepo.openFor(SICHUAN_ACTOR.workstationId)).toEqual([]);
  });

  it('restores the journal case by case: a later event alone waits for its case, the others come back', async () => {
    const [accepted, forwarded] = (await acceptedCase()) as [CaseEvent, CaseEvent];
    const other = await acceptedCase('01JD0000000000000000000099');
    const otherIds = other.map((event, index) => ({ ...event, id: `01JD00000000000000000009${index}` }));
    const resealed = [await sealEvent({ ...(otherIds[0] as CaseEvent), hash: undefined } as never)];
    const report = await casesRepo.restoreFromJournal([forwarded, ...resealed], SICHUAN_HALL);
    expect(report.restored).toBe(1);
    expect(report.waiting.map((item) => item.eventId)).toEqual([forwarded.id]);
    expect(report.failed).toEqual([]);
    // The hub brings the case's first event back with the next pull; the waiting one follows.
    await casesRepo.applyPulled([accepted], '1', SICHUAN_HALL);
    expect((await casesRepo.get(accepted.caseId))?.status).toBe('forwarded');
    const queued = (await outboxRepo.listAll()).map((item) => item.eventId);
    expect(queued).toContain(forwarded.id);
    expect(queued).not.toContain(accepted.id);
  });

  it('takes due outbox items up to the batch size, oldest first, holding back a case behind a waiting item', async () => {
    for (let index = 0; index < 5; index += 1) {
      const id = (suffix: number) => `01JH${String(index * 10 + suffix).padStart(22, '0')}`;
      await casesRepo.appendLocal(await acceptCase({ ...acceptanceInput(id(0)), eventIds: [id(1), id(2)] }), SICHUAN_HALL);
    }
    const all = await outboxRepo.listAll();
    const first = all[0] as Required<(typeof all)[number]>;
    await db.outbox.update(first.seq, { nextAttemptAt: Date.now() + 60_000 });
    const { items } = await outboxRepo.takeDue(Date.now(), 3);
    expect(items.map((item) => item.seq)).toEqual(
      all
        .filter((item) => item.caseId !== first.caseId)
        .slice(0, 3)
        .map((item) => item.seq),
    );
  });

  it('records a mixed batch of results at once: acknowledged items leave, deferred ones back off, refused ones are parked', async () => {
    const ids: string[] = [];
    const caseIds: string[] = [];
    for (let index = 0; index < 2; index += 1) {
      const id = (suffix: number) => `01JK${String(index * 10 + suffix).padStart(22, '0')}`;
      await casesRepo.appendLocal(await acceptCase({ ...acceptanceInput(id(0)), eventIds: [id(1), id(2)] }), SICHUAN_HALL);
      ids.push(id(1), id(2));
      caseIds.push(id(0));
    }
    const [applied, duplicate, deferred, rejected] = ids as [string, string, string, string];
    const before = Date.now();
    await outboxRepo.recordResults([
      { id: applied, status: 'applied' },
      { id: duplicate, status: 'duplicate' },
      { id: deferred, status: 'deferred', code: 'MISSING_PARENTS', message: '缺少前序事件' },
      { id: rejected, status: 'rejected', code: 'CASE_CLOSED', message: '办件已终结' },
    ]);

    const left = new Map((await outboxRepo.listAll()).map((item) => [item.eventId, item]));
    expect([...left.keys()].sort()).toEqual([deferred, rejected].sort());
    expect(left.get(deferred)).toMatchObject({ state: 'pending', attempts: 1 });
    expect(left.get(deferred)?.nextAttemptAt).toBeGreaterThan(before);
    expect(left.get(rejected)).toMatchObject({ state: 'rejected', attempts: 1, lastError: 'CASE_CLOSED：办件已终结' });
    // The case's timeline shows the acknowledged events as synced, the others as waiting.
    const timeline = (await Promise.all(caseIds.map((caseId) => casesRepo.timeline(caseId)))).flat();
    expect(ids.map((eventId) => timeline.find((event) => event.id === eventId)?.synced)).toEqual([true, true, false, false]);
    expect(acknowledged).toEqual(expect.arrayContaining([applied, duplicate]));
    expect(acknowledged).not.toContain(deferred);
  });

  it('discards a local event the hub refused, refolds its case and records why', async () => {
    const opened = await acceptedCase();
    await casesRepo.appendLocal(opened, SICHUAN_HALL);
    const withdrawn = await sealOn(foldCaseLog(opened), SICHUAN_ACTOR, 'withdrawn', { reason: '申请人申请撤回' });
    await casesRepo.appendLocal([withdrawn], SICHUAN_HALL);
    await outboxRepo.recordResults([{ id: withdrawn.id, status: 'rejected', code: 'CASE_CLOSED', message: '办件已终结' }]);

    const [exception] = (await syncExceptionsRepo.list()).filter((item) => item.kind === 'refusedByHub');
    if (exception?.kind !== 'refusedByHub') throw new Error('expected a refused item');
    await syncExceptionsRepo.discard(exception.item, '李明', '与办理地核实后放弃', SICHUAN_HALL);

    expect((await casesRepo.get(opened[0]?.caseId as string))?.status).toBe('forwarded');
    expect(await db.events.get(withdrawn.id)).toBeUndefined();
    expect(acknowledged).toContain(withdrawn.id);
    expect(await db.syncResolutions.toArray()).toMatchObject([{ action: 'discarded', eventId: withdrawn.id, clerk: '李明' }]);
  });
});
