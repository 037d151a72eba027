/**
 * A small run of the fuzz tool (bench/hub-fuzz.ts) on each engine, with the JSON request log
 * on: malformed requests over every route answer no 5xx, change no row, and the log holds
 * none of the personal data the requests carried (names, ID numbers, mobiles, 查询密码).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fuzzHub, type FuzzReport } from '../../bench/hub-fuzz/fuzz-hub';
import { PERSONAL_DATA } from '../../bench/hub-fuzz/malformed-requests';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './fixtures';

const REQUESTS = 400;

describeEachEngine('fuzzing every route', (engine) => {
  let database: TestDatabase;
  let report: FuzzReport;
  const logLines: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    report = await fuzzHub({
      database: database.config,
      requests: REQUESTS,
      seed: 15,
      logger: { write: (line) => void logLines.push(line) },
    });
  }, 240_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('reaches every route and answers no request with a 5xx', () => {
    expect(report.routes).toBeGreaterThan(40);
    const answered = Object.values(report.byStatus).reduce((sum, count) => sum + count, 0);
    expect(answered).toBe(REQUESTS);
    expect(report.failures).toEqual([]);
    expect(Object.keys(report.byStatus).every((status) => /^[2-4]\d\d$/.test(status))).toBe(true);
  });

  it('changes no row of any table', () => {
    expect(report.changed).toEqual([]);
  });

  it('logs every request without the personal data it carried', () => {
    expect(report.personalDataSent).toBeGreaterThan(REQUESTS / 4);
    expect(logLines.length).toBeGreaterThanOrEqual(REQUESTS);
    const log = logLines.join('');
    for (const [kind, text] of Object.entries(PERSONAL_DATA)) expect(log.includes(text), kind).toBe(false);
  });
});
