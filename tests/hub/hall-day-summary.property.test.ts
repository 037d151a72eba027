/**
 * hall_day_summary against the facts it summarises: after any sequence of batches (each one
 * what the projector writes after a run of events: new cases and changed ones — a window
 * assigned, a decision, a rating, a 改派 to another window), the summary equals a recount
 * from hall_case_facts, and no row counts nothing. Runs on both engines.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../hub/db/database';
import { openDatabase } from '../../hub/db/open-database';
import { upsertCaseFacts } from '../../hub/hall/case-facts-store';
import type { HallCaseFacts } from '../../shared/domain/case/hall-facts';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './fixtures';

const DAYS = ['2026-03-02', '2026-03-03', '2026-03-09'];
const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

const factArbitrary: fc.Arbitrary<HallCaseFacts> = fc
  .record({
    caseId: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6'),
    receivingHall: fc.constantFrom('51010401', '51010402'),
    handling: fc.constantFrom(['51', '510104'], ['50', '500103']),
    matter: fc.constantFrom('社保卡补领', '居住证签注', '医保关系转移'),
    mode: fc.constantFrom('异地代收代办', '多地联办'),
    receivingWindow: fc.integer({ min: 1, max: 3 }),
    handlingWindow: nullable(fc.integer({ min: 1, max: 3 })),
    openedOn: fc.constantFrom(...DAYS),
    accepted: fc.boolean(),
    decidedOn: nullable(fc.constantFrom(...DAYS)),
    onTime: nullable(fc.boolean()),
    workingDays: nullable(fc.integer({ min: 0, max: 20 })),
    notified: fc.boolean(),
    refused: fc.boolean(),
    ratingLevel: nullable(fc.constantFrom('非常满意', '满意', '不满意')),
  })
  .map((draw) => ({
    caseId: draw.caseId,
    caseNumber: `N-${draw.caseId}`,
    receivingProvince: '51',
    receivingHall: draw.receivingHall,
    handlingProvince: draw.handling[0] as string,
    handlingDivision: draw.handling[1] as string,
    matterCode: draw.matter,
    matterName: draw.matter,
    mode: draw.mode,
    status: draw.decidedOn ? 'decided' : 'accepted',
    applicantName: '张三',
    receivingWindow: String(draw.receivingWindow),
    receivingPerson: '李明',
    handlingHall: null,
    handlingWindow: draw.handlingWindow === null ? null : String(draw.handlingWindow),
    handlingPerson: null,
    openedAt: `${draw.openedOn}T02:00:00.000Z`,
    openedOn: draw.openedOn,
    acceptedOn: draw.accepted ? draw.openedOn : null,
    promisedDate: null,
    decidedOn: draw.decidedOn,
    outcome: null,
    onTime: draw.decidedOn ? draw.onTime : null,
    workingDaysToDecision: draw.decidedOn ? draw.workingDays : null,
    notified: draw.notified,
    refused: draw.refused,
    withdrawn: false,
    deliveredOn: null,
    ratingLevel: draw.ratingLevel,
    ratingBad: draw.ratingLevel === '不满意',
    ratingOn: null,
    followUpDue: null,
    followUpDone: false,
    receivingDue: null,
    handlingDue: null,
    openSupervisions: [],
  }));

// One case appears at most once in a batch, as in the projector's batches.
const batchArbitrary = fc.uniqueArray(factArbitrary, { minLength: 1, maxLength: 6, selector: (fact) => fact.caseId });

/** The summary as a fresh count from the facts, written independently of the store's SQL. */
const RECOUNT = `
  SELECT receiving_hall, handling_province, handling_division, opened_on::text AS day, w.rw AS receiving_window, w.hw AS handling_window,
         d.dimension, d.value, count(*)::int AS opened, count(accepted_on)::int AS accepted, count(*) FILTER (WHERE notified)::int AS notified,
         count(*) FILTER (WHERE refused)::int AS refused, count(decided_on)::int AS decided, count(*) FILTER (WHERE on_time)::int AS decided_on_time,
         count(*) FILTER (WHERE NOT on_time)::int AS decided_late, coalesce(sum(working_days_to_decision), 0)::int AS working_days_sum,
         count(working_days_to_decision)::int AS working_days_count
  FROM hall_case_facts,
       LATERAL (SELECT 0 AS rw, 0 AS hw UNION ALL SELECT receiving_window, coalesce(handling_window, -1)) AS w,
       LATERAL (SELECT 'total' AS dimension, '' AS value UNION ALL SELECT 'matter', matter_name UNION ALL SELECT 'mode', mode
                UNION ALL SELECT 'rating', rating_level WHERE rating_level IS NOT NULL) AS d
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`;

const STORED = `
  SELECT receiving_hall, handling_province, handling_division, day::text AS day, receiving_window, handling_window, dimension, value,
         opened, accepted, notified, refused, decided, decided_on_time, decided_late, working_days_sum::int AS working_days_sum, working_days_count
  FROM hall_day_summary ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`;

describeEachEngine('the hall day summary', (engine) => {
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

  it('equals a recount from the facts after any sequence of new and changed cases', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(batchArbitrary, { minLength: 1, maxLength: 8 }), async (batches) => {
        await db.query('TRUNCATE hall_case_facts, hall_day_summary');
        for (const batch of batches) await db.transaction((tx) => upsertCaseFacts(tx, batch));
        const [stored, recounted] = [await db.query(STORED), await db.query(RECOUNT)];
        expect(stored).toEqual(recounted);
      }),
      { numRuns: 40 },
    );
  });
});
