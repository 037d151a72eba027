/**
 * When the sync engine talks to the hub: it pulls at start and then when the hub has news
 * (the watcher's wait answers), names its store's replica on every push and pull, stores the
 * cursor of a page that held only its own events, and polls only while the hub cannot be
 * watched. The bridge is scripted: each call waits for the test to answer it.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BridgeApi, BridgeResult } from '../../../shared/bridge/contract';
import { db } from '../../../renderer/data/db';
import { syncStateRepo } from '../../../renderer/data/sync-state.repo';
import { startSyncEngine, type SyncEngine } from '../../../renderer/sync/sync-engine';

type Call = { method: string; input: Record<string, unknown>; answer(result: BridgeResult<unknown>): void };

/** A bridge whose every call waits until the test answers it; calls are taken in order. */
function scriptedBridge() {
  const calls: Call[] = [];
  const waiting: ((call: Call) => void)[] = [];
  const api = new Proxy({} as BridgeApi, {
    get: (_, method: string) => (input: Record<string, unknown>) =>
      new Promise<BridgeResult<unknown>>((resolve) => {
        const call = { method, input, answer: resolve };
        const taker = waiting.shift();
        if (taker) taker(call);
        else calls.push(call);
      }),
  });
  const next = (): Promise<Call> => {
    const call = calls.shift();
    return call ? Promise.resolve(call) : new Promise((resolve) => waiting.push(resolve));
  };
  /**
   * The next call of `method`, answering the others on the way as an idle hub would;
   * `strict`: a pull on the way fails the test; `waits`: the answer to waits on the way.
   */
  const nextOf = async (method: string, options: { strict?: boolean; waits?: BridgeResult<unknown> } = {}): Promise<Call> => {
    for (;;) {
      const call = await next();
      if (call.method === method) return call;
      if (options.strict && call.method === 'pullChanges') throw new Error('the engine pulled without news');
      if (call.method === 'waitForChanges' && options.waits) call.answer(options.waits);
      else if (call.method === 'checkDelivered') call.answer({ ok: true, value: { epoch: 'epoch-1', head: '999999', missing: [] } });
      else if (call.method === 'lastCaseNumber') call.answer({ ok: true, value: { prefix: '510104010320261207', lastSequence: 0 } });
      else if (call.method === 'pullChanges')
        call.answer({ ok: true, value: { changes: [], nextCursor: String(call.input.cursor), hasMore: false } });
      else throw new Error(`unexpected call ${call.method}`);
    }
  };
  return { api, nextOf };
}

let engine: SyncEngine | undefined;

beforeEach(async () => {
  (globalThis as { window?: unknown }).window = new EventTarget();
  await Promise.all([db.syncState.clear(), db.outbox.clear(), db.pendingEvents.clear()]);
});
afterEach(() => engine?.stop());

describe('sync engine', () => {
  it('pulls at start and again when the hub has news, naming its replica, and keeps the cursor past its own events', async () => {
    const bridge = scriptedBridge();
    engine = startSyncEngine({ api: bridge.api, myHallCode: '51010401' });

    const first = await bridge.nextOf('pullChanges');
    const replicaId = first.input.replicaId;
    expect(replicaId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(replicaId).toBe(await syncStateRepo.replicaId());
    // A page of this store's own events only: nothing to apply, but the cursor moves.
    first.answer({ ok: true, value: { changes: [], nextCursor: '42', hasMore: false } });

    const wait = await bridge.nextOf('waitForChanges');
    expect(wait.input).toMatchObject({ cursor: '42' });
    expect(await syncStateRepo.feedCursor()).toBe('42');
    wait.answer({ ok: true, value: { news: true } });

    const pulled = await bridge.nextOf('pullChanges');
    expect(pulled.input).toMatchObject({ cursor: '42', replicaId });
    pulled.answer({ ok: true, value: { changes: [], nextCursor: '42', hasMore: false } });
    // No news: the watcher asks again, and the engine does not pull in between.
    const again = await bridge.nextOf('waitForChanges', { strict: true });
    again.answer({ ok: true, value: { news: false } });
    await bridge.nextOf('waitForChanges', { strict: true });
  });

  it('runs its first round when the shell lets it (after the first screen), and not once stopped before', async () => {
    const bridge = scriptedBridge();
    let letRun: (() => void) | undefined;
    let calledOff = false;
    const firstRound = (run: () => void) => {
      letRun = run;
      return () => {
        calledOff = true;
      };
    };
    engine = startSyncEngine({ api: bridge.api, myHallCode: '51010401', firstRound });
    expect(letRun).toBeDefined();
    letRun?.();
    (await bridge.nextOf('pullChanges')).answer({ ok: true, value: { changes: [], nextCursor: '3', hasMore: false } });
    expect(calledOff).toBe(false);

    const held = startSyncEngine({ api: scriptedBridge().api, myHallCode: '51010401', firstRound });
    held.stop();
    expect(calledOff).toBe(true);
  });

  it('gives news that arrives during a pulling round a pull of its own, then waits again', async () => {
    const bridge = scriptedBridge();
    engine = startSyncEngine({ api: bridge.api, myHallCode: '51010401' });
    (await bridge.nextOf('pullChanges')).answer({ ok: true, value: { changes: [], nextCursor: '5', hasMore: false } });
    const wait = await bridge.nextOf('waitForChanges');

    // The clerk's action kicks a round; the hub's news comes in while that round pulls.
    engine.kick();
    const kicked = await bridge.nextOf('pullChanges');
    wait.answer({ ok: true, value: { news: true } });
    kicked.answer({ ok: true, value: { changes: [], nextCursor: '5', hasMore: false } });

    const forNews = await bridge.nextOf('pullChanges');
    forNews.answer({ ok: true, value: { changes: [], nextCursor: '9', hasMore: false } });
    expect((await bridge.nextOf('waitForChanges')).input).toMatchObject({ cursor: '9' });
  });

  it('polls the feed by itself while the hub cannot be watched', async () => {
    const bridge = scriptedBridge();
    engine = startSyncEngine({ api: bridge.api, myHallCode: '51010401' });
    (await bridge.nextOf('pullChanges')).answer({ ok: true, value: { changes: [], nextCursor: '7', hasMore: false } });
    const tooOld = { ok: false as const, error: { code: 'NOT_FOUND', message: '接口不存在' } };
    (await bridge.nextOf('waitForChanges')).answer(tooOld);
    // Without news from the hub, the next pull comes from the engine's own timer.
    const polled = await bridge.nextOf('pullChanges', { waits: tooOld });
    expect(polled.input).toMatchObject({ cursor: '7' });
    expect(engine.status().online).toBe(true);
  });
});
