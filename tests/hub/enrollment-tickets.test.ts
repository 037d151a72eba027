/**
 * Enrollment by people: one-time tickets bound to a hall and window, hijack attempts with and
 * without a key, token expiry, renewal with the pinned key, revocation and key reset by a
 * hall administrator (on record), and the lockout and rate limits on credential checks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkstationKey } from '../../electron/handlers/workstation-key';
import { issuedTicketSchema, workstationActionsSchema } from '../../shared/sync/enrollment-ticket-protocol';
import { enrollResponseSchema, hubErrorSchema } from '../../shared/sync/protocol';
import type { HubHandle } from '../../hub/start-hub';
import { issueTicket } from '../../hub/store/enrollment-tickets';
import { windowNumber } from '../../hub/store/workstations';
import {
  createTestDatabase,
  describeEachEngine,
  enrollmentWithKey,
  identityFor,
  newHall,
  request,
  startTestHub,
  type EnrolledWorkstation,
  type TestDatabase,
} from './fixtures';
import { bootstrapAdmin, createAccount, signIn, staffCall } from './staff-fixtures';

const CHINESE = /[\u4e00-\u9fff]/;

function expectRefusal(result: { status: number; body: unknown }, status: number, code: string): void {
  expect(result.status, JSON.stringify(result.body)).toBe(status);
  const { error } = hubErrorSchema.parse(result.body);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(CHINESE);
}

describeEachEngine('enrollment tickets, token lifetime and credential lockout', (engine) => {
  let database: TestDatabase;
  /** A production-like hub: no shared enrollment code, tickets only. */
  let hub: HubHandle;
  const profiles: string[] = [];
  const newKey = () => {
    const profile = mkdtempSync(join(tmpdir(), 'ticket-key-'));
    profiles.push(profile);
    return loadWorkstationKey(profile);
  };

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    hub = await startTestHub('51', database.config, { enrollmentCode: undefined });
  });
  afterAll(async () => {
    await hub?.close();
    await database?.drop();
    profiles.forEach((profile) => rmSync(profile, { recursive: true, force: true }));
  });

  const enrollRaw = (body: unknown, on = hub) => request(`${on.url}/v1/enroll`, { json: body });

  /** A workstation enrolled with its key and a ticket the CLI would issue. */
  async function enrolledWithTicket(identity = identityFor('51', newHall('510104'))) {
    const workstationId = ulid();
    const key = newKey();
    const { ticket } = await issueTicket(
      hub.db,
      { province: '51', hallCode: identity.hall.code, window: windowNumber(identity.window) },
      '测试',
    );
    const { enrollmentCode: _code, ...proven } = enrollmentWithKey(key, workstationId, identity);
    const result = await enrollRaw({ ...proven, ticket });
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    const { token } = enrollResponseSchema.parse(result.body);
    const workstation: EnrolledWorkstation = {
      token,
      identity,
      actor: { clerk: identity.clerk, workstationId, province: '51', hallCode: identity.hall.code, window: identity.window },
    };
    return { workstation, workstationId, key, identity, token };
  }

  /** A hall with its administrator signed in at window 1. */
  async function hallWithAdmin() {
    const first = await enrolledWithTicket();
    const admin = await bootstrapAdmin(hub, first.workstation);
    return { ...first, session: admin.session };
  }

  const renewBody = (
    key: ReturnType<typeof newKey>,
    workstationId: string,
    identity: ReturnType<typeof identityFor>,
    at = new Date().toISOString(),
  ) => {
    const { enrollmentCode: _code, ...proven } = enrollmentWithKey(key, workstationId, identity, at);
    return proven;
  };

  describe('tickets', () => {
    it('a hall administrator issues a ticket for a window; it enrolls once and is refused the second time', async () => {
      const { workstation, session, identity } = await hallWithAdmin();
      const issued = await staffCall(hub, '/v1/staff/enrollment-tickets', workstation, { session, json: { window: '2' } });
      expect(issued.status, JSON.stringify(issued.body)).toBe(201);
      const { ticket, window, hallCode } = issuedTicketSchema.parse(issued.body);
      expect({ window, hallCode }).toEqual({ window: 2, hallCode: identity.hall.code });
      // Only the hash is kept.
      expect(JSON.stringify(await hub.db.query('SELECT * FROM enrollment_tickets'))).not.toContain(ticket);

      const second = { ...identity, window: '2' };
      expectRefusal(await enrollRaw({ ticket, workstationId: ulid(), identity: { ...identity, window: '5' } }), 403, 'TICKET_OTHER_WINDOW');
      const typed = `${ticket.slice(0, 4).toLowerCase()}-${ticket.slice(4, 8)} ${ticket.slice(8)}`;
      expect((await enrollRaw({ ticket: typed, workstationId: ulid(), identity: second })).status).toBe(201);
      expectRefusal(await enrollRaw({ ticket, workstationId: ulid(), identity: second }), 403, 'TICKET_USED');
    });

    it('refuses an expired ticket, an unknown one, one for another hall, and the shared code on a hub without it', async () => {
      const identity = identityFor('51', newHall('510104'));
      const scope = { province: '51' as const, hallCode: identity.hall.code, window: windowNumber(identity.window) };
      const { ticket } = await issueTicket(hub.db, scope, '测试');
      await hub.db.query(`UPDATE enrollment_tickets SET expires_at = now() - interval '1 minute'`);
      expectRefusal(await enrollRaw({ ticket, workstationId: ulid(), identity }), 403, 'TICKET_EXPIRED');
      expectRefusal(await enrollRaw({ ticket: 'ABCD-EFGH-JKMN-PQRS', workstationId: ulid(), identity }), 403, 'TICKET_UNKNOWN');
      const other = await issueTicket(hub.db, scope, '测试');
      expectRefusal(
        await enrollRaw({ ticket: other.ticket, workstationId: ulid(), identity: identityFor('51', newHall('510104')) }),
        403,
        'TICKET_OTHER_WINDOW',
      );
      expectRefusal(await enrollRaw({ enrollmentCode: 'enroll-test-2024', workstationId: ulid(), identity }), 403, 'TICKET_REQUIRED');
      expectRefusal(await enrollRaw({ workstationId: ulid(), identity }), 400, 'BAD_REQUEST');
      const [{ count } = { count: '' }] = await hub.db.query<{ count: string }>(
        'SELECT count(*)::text AS count FROM workstations WHERE hall_code = $1',
        [identity.hall.code],
      );
      expect(count).toBe('0');
    });

    it('a failed enrollment gives its ticket back (the window was taken)', async () => {
      const { identity } = await enrolledWithTicket();
      const scope = { province: '51' as const, hallCode: identity.hall.code, window: windowNumber(identity.window) };
      const { ticket } = await issueTicket(hub.db, scope, '测试');
      expectRefusal(await enrollRaw({ ticket, workstationId: ulid(), identity }), 409, 'WINDOW_IN_USE');
      const [row] = await hub.db.query<{ used: boolean }>(
        'SELECT used_at IS NOT NULL AS used FROM enrollment_tickets WHERE used_by IS NULL ORDER BY issued_at DESC LIMIT 1',
      );
      expect(row?.used).toBe(false);
    });

    it('only a 系统管理员 issues tickets', async () => {
      const { workstation, session } = await hallWithAdmin();
      await createAccount(hub, workstation, session, 'clerk01', '李窗口', ['clerk']);
      const clerk = await signIn(hub, workstation, 'clerk01');
      expectRefusal(
        await staffCall(hub, '/v1/staff/enrollment-tickets', workstation, { session: clerk.session, json: { window: '4' } }),
        403,
        'FORBIDDEN',
      );
      expectRefusal(await staffCall(hub, '/v1/staff/enrollment-tickets', workstation, { json: { window: '4' } }), 401, 'NOT_SIGNED_IN');
    });
  });

  describe('hijacking an enrolled workstation id', () => {
    it('with a ticket of another hall and no key: refused, the victim keeps its token, hall and key', async () => {
      const victim = await enrolledWithTicket();
      const attacker = identityFor('51', newHall('510105'));
      const { ticket } = await issueTicket(
        hub.db,
        { province: '51', hallCode: attacker.hall.code, window: windowNumber(attacker.window) },
        '测试',
      );
      expectRefusal(await enrollRaw({ ticket, workstationId: victim.workstationId, identity: attacker }), 403, 'KEY_REQUIRED');
      expect((await request(`${hub.url}/v1/changes`, { token: victim.token })).status).toBe(200);
      const [row] = await hub.db.query<{ hall_code: string }>('SELECT hall_code FROM workstations WHERE id = $1', [victim.workstationId]);
      expect(row?.hall_code).toBe(victim.identity.hall.code);
    });

    it('with a ticket and a key of its own: refused as KEY_MISMATCH, and the ticket is not spent', async () => {
      const victim = await enrolledWithTicket();
      const attacker = identityFor('51', newHall('510105'));
      const { ticket } = await issueTicket(
        hub.db,
        { province: '51', hallCode: attacker.hall.code, window: windowNumber(attacker.window) },
        '测试',
      );
      const { enrollmentCode: _code, ...proven } = enrollmentWithKey(newKey(), victim.workstationId, attacker);
      expectRefusal(await enrollRaw({ ...proven, ticket }), 409, 'KEY_MISMATCH');
      expect((await request(`${hub.url}/v1/changes`, { token: victim.token })).status).toBe(200);
      expect((await enrollRaw({ ticket, workstationId: ulid(), identity: attacker })).status).toBe(201);
    });
  });

  describe('token lifetime', () => {
    it('an expired token gets 401 TOKEN_EXPIRED; a fresh proof with the pinned key renews it without a ticket', async () => {
      const { workstationId, key, identity, token } = await enrolledWithTicket();
      await hub.db.query(`UPDATE workstations SET token_expires_at = now() - interval '1 second' WHERE id = $1`, [workstationId]);
      expectRefusal(await request(`${hub.url}/v1/changes`, { token }), 401, 'TOKEN_EXPIRED');

      const later = new Date(Date.now() + 1_000).toISOString();
      const renewed = await request<{ token: string; expiresAt: string }>(`${hub.url}/v1/enroll:renew`, {
        json: renewBody(key, workstationId, identity, later),
      });
      expect(renewed.status, JSON.stringify(renewed.body)).toBe(200);
      expect(Date.parse(renewed.body.expiresAt)).toBeGreaterThan(Date.now() + 29 * 24 * 3600_000);
      expect((await request(`${hub.url}/v1/changes`, { token: renewed.body.token })).status).toBe(200);
      // The same proof again is a replay; another key proves nothing.
      expectRefusal(
        await request(`${hub.url}/v1/enroll:renew`, { json: renewBody(key, workstationId, identity, later) }),
        409,
        'STALE_PROOF',
      );
      expectRefusal(
        await request(`${hub.url}/v1/enroll:renew`, { json: renewBody(newKey(), workstationId, identity) }),
        403,
        'KEY_MISMATCH',
      );
      expectRefusal(
        await request(`${hub.url}/v1/enroll:renew`, {
          json: renewBody(key, workstationId, { ...identity, window: '9' }, new Date(Date.now() + 2_000).toISOString()),
        }),
        403,
        'TICKET_REQUIRED',
      );
    });

    it('an administrator revokes a token: 401 TOKEN_REVOKED, no renewal, back only with a new ticket; on record', async () => {
      const { workstation, session } = await hallWithAdmin();
      const window2 = await enrolledWithTicket({ ...workstation.identity, window: '2' });
      const revoke = await staffCall(hub, `/v1/staff/workstations/${window2.workstationId}/revoke`, workstation, {
        session,
        json: { reason: '电脑借出' },
      });
      expect(revoke.status, JSON.stringify(revoke.body)).toBe(204);
      expectRefusal(await request(`${hub.url}/v1/changes`, { token: window2.token }), 401, 'TOKEN_REVOKED');
      expectRefusal(
        await request(`${hub.url}/v1/enroll:renew`, {
          json: renewBody(window2.key, window2.workstationId, window2.identity, new Date(Date.now() + 1_000).toISOString()),
        }),
        401,
        'TOKEN_REVOKED',
      );

      const { ticket } = await issueTicket(hub.db, { province: '51', hallCode: window2.identity.hall.code, window: 2 }, '测试');
      const { enrollmentCode: _code, ...proven } = enrollmentWithKey(
        window2.key,
        window2.workstationId,
        window2.identity,
        new Date(Date.now() + 2_000).toISOString(),
      );
      const back = await enrollRaw({ ...proven, ticket });
      expect(back.status).toBe(201);
      expect((await request(`${hub.url}/v1/changes`, { token: enrollResponseSchema.parse(back.body).token })).status).toBe(200);

      const actions = workstationActionsSchema.parse(
        (await staffCall(hub, '/v1/staff/workstation-actions', workstation, { session })).body,
      ).actions;
      expect(actions.find((action) => action.workstationId === window2.workstationId)).toMatchObject({
        action: 'revoke-token',
        actor: '周管理（admin01）',
        reason: '电脑借出',
      });
    });

    it('a lost key is replaced only after an administrator resets it (on record, old key kept); another hall cannot', async () => {
      const { workstation, session } = await hallWithAdmin();
      const lost = await enrolledWithTicket({ ...workstation.identity, window: '7' });
      const otherHall = await hallWithAdmin();
      expectRefusal(
        await staffCall(hub, `/v1/staff/workstations/${lost.workstationId}/reset-key`, otherHall.workstation, {
          session: otherHall.session,
          json: { reason: '试试' },
        }),
        404,
        'NO_SUCH_WORKSTATION',
      );

      const newKeyPair = newKey();
      const ticketFor = async () =>
        (await issueTicket(hub.db, { province: '51', hallCode: lost.identity.hall.code, window: 7 }, '测试')).ticket;
      const withNewKey = () => {
        const { enrollmentCode: _code, ...proven } = enrollmentWithKey(
          newKeyPair,
          lost.workstationId,
          lost.identity,
          new Date(Date.now() + 1_000).toISOString(),
        );
        return proven;
      };
      expectRefusal(await enrollRaw({ ...withNewKey(), ticket: await ticketFor() }), 409, 'KEY_MISMATCH');

      const reset = await staffCall(hub, `/v1/staff/workstations/${lost.workstationId}/reset-key`, workstation, {
        session,
        json: { reason: '硬盘损坏，密钥丢失' },
      });
      expect(reset.status).toBe(204);
      expectRefusal(await request(`${hub.url}/v1/changes`, { token: lost.token }), 401, 'TOKEN_REVOKED');
      expect((await enrollRaw({ ...withNewKey(), ticket: await ticketFor() })).status).toBe(201);
      const [row] = await hub.db.query<{ public_key: string; detail: { retiredPublicKey: string } }>(
        `SELECT w.public_key, a.detail FROM workstations w JOIN workstation_actions a ON a.workstation_id = w.id AND a.action = 'reset-key' WHERE w.id = $1`,
        [lost.workstationId],
      );
      expect(row?.public_key).toBe(newKeyPair.publicKey);
      expect(row?.detail.retiredPublicKey).toBe(lost.key.publicKey);
    });
  });

  describe('lockout and rate limits', () => {
    let guardedDatabase: TestDatabase;
    let guarded: HubHandle;
    beforeAll(async () => {
      guardedDatabase = await createTestDatabase(engine);
      guarded = await startTestHub('51', guardedDatabase.config, {
        enrollmentCode: undefined,
        lockout: { maxFailures: 3, windowMinutes: 15, lockMinutes: 15 },
        rateLimits: { enroll: 6 },
      });
    });
    afterAll(async () => {
      await guarded?.close();
      await guardedDatabase?.drop();
    });

    it('locks a client out at the 3rd wrong ticket, then refuses even a good one; the lock lives in the database', async () => {
      const identity = identityFor('51', newHall('510104'));
      for (let attempt = 0; attempt < 2; attempt += 1) {
        expectRefusal(await enrollRaw({ ticket: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', workstationId: ulid(), identity }, guarded), 403, 'TICKET_UNKNOWN');
      }
      expectRefusal(await enrollRaw({ ticket: 'ZZZZ-ZZZZ-ZZZZ-ZZZ2', workstationId: ulid(), identity }, guarded), 429, 'LOCKED_OUT');
      const { ticket } = await issueTicket(
        guarded.db,
        { province: '51', hallCode: identity.hall.code, window: windowNumber(identity.window) },
        '测试',
      );
      expectRefusal(await enrollRaw({ ticket, workstationId: ulid(), identity }, guarded), 429, 'LOCKED_OUT');
      const locks = await guarded.db.query<{ subject: string }>(`SELECT subject FROM credential_lockouts WHERE locked_until > now()`);
      expect(locks.map((lock) => lock.subject)).toEqual([expect.stringMatching(/^enroll:/)]);
      // What every instance on this database reads: lifted there, the good ticket goes through.
      await guarded.db.query('DELETE FROM credential_lockouts');
      expect((await enrollRaw({ ticket, workstationId: ulid(), identity }, guarded)).status).toBe(201);
    });

    it('answers 429 RATE_LIMITED beyond the configured requests a minute', async () => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 8; attempt += 1)
        statuses.push((await enrollRaw({ workstationId: ulid(), identity: identityFor('51', newHall('510104')) }, guarded)).status);
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
      expect(statuses.every((status) => status === 400 || status === 429)).toBe(true);
      expectRefusal(
        await enrollRaw({ workstationId: ulid(), identity: identityFor('51', newHall('510104')) }, guarded),
        429,
        'RATE_LIMITED',
      );
    });
  });
});
