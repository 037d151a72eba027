/**
 * No single event can make a request or a feed page unreadable: the hub refuses an event
 * above the size cap on its own, and feed pages stop at a byte budget (always carrying at
 * least one event), so even an oversized event stored before the cap is served, alone.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CaseEvent, UnsealedEvent } from '../../shared/domain/case/case-events';
import { sealEvent } from '../../shared/domain/case/event-seal';
import { MAX_CHANGES_PAGE_BYTES, MAX_EVENT_BYTES, serializedBytes } from '../../shared/sync/size-limits';
import type { HubHandle } from '../../hub/start-hub';
import { readChanges } from '../../hub/store/feed';
import {
  acceptedEvent,
  changes,
  countRows,
  createTestDatabase,
  describeEachEngine,
  enroll,
  identityFor,
  newDivision,
  newHall,
  push,
  routingFor,
  startTestHub,
  type EnrolledWorkstation,
  type TestDatabase,
} from './fixtures';

/** Each test's window is alone in its county, so its feed holds only its own cases. */
const routingOf = (window: EnrolledWorkstation) => routingFor(window.identity, { province: '51', division: window.identity.hall.division });

/** A 受理 whose matter details weigh about `kilobytes` (a full group of long texts). */
async function acceptedWeighing(window: EnrolledWorkstation, kilobytes: number): Promise<CaseEvent> {
  const base = await acceptedEvent(window.actor, routingOf(window));
  if (base.type !== 'accepted') throw new Error('fixture changed');
  // 20 items × 50 texts, each of `perText` three-byte characters.
  const perText = Math.max(1, Math.round((kilobytes * 1024) / (20 * 50 * 3)));
  const item = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, '鑫'.repeat(perText)]));
  const { hash: _hash, ...unsealed } = base;
  return sealEvent({
    ...unsealed,
    payload: { ...base.payload, details: { members: Array.from({ length: 20 }, () => item) } },
  } as UnsealedEvent);
}

describeEachEngine('size limits', (engine) => {
  let database: TestDatabase;
  let hub: HubHandle;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    hub = await startTestHub('51', database.config);
  });
  afterAll(async () => {
    await hub?.close();
    await database?.drop();
  });

  const newWindow = () => enroll(hub, identityFor('51', newHall(newDivision('51'))));
  const audienceOf = (window: EnrolledWorkstation) => ({
    hallCode: window.identity.hall.code,
    province: '51',
    division: window.identity.hall.division,
  });

  it('refuses an event above the size cap on its own, with a clear reason, and applies the rest of the batch', async () => {
    const window = await newWindow();
    const big = await acceptedWeighing(window, 300);
    expect(serializedBytes(big)).toBeGreaterThan(MAX_EVENT_BYTES);
    const small = await acceptedEvent(window.actor, routingOf(window));
    const before = await countRows(hub, 'events');

    const response = await push(hub, window.token, [big, small]);
    expect(response.status).toBe(200);
    expect(response.body.results).toEqual([
      {
        id: big.id,
        status: 'rejected',
        code: 'EVENT_TOO_LARGE',
        message: expect.stringMatching(/^事件内容过大（约\d+ KB，交换平台上限256 KB）/),
      },
      { id: small.id, status: 'applied' },
    ]);
    expect(await countRows(hub, 'events')).toBe(before + 1);
  });

  it('ends a feed page at the byte budget, and still serves an event bigger than the budget alone', async () => {
    const window = await newWindow();
    const events = await Promise.all(Array.from({ length: 5 }, () => acceptedWeighing(window, 20)));
    expect((await push(hub, window.token, events)).body.results.every((result) => result.status === 'applied')).toBe(true);
    const size = serializedBytes(events[0]);

    // Room for two events a page (jsonb text is a little bigger than the JSON).
    const pages: string[][] = [];
    for (let cursor = '0'; ;) {
      const page = await readChanges(hub.db, audienceOf(window), cursor, 500, { maxBytes: Math.round(size * 2.5) });
      pages.push(page.changes.map((change) => change.event.id));
      cursor = page.nextCursor;
      if (!page.hasMore) break;
    }
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(events.map((event) => event.id));

    // A budget smaller than one event: one event a page, never an empty page.
    const single = await readChanges(hub.db, audienceOf(window), '0', 500, { maxBytes: 1 });
    expect(single.changes.map((change) => change.event.id)).toEqual([events[0]?.id]);
    expect(single.hasMore).toBe(true);
  });

  it('serves an oversized event stored before the cap on a page of its own, and the pull goes on past it', async () => {
    const window = await newWindow();
    const routing = routingOf(window);
    const events = [
      await acceptedEvent(window.actor, routing),
      await acceptedEvent(window.actor, routing),
      await acceptedEvent(window.actor, routing),
    ];
    await push(hub, window.token, events);
    // As if stored before the hub capped event size: nearly 5 MB in one event.
    await hub.db.query(
      `UPDATE events SET body = jsonb_set(body::jsonb, '{payload,legacyPadding}', to_jsonb(repeat('x', 4800000))) WHERE id = $1`,
      [events[1]?.id ?? ''],
    );

    const pages: { ids: string[]; bytes: number }[] = [];
    for (let cursor = '0'; ;) {
      const page = await changes(hub, window.token, cursor, 200);
      expect(page.status).toBe(200);
      pages.push({ ids: page.body.changes.map((change) => change.event.id), bytes: serializedBytes(page.body) });
      cursor = page.body.nextCursor;
      if (!page.body.hasMore) break;
    }
    expect(pages.map((page) => page.ids)).toEqual(events.map((event) => [event.id]));
    expect(pages[0]?.bytes).toBeLessThan(MAX_CHANGES_PAGE_BYTES);
  });
});
