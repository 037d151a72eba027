/** POST /v1/document-numbers: blocks of one hall's sequence never overlap, whoever asks. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { documentNumberLeaseSchema, hubErrorSchema } from '../../shared/sync/protocol';
import type { HubHandle } from '../../hub/start-hub';
import { createTestDatabase, describeEachEngine, enroll, identityFor, newHall, request, startTestHub, type TestDatabase } from './fixtures';

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
    expect(await block(first.token, { kind: 'notify', year: 2026, count: 50 })).toEqual({ hallCode: hall.code, kind: 'notify', year: 2026, from: 1, to: 50 });
    const together = await Promise.all(
      Array.from({ length: 8 }, (_, index) => block(index % 2 ? first.token : second.token, { kind: 'notify', year: 2026, count: 10 })),
    );
    const numbers = together.flatMap(({ from, to }) => Array.from({ length: to - from + 1 }, (_, offset) => from + offset)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 80 }, (_, offset) => 51 + offset));
  });

  it('keeps separate sequences per hall, kind and year', async () => {
    const window = await enroll(hub, identityFor('51', newHall('510105')));
    const other = await enroll(hub, identityFor('51', newHall('510105')));
    expect((await block(window.token, { kind: 'refuse', year: 2026, count: 5 })).from).toBe(1);
    expect((await block(window.token, { kind: 'refuse', year: 2027, count: 5 })).from).toBe(1);
    expect((await block(window.token, { kind: 'accept', year: 2026, count: 5 })).from).toBe(1);
    expect((await block(other.token, { kind: 'refuse', year: 2026, count: 5 })).from).toBe(1);
  });

  it('refuses a block past 99999, and bad or unauthenticated requests, in Chinese', async () => {
    const window = await enroll(hub, identityFor('51', newHall('510106')));
    await block(window.token, { kind: 'result', year: 2026, count: 200 });
    await hub.db.query(`UPDATE document_number_counters SET last_value = 99990 WHERE hall_code = $1`, [window.identity.hall.code]);
    const exhausted = await lease(window.token, { kind: 'result', year: 2026, count: 20 });
    expect(exhausted.status).toBe(409);
    expect(hubErrorSchema.parse(exhausted.body).error.message).toContain('已用尽');
    expect((await block(window.token, { kind: 'result', year: 2026, count: 9 })).to).toBe(99_999);
    expect((await lease(window.token, { kind: 'other', year: 2026, count: 5 })).status).toBe(400);
    expect((await lease(window.token, { kind: 'result', year: 2026, count: 500 })).status).toBe(400);
    expect((await lease('not-a-token', { kind: 'result', year: 2026, count: 5 })).status).toBe(401);
  });
});
