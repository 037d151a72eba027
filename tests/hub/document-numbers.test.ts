/** POST /v1/document-numbers: blocks of one hall's sequence never overlap, whoever asks. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { documentNumberLeaseSchema, hubErrorSchema } from '../../shared/sync/protocol';
import { leasableYears } from '../../hub/routes/document-numbers';
import type { HubHandle } from '../../hub/start-hub';
import { leaseDocumentNumbers } from '../../hub/store/document-numbers';
import { chinaDate } from '../../shared/util/china-time';
import { createTestDatabase, describeEachEngine, enroll, identityFor, newHall, request, startTestHub, type TestDatabase } from './fixtures';

/** Leases are for this China year (and next year's from December), so the tests use this year. */
const YEAR = Number(chinaDate(new Date()).slice(0, 4));

describeEachEngine('leasing document numbers', (engine) => {
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

  const lease = (token: string, body: unknown) => request(`${hub.url}/v1/document-numbers`, { token, json: body });
  const block = async (token: string, body: unknown) => {
    const response = await lease(token, body);
    expect(response.status).toBe(201);
    return documentNumberLeaseSchema.parse(response.body);
  };

  it('gives two windows of one hall consecutive, non-overlapping blocks, also when they ask at once', async () => {
    const hall = newHall('510104');
    const first = await enroll(hub, identityFor('51', hall));
    const second = await enroll(hub, { ...identityFor('51', hall), window: '4' });
    expect(await block(first.token, { kind: 'notify', year: YEAR, count: 50 })).toEqual({
      hallCode: hall.code,
      kind: 'notify',
      year: YEAR,
      from: 1,
      to: 50,
    });
    const together = await Promise.all(
      Array.from({ length: 8 }, (_, index) => block(index % 2 ? first.token : second.token, { kind: 'notify', year: YEAR, count: 10 })),
    );
    const numbers = together
      .flatMap(({ from, to }) => Array.from({ length: to - from + 1 }, (_, offset) => from + offset))
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 80 }, (_, offset) => 51 + offset));
  });

  it('keeps separate sequences per hall, kind and year', async () => {
    const window = await enroll(hub, identityFor('51', newHall('510105')));
    const other = await enroll(hub, identityFor('51', newHall('510105')));
    expect((await block(window.token, { kind: 'refuse', year: YEAR, count: 5 })).from).toBe(1);
    const lastYear = { hallCode: window.identity.hall.code, workstationId: window.actor.workstationId, day: `${YEAR - 1}-06-01` };
    expect((await leaseDocumentNumbers(hub.db, lastYear, { kind: 'refuse', year: YEAR - 1, count: 5 })).from).toBe(1);
    expect((await block(window.token, { kind: 'accept', year: YEAR, count: 5 })).from).toBe(1);
    expect((await block(other.token, { kind: 'refuse', year: YEAR, count: 5 })).from).toBe(1);
  });

  it('refuses a block past 99999, and bad or unauthenticated requests, in Chinese', async () => {
    const window = await enroll(hub, identityFor('51', newHall('510106')));
    await block(window.token, { kind: 'result', year: YEAR, count: 200 });
    await hub.db.query(`UPDATE document_number_counters SET last_value = 99990 WHERE hall_code = $1`, [window.identity.hall.code]);
    const exhausted = await lease(window.token, { kind: 'result', year: YEAR, count: 20 });
    expect(exhausted.status).toBe(409);
    expect(hubErrorSchema.parse(exhausted.body).error.message).toContain('已用尽');
    expect((await block(window.token, { kind: 'result', year: YEAR, count: 9 })).to).toBe(99_999);
    expect((await lease(window.token, { kind: 'other', year: YEAR, count: 5 })).status).toBe(400);
    expect((await lease(window.token, { kind: 'result', year: YEAR, count: 500 })).status).toBe(400);
    expect((await lease('not-a-token', { kind: 'result', year: YEAR, count: 5 })).status).toBe(401);
  });

  it('limits each window to 500 numbers of a kind a day; other windows and kinds go on', async () => {
    const hall = newHall('510107');
    const window = await enroll(hub, identityFor('51', hall));
    const neighbour = await enroll(hub, identityFor('51', hall));
    for (const count of [200, 200, 100]) await block(window.token, { kind: 'accept', year: YEAR, count });
    const over = await lease(window.token, { kind: 'accept', year: YEAR, count: 1 });
    expect(over.status).toBe(429);
    expect(hubErrorSchema.parse(over.body).error).toMatchObject({
      code: 'DOCUMENT_NUMBER_QUOTA',
      message: expect.stringContaining('每日上限'),
    });
    expect((await block(window.token, { kind: 'notify', year: YEAR, count: 10 })).from).toBe(1);
    expect((await block(neighbour.token, { kind: 'accept', year: YEAR, count: 10 })).from).toBe(501);
  });

  it('leases only this year, and next year from December', async () => {
    const window = await enroll(hub, identityFor('51', newHall('510108')));
    for (const year of [YEAR - 1, YEAR + 2, 2999]) {
      const refused = await lease(window.token, { kind: 'accept', year, count: 5 });
      expect(refused.status).toBe(400);
      expect(hubErrorSchema.parse(refused.body).error.code).toBe('YEAR_NOT_OPEN');
    }
    expect(leasableYears('2026-11-30')).toEqual([2026]);
    expect(leasableYears('2026-12-01')).toEqual([2026, 2027]);
    expect(leasableYears('2027-01-01')).toEqual([2027]);
  });
});
