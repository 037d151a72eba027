/**
 * The pipelined push over the real outbox (fake-indexeddb): several batches in flight, their
 * answers recorded in the order they were sent, and no case split across batches in flight.
 * The bridge is scripted: each push waits until the test answers it.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BridgeResult } from '../../../shared/bridge/contract';
import { acceptCase } from '../../../shared/domain/case/case-commands';
import type { CaseEvent } from '../../../shared/domain/case/case-events';
import type { PushResponse } from '../../../shared/sync/protocol';
import { casesRepo } from '../../../renderer/data/cases.repo';
import { db } from '../../../renderer/data/db';
import { outboxRepo } from '../../../renderer/data/outbox.repo';
import { pushDueInPipeline } from '../../../renderer/sync/push-pipeline';
import { SICHUAN_ACTOR, acceptanceInput } from '../fixtures/events';

(globalThis as { chuanyu?: unknown }).chuanyu = {
  journalAppend: async () => ({ ok: true, value: { pending: 1 } }),
  journalAcknowledge: async () => ({ ok: true, value: { pending: 0 } }),
};

interface Push {
  events: CaseEvent[];
  answer(result: BridgeResult<PushResponse>): void;
}

function scriptedPushes() {
  const calls: Push[] = [];
  const takers: ((push: Push) => void)[] = [];
  const api = {
    pushEvents: ({ events }: { events: CaseEvent[] }) =>
      new Promise<BridgeResult<PushResponse>>((resolve) => {
        const push = { events, answer: resolve };
        const taker = takers.shift();
        if (taker) taker(push);
        else calls.push(push);
      }),
  };
  const next = (): Promise<Push> => {
    const call = calls.shift();
    return call ? Promise.resolve(call) : new Promise((resolve) => takers.push(resolve));
  };
  return { api, next, pendingNow: () => calls.length };
}

const applied = (push: Push): BridgeResult<PushResponse> => ({
  ok: true,
  value: { results: push.events.map((event) => ({ id: event.id, status: 'applied' as const })) },
});

/** `count` cross-province cases (受理 + 推送 each), queued in order. */
async function queueCases(count: number, prefix: string): Promise<string[][]> {
  const cases: string[][] = [];
  for (let index = 0; index < count; index += 1) {
    const id = (suffix: number) => `${prefix}${String(index * 10 + suffix).padStart(22, '0')}`;
    await casesRepo.appendLocal(await acceptCase({ ...acceptanceInput(id(0)), eventIds: [id(1), id(2)] }), SICHUAN_ACTOR.hallCode);
    cases.push([id(1), id(2)]);
  }
  return cases;
}

const queuedIds = async () => (await outboxRepo.listAll()).map((item) => item.eventId);

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('pipelined push', () => {
  it('keeps three batches in flight and records their answers in the order they were sent', async () => {
    const [a, b, c, d] = (await queueCases(4, '01JP')) as [string[], string[], string[], string[]];
    const bridge = scriptedPushes();
    const drained = pushDueInPipeline(bridge.api, 'R', { batchSize: 2, inFlight: 3, maxBatches: 50 });

    const first = await bridge.next();
    const second = await bridge.next();
    const third = await bridge.next();
    expect([first, second, third].map((push) => push.events.map((event) => event.id))).toEqual([a, b, c]);

    // The second answer comes back first: it waits for the first one's.
    second.answer(applied(second));
    expect(await queuedIds()).toEqual([...a, ...b, ...c, ...d]);
    first.answer(applied(first));
    // The first is recorded before a fourth batch takes its place in flight.
    const fourth = await bridge.next();
    expect(fourth.events.map((event) => event.id)).toEqual(d);
    const queued = await queuedIds();
    expect(queued).not.toContain(a[0]);
    expect(queued).toEqual(expect.arrayContaining([...c, ...d]));

    third.answer(applied(third));
    fourth.answer(applied(fourth));
    expect(await drained).toEqual({ capped: false, sent: true });
    expect(await queuedIds()).toEqual([]);
  });

  it('never sends a case event while an earlier event of that case is in flight, and sends it once that batch is answered', async () => {
    const [a, b, c] = (await queueCases(3, '01JQ')) as [string[], string[], string[]];
    const bridge = scriptedPushes();
    const drained = pushDueInPipeline(bridge.api, 'R', { batchSize: 3, inFlight: 3, maxBatches: 50 });

    const first = await bridge.next();
    expect(first.events.map((event) => event.id)).toEqual([...a, b[0]]);
    // b's 推送 must wait for its 受理 to be answered; c goes ahead of it.
    const second = await bridge.next();
    expect(second.events.map((event) => event.id)).toEqual(c);
    expect(bridge.pendingNow()).toBe(0);

    first.answer(applied(first));
    second.answer(applied(second));
    const third = await bridge.next();
    expect(third.events.map((event) => event.id)).toEqual([b[1]]);
    third.answer(applied(third));
    expect(await drained).toEqual({ capped: false, sent: true });
    expect(await queuedIds()).toEqual([]);
  });

  it('fails the round on a failed push after the batches in flight came back, keeping every unanswered item queued', async () => {
    const [a, b] = (await queueCases(2, '01JR')) as [string[], string[]];
    const bridge = scriptedPushes();
    const drained = pushDueInPipeline(bridge.api, 'R', { batchSize: 2, inFlight: 3, maxBatches: 50 });
    const first = await bridge.next();
    const second = await bridge.next();
    first.answer({ ok: false, error: { code: 'HUB_UNREACHABLE', message: '无法连接交换中心' } });
    const failed = expect(drained).rejects.toThrow('无法连接交换中心');
    second.answer(applied(second));
    await failed;
    expect(await queuedIds()).toEqual([...a, ...b]);
  });

  it('takes the acknowledged items off the queue and leaves a refused one between them, parked', async () => {
    const [a, b, c] = (await queueCases(3, '01JS')) as [string[], string[], string[]];
    const bridge = scriptedPushes();
    const drained = pushDueInPipeline(bridge.api, 'R', { batchSize: 6, inFlight: 3, maxBatches: 50 });
    const push = await bridge.next();
    expect(push.events.map((event) => event.id)).toEqual([...a, ...b, ...c]);
    const refusedId = b[1];
    push.answer({
      ok: true,
      value: {
        results: push.events.map((event) =>
          event.id === refusedId
            ? { id: event.id, status: 'rejected' as const, code: 'CASE_CLOSED', message: '办件已终结' }
            : { id: event.id, status: 'applied' as const },
        ),
      },
    });
    expect(await drained).toEqual({ capped: false, sent: true });
    const left = await outboxRepo.listAll();
    expect(left.map((item) => [item.eventId, item.state])).toEqual([[refusedId, 'rejected']]);
    const delivered = (await db.deliveredBatches.toArray()).flatMap((record) => record.eventIds);
    expect(delivered.sort()).toEqual([...a, b[0], ...c].sort());
  });
});
