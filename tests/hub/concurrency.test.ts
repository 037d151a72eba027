/**
 * Many windows pushing at once while a handling-county window polls its feed. On
 * PostgreSQL the pushes run in parallel transactions on separate connections: a cursor
 * taken before commit would let the poller move past a row that commits late and never see
 * it. The poller must see every event exactly once, in increasing cursor order.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { HubHandle } from '../../hub/start-hub';
import {
  acceptedEvent,
  changes,
  createTestDatabase,
  describeEachEngine,
  enroll,
  identityFor,
  newDivision,
  newHall,
  push,
  routingFor,
  startTestHub,
  type ChangesResult,
  type TestDatabase,
} from './fixtures';

const WRITERS = 8;
const BATCHES_PER_WRITER = 15;
const EVENTS_PER_BATCH = 2;

describeEachEngine('concurrent writers and a polling reader', (engine) => {
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

  it('never skips or repeats a row that commits late', async () => {
    const handlingCounty = newDivision('51');
    const reader = await enroll(hub, identityFor('51', newHall(handlingCounty)));
    const writers = await Promise.all(Array.from({ length: WRITERS }, () => enroll(hub, identityFor('51', newHall(newDivision('51'))))));

    const pushedIds: string[] = [];
    const writeAll = Promise.all(
      writers.map(async (writer) => {
        const routing = routingFor(writer.identity, { province: '51', division: handlingCounty });
        for (let batch = 0; batch < BATCHES_PER_WRITER; batch += 1) {
          const events = [];
          for (let i = 0; i < EVENTS_PER_BATCH; i += 1) events.push(await acceptedEvent(writer.actor, routing));
          const response = await push(hub, writer.token, events);
          expect(response.body.results.every((result) => result.status === 'applied')).toBe(true);
          pushedIds.push(...events.map((event) => event.id));
        }
      }),
    );

    let writing = true;
    void writeAll.finally(() => (writing = false));
    const seen: ChangesResult['changes'] = [];
    let cursor = '0';
    let pollsDuringWrites = 0;
    // Keep polling while writers run; once they are done, one more pass to the end.
    for (let finalPass = false; ;) {
      const page = await changes(hub, reader.token, cursor, 7);
      expect(page.status).toBe(200);
      seen.push(...page.body.changes);
      cursor = page.body.nextCursor;
      if (writing) pollsDuringWrites += 1;
      if (!page.body.hasMore && finalPass) break;
      if (!page.body.hasMore && !writing) finalPass = true;
    }
    await writeAll;

    expect(pollsDuringWrites).toBeGreaterThan(3);
    const seenIds = seen.map((change) => change.event.id);
    expect(seenIds).toHaveLength(WRITERS * BATCHES_PER_WRITER * EVENTS_PER_BATCH);
    expect(new Set(seenIds)).toEqual(new Set(pushedIds));
    const cursors = seen.map((change) => BigInt(change.cursor));
    for (let i = 1; i < cursors.length; i += 1) expect(cursors[i]! > cursors[i - 1]!).toBe(true);
  });
});
