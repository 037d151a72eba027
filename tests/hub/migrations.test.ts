/**
 * Hub schema upgrades: a database at the previous migration, holding rows, is brought up to
 * date by the hub's own migrate() and keeps their meaning.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '../../hub/db/database';
import { migrate } from '../../hub/db/migrate';
import { MIGRATIONS } from '../../hub/db/migrations';
import { openPgliteDatabase } from '../../hub/db/pglite-database';
import { openPostgresDatabase } from '../../hub/db/postgres-database';
import { numberWaitingFeed, queueForFeed } from '../../hub/store/feed';
import { listRetiredKeys } from '../../hub/store/retired-keys';
import { renewToken } from '../../hub/store/workstation-admin';
import {
  checkToken,
  enrollWorkstation,
  hashToken,
  KeyMismatchError,
  KeyRequiredError,
  StaleProofError,
} from '../../hub/store/workstations';
import type { Routing } from '../../shared/domain/case/case-events';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './fixtures';

const upTo = (id: string) => MIGRATIONS.slice(0, MIGRATIONS.findIndex((migration) => migration.id === id) + 1);

describeEachEngine('hub migrations', (engine) => {
  let database: TestDatabase;
  let db: Database;

  beforeEach(async () => {
    database = await createTestDatabase(engine, 'empty');
    const { config } = database;
    db = config.engine === 'pglite' ? await openPgliteDatabase(config.dataDir) : await openPostgresDatabase(config.connectionString);
  });
  afterEach(async () => {
    await db?.close();
    await database?.drop();
  });

  async function insertEvent(caseId: string, eventId: string): Promise<void> {
    await db.query(
      `INSERT INTO case_routes (case_id, receiving_province, receiving_hall, handling_province, handling_division, last_hash, state)
       VALUES ($1, '51', '51010401', '50', '500103', '', jsonb_build_object('caseNumber', $1::text)) ON CONFLICT DO NOTHING`,
      [caseId],
    );
    await db.query(`INSERT INTO events (id, case_id, type, body, hash, origin) VALUES ($1, $2, 'accepted', '{}'::jsonb, '', 'local')`, [
      eventId,
      caseId,
    ]);
  }

  it('004 turns refused forward items into 异常, holds the events behind them, and leaves the rest due', async () => {
    await migrate(db, upTo('003_document_number_counters'));
    await insertEvent('CASE-REFUSED', 'EV-REFUSED-1');
    await insertEvent('CASE-REFUSED', 'EV-REFUSED-2');
    await insertEvent('CASE-WAITING', 'EV-WAITING-1');
    await db.query(
      `INSERT INTO forward_queue (seq, event_id, case_id, attempts, next_attempt_at, last_error, rejected_at) VALUES
         (1, 'EV-REFUSED-1', 'CASE-REFUSED', 1, now(), 'ALREADY_ACCEPTED: 该办件已受理', '2026-01-02T03:04:05Z'),
         (2, 'EV-REFUSED-2', 'CASE-REFUSED', 0, now(), NULL, NULL),
         (3, 'EV-WAITING-1', 'CASE-WAITING', 4, now() + interval '30 seconds', '无法连接对端交换中心', NULL)`,
    );

    expect(await migrate(db)).toEqual(MIGRATIONS.slice(3).map((migration) => migration.id));

    const rows = await db.query(
      `SELECT seq::text AS seq, state, exception_kind, to_char(exception_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') AS exception_at,
              attempts, last_error
       FROM forward_queue ORDER BY seq`,
    );
    expect(rows).toEqual([
      {
        seq: '1',
        state: 'exception',
        exception_kind: 'rejected',
        exception_at: '2026-01-02T03:04:05',
        attempts: 1,
        last_error: 'ALREADY_ACCEPTED: 该办件已受理',
      },
      { seq: '2', state: 'held', exception_kind: null, exception_at: null, attempts: 0, last_error: null },
      { seq: '3', state: 'ready', exception_kind: null, exception_at: null, attempts: 4, last_error: '无法连接对端交换中心' },
    ]);
    const columns = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'forward_queue' AND column_name = 'rejected_at'`,
    );
    expect(columns).toEqual([]);
    expect(await db.query('SELECT count(*)::int AS n FROM forward_exception_actions')).toEqual([{ n: 0 }]);
  });

  it('012 keeps the keys on file: the next proof from that key re-enrolls and pins its moment, a keyless request is refused', async () => {
    await migrate(db, upTo('008_hub_leases'));
    const identity = {
      province: '51',
      hall: { division: '510104', code: '51010401', name: '锦江区政务服务中心', phone: '028-12345' },
      window: '3',
      clerk: '李明',
    } as const;
    await db.query(
      `INSERT INTO workstations (id, province, hall_code, division, window_no, token_hash, identity, public_key)
       VALUES ('WS-OLD', '51', '51010401', '510104', 3, 'old-token-hash', $1::jsonb, 'KEY-ON-FILE')`,
      [JSON.stringify(identity)],
    );
    await migrate(db);

    const provenAt = new Date().toISOString();
    await expect(enrollWorkstation(db, 'WS-OLD', identity, null)).rejects.toBeInstanceOf(KeyRequiredError);
    await expect(enrollWorkstation(db, 'WS-OLD', identity, { publicKey: 'ANOTHER-KEY', provenAt })).rejects.toBeInstanceOf(
      KeyMismatchError,
    );
    expect((await enrollWorkstation(db, 'WS-OLD', identity, { publicKey: 'KEY-ON-FILE', provenAt })).token).toMatch(/^[\w-]{40,}$/);
    await expect(enrollWorkstation(db, 'WS-OLD', identity, { publicKey: 'KEY-ON-FILE', provenAt })).rejects.toBeInstanceOf(StaleProofError);
    expect(await db.query('SELECT public_key, key_proof_at IS NOT NULL AS proven FROM workstations')).toEqual([
      { public_key: 'KEY-ON-FILE', proven: true },
    ]);
  });

  it('019 publishes keys reset earlier as retired, and gives tokens from before 015 an expiry that the pinned key renews', async () => {
    await migrate(db, upTo('018_feed_epoch'));
    const identity = {
      province: '51',
      hall: { division: '510104', code: '51010401', name: '锦江区政务服务中心', phone: '028-12345' },
      window: '3',
      clerk: '李明',
    } as const;
    const workstation = (id: string, window: number, tokenHash: string, publicKey: string | null, expires: string | null) =>
      db.query(
        `INSERT INTO workstations (id, province, hall_code, division, window_no, token_hash, identity, public_key, token_expires_at)
         VALUES ($1, '51', '51010401', '510104', $2, $3, $4::jsonb, $5, $6::timestamptz)`,
        [id, window, tokenHash, JSON.stringify({ ...identity, window: String(window) }), publicKey, expires],
      );
    // Pinned before proofs existed (no key_proof_at) and enrolled before tokens expired.
    await workstation('WS-LEGACY', 3, hashToken('legacy-token'), 'KEY-ON-FILE', null);
    await workstation('WS-RECENT', 4, hashToken('recent-token'), 'KEY-4', '2030-01-01T00:00:00Z');
    await workstation('WS-RESET', 5, hashToken('reset-token'), null, '2030-01-01T00:00:00Z');
    await db.query(
      `INSERT INTO workstation_actions (workstation_id, hall_code, action, actor, reason, detail, at) VALUES
         ('WS-RESET', '51010401', 'reset-key', '周管理（admin01）', '硬盘损坏', '{"retiredPublicKey":"KEY-LOST"}'::jsonb, '2026-03-10T02:00:00Z'),
         ('WS-RESET', '51010401', 'revoke-token', '周管理（admin01）', '电脑借出', NULL, '2026-03-11T02:00:00Z')`,
    );
    await migrate(db);

    expect(await listRetiredKeys(db)).toEqual([
      { workstationId: 'WS-RESET', province: '51', hallCode: '51010401', publicKey: 'KEY-LOST', retiredAt: '2026-03-10T02:00:00.000Z' },
    ]);
    const expiries = await db.query<{ id: string; days: number }>(
      `SELECT id, round(extract(epoch FROM token_expires_at - now()) / 86400)::int AS days FROM workstations WHERE id <> 'WS-RECENT' ORDER BY id`,
    );
    expect(expiries).toEqual([
      { id: 'WS-LEGACY', days: 30 },
      { id: 'WS-RESET', days: Math.round((Date.parse('2030-01-01') - Date.now()) / 86_400_000) },
    ]);
    expect(await checkToken(db, 'legacy-token')).toMatchObject({ kind: 'ok' });

    // Once that expiry passes, the legacy workstation renews with its pinned key, no ticket needed.
    await db.query(`UPDATE workstations SET token_expires_at = now() - interval '1 second' WHERE id = 'WS-LEGACY'`);
    expect(await checkToken(db, 'legacy-token')).toEqual({ kind: 'expired' });
    const renewed = await renewToken(db, 'WS-LEGACY', identity, { publicKey: 'KEY-ON-FILE', provenAt: new Date().toISOString() }, 720);
    if (renewed.kind !== 'renewed') throw new Error(`renewal refused: ${renewed.kind}`);
    expect(await checkToken(db, renewed.token)).toMatchObject({ kind: 'ok', workstation: { id: 'WS-LEGACY' } });
  });

  it('014 backfills the day summary from the facts already projected', async () => {
    await migrate(db, upTo('013_document_number_quotas'));
    const fact = (caseId: string, window: number, decidedOn: string | null, onTime: boolean | null, rating: string | null) =>
      db.query(
        `INSERT INTO hall_case_facts (case_id, case_number, receiving_province, receiving_hall, handling_province, handling_division, matter_code,
           matter_name, mode, status, applicant_name, receiving_window, receiving_person, opened_at, opened_on, accepted_on, decided_on, on_time,
           working_days_to_decision, notified, refused, withdrawn, rating_level, rating_bad, follow_up_done, open_supervisions)
         VALUES ($1, $1, '51', '51010401', '50', '500103', 'M1', '社保卡补领', '异地代收代办', 'accepted', '张三', $2, '李明',
           '2026-03-02T02:00:00Z', '2026-03-02', '2026-03-02', $3::date, $4::boolean, CASE WHEN $3::date IS NULL THEN NULL ELSE 4 END,
           false, false, false, $5::text, false, false, '[]'::jsonb)`,
        [caseId, window, decidedOn, onTime, rating],
      );
    await fact('A', 3, '2026-03-06', true, '满意');
    await fact('B', 3, '2026-03-20', false, null);
    await fact('C', 4, null, null, null);
    await migrate(db);

    const summary = (where: string) =>
      db.query(`SELECT receiving_window, value, opened, accepted, decided, decided_on_time, decided_late, working_days_sum::int AS days, working_days_count
                FROM hall_day_summary WHERE ${where} ORDER BY receiving_window, value`);
    expect(await summary(`dimension = 'total'`)).toEqual([
      {
        receiving_window: 0,
        value: '',
        opened: 3,
        accepted: 3,
        decided: 2,
        decided_on_time: 1,
        decided_late: 1,
        days: 8,
        working_days_count: 2,
      },
      {
        receiving_window: 3,
        value: '',
        opened: 2,
        accepted: 2,
        decided: 2,
        decided_on_time: 1,
        decided_late: 1,
        days: 8,
        working_days_count: 2,
      },
      {
        receiving_window: 4,
        value: '',
        opened: 1,
        accepted: 1,
        decided: 0,
        decided_on_time: 0,
        decided_late: 0,
        days: 0,
        working_days_count: 0,
      },
    ]);
    expect(await summary(`dimension = 'rating' AND receiving_window = 0`)).toEqual([
      {
        receiving_window: 0,
        value: '满意',
        opened: 1,
        accepted: 1,
        decided: 1,
        decided_on_time: 1,
        decided_late: 0,
        days: 4,
        working_days_count: 1,
      },
    ]);
  });

  it('020 numbers new batches above the feed the hub already has, through the waiting rows', async () => {
    await migrate(db, upTo('018_feed_epoch'));
    const insertCaseEvent = async (caseId: string, eventId: string) => {
      await db.query(
        `INSERT INTO case_routes (case_id, case_number, receiving_province, receiving_hall, handling_province, handling_division, last_hash, state)
         VALUES ($1, $1, '51', '51010401', '50', '500103', '', '{}'::jsonb)`,
        [caseId],
      );
      await db.query(`INSERT INTO events (id, case_id, type, body, hash, origin) VALUES ($1, $2, 'accepted', '{}'::jsonb, '', 'local')`, [
        eventId,
        caseId,
      ]);
    };
    for (const seq of [1, 2, 3]) {
      await insertCaseEvent(`CASE-${seq}`, `EV-${seq}`);
      await db.query(
        `INSERT INTO feed (seq, event_id, case_id, receiving_hall, handling_province, handling_division) VALUES ($1, $2, $3, '51010401', '50', '500103')`,
        [seq, `EV-${seq}`, `CASE-${seq}`],
      );
    }
    await migrate(db);

    await insertCaseEvent('CASE-NEW', 'EV-NEW');
    const routing = {
      receiving: { province: '51', division: '510104', hallCode: '51010401', name: '锦江区政务服务中心' },
      handling: { province: '50', division: '500103', name: '重庆市渝中区' },
    } satisfies Routing;
    await db.transaction((tx) => queueForFeed(tx, [{ event: { id: 'EV-NEW', caseId: 'CASE-NEW' }, routing, forward: true }], null));
    expect(await numberWaitingFeed(db, { notify: false })).toEqual(
      new Map([
        ['h:51010401', 4n],
        ['p:50:500103', 4n],
      ]),
    );
    expect(await db.query('SELECT seq::text AS seq, event_id FROM feed ORDER BY seq')).toEqual(
      ['EV-1', 'EV-2', 'EV-3', 'EV-NEW'].map((eventId, index) => ({ seq: String(index + 1), event_id: eventId })),
    );
    expect(await db.query('SELECT seq::text AS seq FROM forward_queue')).toEqual([{ seq: '4' }]);
    expect(await db.query('SELECT * FROM feed_pending')).toEqual([]);
  });

  it('021 keeps every stored event body, now as the JSON text it reads back as', async () => {
    await migrate(db, upTo('020_feed_pending'));
    const body = { id: 'EV-1', caseId: 'CASE-1', type: 'accepted', payload: { 申请人: '张三', n: 1, list: [true, null] } };
    await db.query(
      `INSERT INTO case_routes (case_id, case_number, receiving_province, receiving_hall, handling_province, handling_division, last_hash, state)
       VALUES ('CASE-1', 'CASE-1', '51', '51010401', '50', '500103', '', '{}'::jsonb)`,
    );
    await db.query(
      `INSERT INTO events (id, case_id, type, body, hash, origin) VALUES ('EV-1', 'CASE-1', 'accepted', $1::jsonb, '', 'local')`,
      [JSON.stringify(body)],
    );
    await migrate(db);

    expect(
      await db.query(
        "SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = 'events'::regclass AND attname = 'body'",
      ),
    ).toEqual([{ type: 'json' }]);
    expect(await db.query('SELECT body FROM events')).toEqual([{ body }]);
  });

  it('022 leaves feed and forward rows referring to events unchecked, and each event still once in each', async () => {
    await migrate(db);
    const references = await db.query<{ conname: string }>(
      "SELECT conname FROM pg_constraint WHERE contype = 'f' AND conrelid IN ('feed'::regclass, 'forward_queue'::regclass)",
    );
    expect(references).toEqual([]);
    const unique = await db.query<{ conname: string }>(
      "SELECT conname FROM pg_constraint WHERE contype = 'u' AND conrelid IN ('feed'::regclass, 'forward_queue'::regclass) ORDER BY conname",
    );
    expect(unique.map((row) => row.conname)).toEqual(['feed_event_id_key', 'forward_queue_event_id_key']);
  });
});
