/**
 * 办件编号 are unique: one active workstation per hall window ("7" is "07"), a second case
 * with a number the hub holds is refused, and a workstation that lost its store learns the
 * last number of its window from the hub. Plus the 005 upgrade of a hub that already broke
 * both rules: nothing is renumbered, the rows are marked.
 */
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteDatabase } from '../../hub/db/pglite-database';
import { migrate } from '../../hub/db/migrate';
import { MIGRATIONS } from '../../hub/db/migrations';
import type { HubHandle } from '../../hub/start-hub';
import { deactivateWorkstation } from '../../hub/store/workstations';
import { caseNumberPrefix } from '../../shared/domain/case/case-number';
import {
  acceptedEvent,
  createTestDatabase,
  describeEachEngine,
  enroll,
  ENROLLMENT_CODE,
  identityFor,
  newHall,
  push,
  request,
  routingFor,
  startTestHub,
  type TestDatabase,
} from './fixtures';

describeEachEngine('unique case numbers', (engine) => {
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

  const enrollRaw = (body: unknown) =>
    request<{ error?: { code: string; message: string }; token?: string }>(`${hub.url}/v1/enroll`, { json: body });

  it('lets one workstation serve a window: "07" is taken by "7" until an administrator frees it', async () => {
    const hall = newHall('510104');
    const first = await enroll(hub, { ...identityFor('51', hall), window: '7' });
    const second = { enrollmentCode: ENROLLMENT_CODE, workstationId: ulid(), identity: { ...identityFor('51', hall), window: '07' } };
    const refused = await enrollRaw(second);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'WINDOW_IN_USE' });
    expect(refused.body.error?.message).toContain(first.actor.workstationId);
    // The first workstation re-enrolling (a lost token) is not a second one.
    expect(
      (await enrollRaw({ enrollmentCode: ENROLLMENT_CODE, workstationId: first.actor.workstationId, identity: first.identity })).status,
    ).toBe(201);

    expect(await deactivateWorkstation(hub.db, first.actor.workstationId, '更换电脑')).toBe(true);
    expect((await enrollRaw(second)).status).toBe(201);
    const stale = await request(`${hub.url}/v1/changes`, { token: first.token });
    expect(stale.status).toBe(401);
    const back = await enrollRaw({
      enrollmentCode: ENROLLMENT_CODE,
      workstationId: first.actor.workstationId,
      identity: { ...first.identity, window: '8' },
    });
    expect(back.body.error).toMatchObject({ code: 'WORKSTATION_DEACTIVATED' });
  });

  it('refuses a second case with a number the hub already holds, and stores nothing of it', async () => {
    const window = await enroll(hub, identityFor('51', newHall('510104')));
    const routing = routingFor(window.identity, { province: '51', division: '510105' });
    const original = await acceptedEvent(window.actor, routing);
    const copy = await acceptedEvent(window.actor, routing, {
      payload: { ...(original.payload as object), applicant: { name: '另一个人', idNumber: '11010519491231002X', mobile: '13900139000' } },
    } as never);
    expect((await push(hub, window.token, [original])).body.results[0]?.status).toBe('applied');
    const [result] = (await push(hub, window.token, [copy])).body.results;
    expect(result).toMatchObject({ status: 'rejected', code: 'DUPLICATE_CASE_NUMBER' });
    expect(result?.message).toContain((original.payload as { caseNumber: string }).caseNumber);
    expect(await hub.db.query('SELECT 1 FROM case_routes WHERE case_id = $1', [copy.caseId])).toEqual([]);
  });

  it("tells a workstation its window's last sequence of a day", async () => {
    const window = await enroll(hub, identityFor('51', newHall('510104')));
    const routing = routingFor(window.identity, { province: '51', division: '510105' });
    const events = [await acceptedEvent(window.actor, routing), await acceptedEvent(window.actor, routing)];
    await push(hub, window.token, events);
    const numbers = events.map((event) => (event.payload as { caseNumber: string }).caseNumber).sort();
    const prefix = caseNumberPrefix(window.identity.hall.code, window.identity.window, '2024-05-06');
    const answer = await request<{ prefix: string; lastSequence: number }>(`${hub.url}/v1/case-numbers/last?date=2024-05-06`, {
      token: window.token,
    });
    expect(answer.body).toEqual({ prefix, lastSequence: Number(numbers.at(-1)?.slice(prefix.length)) });
    const otherDay = await request<{ lastSequence: number }>(`${hub.url}/v1/case-numbers/last?date=2024-05-07`, { token: window.token });
    expect(otherDay.body.lastSequence).toBe(0);
    expect((await request(`${hub.url}/v1/case-numbers/last?date=5月6日`, { token: window.token })).status).toBe(400);
  });
});

describe('the 005 upgrade of a hub that already has duplicate numbers and windows', () => {
  it('keeps every case and number, marks the later duplicate, and leaves one workstation active per window', async () => {
    const database = await createTestDatabase('pglite', 'empty');
    if (database.config.engine !== 'pglite') throw new Error('expected PGlite');
    const db = await openPgliteDatabase(database.config.dataDir);
    try {
      await migrate(
        db,
        MIGRATIONS.filter((migration) => migration.id < '005'),
      );
      const identity = (window: string) => JSON.stringify({ province: '51', hall: { code: '51010401' }, window, clerk: '甲' });
      await db.query(
        `INSERT INTO workstations (id, province, hall_code, division, token_hash, identity, enrolled_at) VALUES
         ('WS-OLD', '51', '51010401', '510104', 'h1', $1::jsonb, now() - interval '1 day'),
         ('WS-NEW', '51', '51010401', '510104', 'h2', $2::jsonb, now())`,
        [identity('7'), identity('07')],
      );
      const state = (caseId: string) => JSON.stringify({ caseId, caseNumber: '5101040107202405060001', lastHash: 'a'.repeat(64) });
      for (const caseId of ['CASE-A', 'CASE-B']) {
        await db.query(
          `INSERT INTO case_routes (case_id, receiving_province, receiving_hall, handling_province, handling_division, last_hash, state)
           VALUES ($1, '51', '51010401', '51', '510105', $2, $3::jsonb)`,
          [caseId, 'a'.repeat(64), state(caseId)],
        );
      }
      await migrate(db);
      expect(
        await db.query("SELECT case_id, case_number, case_number_duplicate, state->'heads' AS heads FROM case_routes ORDER BY case_id"),
      ).toEqual([
        { case_id: 'CASE-A', case_number: '5101040107202405060001', case_number_duplicate: false, heads: ['a'.repeat(64)] },
        { case_id: 'CASE-B', case_number: '5101040107202405060001', case_number_duplicate: true, heads: ['a'.repeat(64)] },
      ]);
      expect(await db.query('SELECT id, window_no, active FROM workstations ORDER BY id')).toEqual([
        { id: 'WS-NEW', window_no: 7, active: true },
        { id: 'WS-OLD', window_no: 7, active: false },
      ]);
    } finally {
      await db.close();
      await database.drop();
    }
  });
});
