/**
 * The public receipt page a citizen's phone opens from the QR: a genuine receipt shows where
 * its case stands and nothing personal; a forged one, one of another province, or one whose
 * case the hub has not got says so; scanning in a loop is refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadWorkstationKey } from '../../electron/handlers/workstation-key';
import type { HubHandle } from '../../hub/start-hub';
import { RECEIPT_CHECKS_PER_MINUTE } from '../../hub/routes/receipt-check';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import { formatSealedQr, receiptSealMessage } from '../../shared/domain/seal/receipt-seal';
import { receiptVerifyUrl, sealedCodeFrom } from '../../shared/domain/seal/receipt-verify-url';
import {
  acceptedEvent,
  createTestDatabase,
  describeEachEngine,
  enrollmentWithKey,
  identityFor,
  newHall,
  push,
  request,
  routingFor,
  startTestHub,
  type TestDatabase,
} from './fixtures';

describeEachEngine('public receipt check', (engine) => {
  let database: TestDatabase;
  let hub: HubHandle;
  let profile: string;
  let code: string;
  let accepted: CaseEvent;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    hub = await startTestHub('51', database.config);
    profile = mkdtempSync(join(tmpdir(), 'receipt-check-'));
    const key = loadWorkstationKey(profile);
    const identity = identityFor('51', newHall('510104'));
    const workstationId = ulid();
    const enrolled = await request<{ token: string }>(`${hub.url}/v1/enroll`, { json: enrollmentWithKey(key, workstationId, identity) });
    const actor = { clerk: identity.clerk, workstationId, province: '51' as const, hallCode: identity.hall.code, window: identity.window };
    accepted = await acceptedEvent(actor, routingFor(identity, { province: '50', division: '500103' }));
    expect((await push(hub, enrolled.body.token, [accepted])).status).toBe(200);
    const payload = accepted.type === 'accepted' ? accepted.payload : undefined;
    const fields = { caseNumber: payload?.caseNumber ?? '', queryPassword: payload?.queryPassword ?? '', workstationId };
    code = formatSealedQr(fields, key.sign(receiptSealMessage(fields)));
  });

  afterAll(async () => {
    await hub.close();
    await database.drop();
    rmSync(profile, { recursive: true, force: true });
  });

  it('shows a genuine receipt’s case status from the QR address, with no personal data', async () => {
    const address = receiptVerifyUrl(`${hub.url}/R`.toUpperCase(), code);
    expect(sealedCodeFrom(address)).toBe(code);
    const page = await fetch(`${hub.url}/R/${code}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('回执真实有效');
    expect(html).toContain('已受理');
    const payload = accepted.type === 'accepted' ? accepted.payload : undefined;
    expect(html).toContain(payload?.caseNumber);
    for (const personal of [payload?.applicant.name, payload?.applicant.idNumber, payload?.applicant.mobile, payload?.queryPassword]) {
      expect(html).not.toContain(personal);
    }
    const json = await request<{ valid: boolean; status: Record<string, unknown> }>(`${hub.url}/v1/receipts/${code}`);
    expect(json.body).toMatchObject({ valid: true, status: { caseNumber: payload?.caseNumber, statusLabel: '已受理' } });
    expect(Object.keys(json.body.status).sort()).toEqual([
      'caseNumber',
      'handlingPlace',
      'matterName',
      'promisedDate',
      'receivingHall',
      'statusLabel',
    ]);
  });

  it('says why a receipt cannot be verified: altered, from an unknown workstation, or not synced yet', async () => {
    const altered = await request<{ valid: boolean; reason: string }>(`${hub.url}/v1/receipts/${code.replace(/:([0-9]{6}):/, ':000000:')}`);
    expect(altered.status).toBe(404);
    expect(altered.body.reason).toMatch(/签名校验失败/);
    const otherKey = loadWorkstationKey(mkdtempSync(join(tmpdir(), 'receipt-other-')));
    const strangerFields = { caseNumber: '5001030103202603180001', queryPassword: '123456', workstationId: ulid() };
    const stranger = formatSealedQr(strangerFields, otherKey.sign(receiptSealMessage(strangerFields)));
    const unknown = await request<{ reason: string }>(`${hub.url}/v1/receipts/${stranger}`);
    expect(unknown.body.reason).toMatch(/另一省市签发的回执请到其平台核验/);
    const html = await (await fetch(`${hub.url}/r/not-a-receipt`)).text();
    expect(html).toContain('回执无法核验');
  });

  it('refuses a client that checks receipts in a loop', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < RECEIPT_CHECKS_PER_MINUTE + 5; index += 1)
      statuses.push((await fetch(`${hub.url}/v1/receipts/x${index}`)).status);
    expect(statuses).toContain(429);
  });
});
