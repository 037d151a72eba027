/**
 * The feed's ordering rule under any interleaving: batches run the two steps the hub runs
 * (a transaction that locks its cases, writes its events and queues its feed rows; then the
 * feed ticket step), fast-check's scheduler decides when each batch begins, commits and asks
 * for its seqs, and a reader pages through the feed with the hub's own query meanwhile. A
 * batch may hold its transaction open while later batches commit and get numbered: the
 * reader must still see every event exactly once, in increasing cursor order, and each
 * case's events in the order their batches took the case's lock.
 */
import fc from 'fast-check';
import { ulid } from 'ulid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../hub/db/database';
import { openDatabase } from '../../hub/db/open-database';
import { lockStoredCases } from '../../hub/store/case-routes';
import { numberWaitingFeed, queueForFeed, readChanges, type FeedAudience } from '../../hub/store/feed';
import type { Routing } from '../../shared/domain/case/case-events';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './fixtures';

const CASES = ['a', 'b', 'c'] as const;

/** A batch: which of the run's cases each of its events belongs to. */
const batchArbitrary = fc.array(fc.constantFrom(...CASES), { minLength: 1, maxLength: 3 });
const runArbitrary = fc.record({
  batches: fc.array(batchArbitrary, { minLength: 2, maxLength: 7 }),
  pageSize: fc.integer({ min: 1, max: 4 }),
});

describeEachEngine('feed order under concurrent batches', (engine) => {
  let database: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    db = await openDatabase(database.config);
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it('never lets a reader skip an event, and numbers each case in lock order', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), runArbitrary, async (scheduler, { batches, pageSize }) => {
        // Each run has its own hall (so the reader sees only its rows) and its own cases. A
        // counter, not a random number: two runs of 25 drew the same hall about once in 30.
        runs += 1;
        const hallCode = `5101${String(runs).padStart(4, '0')}`;
        const audience: FeedAudience = { hallCode, province: '00', division: 'none' };
        const routing = {
          receiving: { province: '51', division: '510104', hallCode, name: '测试大厅' },
          handling: { province: '50', division: '500103', name: '渝中区' },
        } satisfies Routing;
        const caseIds = new Map(CASES.map((name) => [name, ulid()]));
        for (const caseId of caseIds.values()) {
          await db.query(
            `INSERT INTO case_routes (case_id, case_number, receiving_province, receiving_hall, handling_province, handling_division, last_hash, state)
             VALUES ($1, $1, '51', $2, '50', '500103', '', '{}'::jsonb)`,
            [caseId, hallCode],
          );
        }

        const lockOrder = new Map<string, string[]>();
        const written: string[] = [];
        const pause = () => scheduler.schedule(Promise.resolve());

        const runBatch = async (cases: readonly (typeof CASES)[number][]) => {
          await pause();
          const events = cases.map((name) => ({ id: ulid(), caseId: caseIds.get(name) ?? '' }));
          await db.transaction(async (tx) => {
            const locked = await lockStoredCases(tx, [...new Set(events.map((event) => event.caseId))].sort());
            for (const caseId of locked.keys())
              lockOrder.set(caseId, [
                ...(lockOrder.get(caseId) ?? []),
                ...events.filter((event) => event.caseId === caseId).map((event) => event.id),
              ]);
            for (const event of events) {
              await tx.query(
                `INSERT INTO events (id, case_id, type, body, hash, origin) VALUES ($1, $2, 'accepted', jsonb_build_object('id', $1::text), '', 'local')`,
                [event.id, event.caseId],
              );
            }
            await queueForFeed(
              tx,
              events.map((event) => ({ event, routing, forward: false })),
              null,
            );
            // Held open here while others may commit and be numbered: a late committer.
            await pause();
          });
          written.push(...events.map((event) => event.id));
          await pause();
          await numberWaitingFeed(db, { notify: false });
        };

        const seen: { cursor: bigint; eventId: string }[] = [];
        let cursor = '0';
        const readPage = async () => {
          const page = await readChanges(db, audience, cursor, pageSize);
          for (const change of page.changes) seen.push({ cursor: BigInt(change.cursor), eventId: change.event.id });
          cursor = page.nextCursor;
          return page.hasMore;
        };

        let writing = true;
        const writers = Promise.all(batches.map(runBatch)).finally(() => (writing = false));
        const reader = (async () => {
          while (writing) {
            await readPage();
            await pause();
          }
        })();
        await scheduler.waitFor(Promise.all([writers, reader]));
        // Everything committed and numbered: what the reader has not seen yet it must find now.
        while (await readPage());

        expect(seen.map(({ eventId }) => eventId).sort()).toEqual([...written].sort());
        for (let index = 1; index < seen.length; index += 1) expect(seen[index]!.cursor).toBeGreaterThan(seen[index - 1]!.cursor);
        const position = new Map(seen.map(({ eventId }, index) => [eventId, index]));
        for (const ids of lockOrder.values())
          expect(ids.map((id) => position.get(id))).toEqual([...ids.map((id) => position.get(id))].sort((a, b) => (a ?? 0) - (b ?? 0)));
      }),
      { numRuns: engine === 'postgres' ? 25 : 10 },
    );
  });
});
