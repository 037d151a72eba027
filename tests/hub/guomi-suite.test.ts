/**
 * A province deployed with the 国密 suite (sm2-sm3): the hub announces it, takes a case log
 * whose SHA-256 events are followed by SM3 events (a change-over mid-case), verifies
 * SM2-sealed receipts and SM2 enrollment proofs, still verifies what ECDSA workstations
 * sealed before, and refuses anything tampered with. On PGlite and PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadWorkstationKey, type WorkstationKey } from '../../electron/handlers/workstation-key';
import type { HubHandle } from '../../hub/start-hub';
import { hashAlgorithmOf } from '../../shared/cryptography/event-hash-format';
import type { CaseEvent, UnsealedEvent } from '../../shared/domain/case/case-events';
import { sealEvent } from '../../shared/domain/case/event-seal';
import { formatSealedQr, receiptSealMessage } from '../../shared/domain/seal/receipt-seal';
import type { SealAlgorithm } from '../../shared/cryptography/crypto-suite';
import { verifyCaseLog } from '../../shared/domain/case/verify-chain';
import {
  acceptedEvent,
  createTestDatabase,
  decidedEvent,
  describeEachEngine,
  enroll,
  enrollmentWithKey,
  identityFor,
  newDivision,
  newHall,
  push,
  receivedEvent,
  request,
  routingFor,
  startTestHub,
  type TestDatabase,
} from './fixtures';

function withoutHash(event: CaseEvent): UnsealedEvent {
  const { hash: _hash, ...rest } = event;
  return rest as UnsealedEvent;
}

const resealedWithSm3 = async (event: CaseEvent) => sealEvent(withoutHash(event), 'sm3');

describeEachEngine('a 国密 (sm2-sm3) deployment', (engine) => {
  let database: TestDatabase;
  let hub: HubHandle;
  const profiles: string[] = [];

  const keyOf = (algorithm: SealAlgorithm): WorkstationKey => {
    const profile = mkdtempSync(join(tmpdir(), 'guomi-key-'));
    profiles.push(profile);
    return loadWorkstationKey(profile, algorithm);
  };

  /** Enrolls a Sichuan window with `key`, pushes one accepted case, returns its receipt fields. */
  async function sealedCase(key: WorkstationKey, hashAlgorithm: 'sha256' | 'sm3') {
    const identity = identityFor('51', newHall('510104'));
    const workstationId = ulid();
    const enrolled = await request<{ token: string; cryptoSuite?: string }>(`${hub.url}/v1/enroll`, {
      json: enrollmentWithKey(key, workstationId, identity),
    });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body.cryptoSuite).toBe('sm2-sm3');
    const actor = { clerk: identity.clerk, workstationId, province: '51' as const, hallCode: identity.hall.code, window: identity.window };
    const opened = await acceptedEvent(actor, routingFor(identity, { province: '51', division: '510104' }));
    const accepted = hashAlgorithm === 'sm3' ? await resealedWithSm3(opened) : opened;
    expect((await push(hub, enrolled.body.token, [accepted])).body.results).toEqual([{ id: accepted.id, status: 'applied' }]);
    const payload = accepted.type === 'accepted' ? accepted.payload : undefined;
    return { caseNumber: payload?.caseNumber ?? '', queryPassword: payload?.queryPassword ?? '', workstationId };
  }

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    hub = await startTestHub('51', database.config, { cryptoSuite: 'sm2-sm3' });
  });

  afterAll(async () => {
    await hub.close();
    await database.drop();
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  });

  it('announces its suite to workstations on health, keys and every push', async () => {
    expect((await request(`${hub.url}/v1/health`)).body).toEqual({ ok: true, province: '51', cryptoSuite: 'sm2-sm3' });
    expect((await request(`${hub.url}/v1/keys`)).body).toMatchObject({ province: '51', cryptoSuite: 'sm2-sm3' });
    const window = await enroll(hub, identityFor('51', newHall('510104')));
    const opened = await resealedWithSm3(
      await acceptedEvent(window.actor, routingFor(window.identity, { province: '51', division: '510104' })),
    );
    expect((await push(hub, window.token, [opened])).body).toMatchObject({
      cryptoSuite: 'sm2-sm3',
      results: [{ id: opened.id, status: 'applied' }],
    });
  });

  it('takes a log whose SHA-256 events are followed by SM3 events, and refuses an SM3 event altered after sealing', async () => {
    const receiver = await enroll(hub, identityFor('51', newHall('510104')));
    const handlingDivision = newDivision('51');
    const handler = await enroll(hub, identityFor('51', newHall(handlingDivision)));
    const opening = await acceptedEvent(receiver.actor, routingFor(receiver.identity, { province: '51', division: handlingDivision }));
    const received = await resealedWithSm3(await receivedEvent(opening, handler.actor));
    const decided = await resealedWithSm3(await decidedEvent(received, handler.actor));
    expect([opening, received, decided].map((event) => hashAlgorithmOf(event.hash))).toEqual(['sha256', 'sm3', 'sm3']);
    const altered = decided.type === 'decided' ? { ...decided, payload: { ...decided.payload, outcome: 'denied' as const } } : decided;

    expect((await push(hub, receiver.token, [opening])).body.results).toEqual([{ id: opening.id, status: 'applied' }]);
    expect((await push(hub, handler.token, [received, altered])).body.results).toEqual([
      { id: received.id, status: 'applied' },
      { id: decided.id, status: 'rejected', code: 'BAD_HASH', message: expect.any(String) },
    ]);
    expect((await push(hub, handler.token, [decided])).body.results).toEqual([{ id: decided.id, status: 'applied' }]);

    // What the hub serves back is the same mixed log, and a workstation verifies it whole.
    const log = await request<{ events: CaseEvent[] }>(`${hub.url}/v1/cases/${opening.caseId}/events`, { token: handler.token });
    expect(log.body.events.map((event) => event.hash)).toEqual([opening.hash, received.hash, decided.hash]);
    expect(await verifyCaseLog(log.body.events)).toEqual([]);
  });

  it('verifies an SM2-sealed receipt and refuses one altered or relabelled as ECDSA', async () => {
    const key = keyOf('sm2');
    const fields = await sealedCase(key, 'sm3');
    const keys = await request<{ keys: { workstationId: string; algorithm?: string }[] }>(`${hub.url}/v1/keys`);
    expect(keys.body.keys).toContainEqual(expect.objectContaining({ workstationId: fields.workstationId, algorithm: 'sm2' }));

    const code = formatSealedQr(fields, key.sign(receiptSealMessage(fields, 'sm2')), 'sm2');
    expect(code).toMatch(/^CYSM2:/);
    const genuine = await request<{ valid: boolean }>(`${hub.url}/v1/receipts/${code}`);
    expect(genuine.body).toMatchObject({ valid: true });

    const altered = await request<{ valid: boolean; reason: string }>(
      `${hub.url}/v1/receipts/${code.replace(`:${fields.queryPassword}:`, ':000000:')}`,
    );
    expect(altered.body).toMatchObject({ valid: false, reason: expect.stringMatching(/签名校验失败/) });
    const relabelled = await request<{ valid: boolean }>(`${hub.url}/v1/receipts/${code.replace(/^CYSM2:/, 'CYTB2:')}`);
    expect(relabelled.body).toMatchObject({ valid: false });
  });

  it('still verifies the ECDSA receipts of a workstation enrolled before the change-over', async () => {
    const key = keyOf('ecdsa-p256');
    const fields = await sealedCase(key, 'sha256');
    const code = formatSealedQr(fields, key.sign(receiptSealMessage(fields)));
    expect((await request<{ valid: boolean }>(`${hub.url}/v1/receipts/${code}`)).body).toMatchObject({ valid: true });
  });

  it('refuses an SM2 enrollment proof made with another key', async () => {
    const presented = keyOf('sm2');
    const impostor = keyOf('sm2');
    const identity = identityFor('51', newHall('510104'));
    const body = enrollmentWithKey({ ...impostor, publicKey: presented.publicKey }, ulid(), identity);
    const refused = await request<{ error: { code: string } }>(`${hub.url}/v1/enroll`, { json: body });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('KEY_PROOF_INVALID');
  });
});
