/** 受理 records what the clerk captured, and a cross-province 受理 is pushed in the same step. */
import { describe, expect, it } from 'vitest';
import {
  acceptCase,
  acceptSupplemented,
  appendForwarding,
  notifyMissing,
  supplement,
  type AcceptanceInput,
} from '../../../shared/domain/case/case-commands';
import { foldCase } from '../../../shared/domain/case/case-state';
import type { EventOf } from '../../../shared/domain/case/case-events';
import { acceptanceInput, CHONGQING_ACTOR, SICHUAN_ACTOR } from '../fixtures/events';

const ACCEPTANCE = acceptanceInput();
const INPUT: AcceptanceInput = {
  ...ACCEPTANCE,
  intake: {
    ...ACCEPTANCE.intake,
    details: { purpose: '出国留学' },
    agent: { appointed: true, name: '李强', idNumber: '110105194912310021', mobile: '13900139000' },
  },
};

describe('acceptCase', () => {
  it("records the form's details and the appointed agent on the accepted event", async () => {
    const [accepted] = await acceptCase(INPUT);
    expect(accepted?.type).toBe('accepted');
    const payload = (accepted as EventOf<'accepted'>).payload;
    expect(payload.details).toEqual({ purpose: '出国留学' });
    expect(payload.agent).toEqual({ name: '李强', idNumber: '110105194912310021', mobile: '13900139000' });
    expect(payload.materials.map((material) => material.code)).toEqual(['ID-CARD', 'APPLY-FORM']);
  });

  it('forwards a case handled in the other province, chained onto the accept', async () => {
    const events = await acceptCase(INPUT);
    expect(events.map((event) => event.type)).toEqual(['accepted', 'forwarded']);
    expect(events[1]?.prevHash).toBe(events[0]?.hash);
    expect(events[1]).toMatchObject({ payload: { toProvince: '50' } });
  });

  it('does not forward a case handled in its own province', async () => {
    const events = await acceptCase({ ...INPUT, intake: { ...INPUT.intake, handlingDivision: '510104' } });
    expect(events.map((event) => event.type)).toEqual(['accepted']);
  });

  it('appendForwarding refuses to forward for the handling side (wrong actor)', async () => {
    const [accepted] = (await acceptCase({ ...INPUT, intake: { ...INPUT.intake, handlingDivision: '510104' } })) as [EventOf<'accepted'>];
    // A Chongqing actor forwarding a Sichuan-handled case is not the receiving side.
    await expect(
      appendForwarding(accepted, { eventId: '01JD0000000000000000000003', actor: CHONGQING_ACTOR, now: INPUT.now }),
    ).rejects.toThrow();
  });
});

describe('受理 after 补正', () => {
  it('forwards onto the supplemented case, chained after the accept', async () => {
    const at = (iso: string, id: string) => ({ eventId: id, actor: SICHUAN_ACTOR, now: new Date(iso) });
    const notified = await notifyMissing({
      ...INPUT,
      eventId: '01JD0000000000000000000011',
      intake: { ...INPUT.intake, materialCodes: [] },
      notice: { missing: [{ name: '申请人居民身份证', requirement: '原件1份' }], reason: '材料不齐' },
    });
    const supplemented = await supplement(foldCase([notified]), {
      ...at('2026-11-30T02:00:00Z', '01JD0000000000000000000012'),
      materials: [{ code: 'ID-CARD', name: '申请人居民身份证', form: 'original', copies: 1 }],
    });
    const before = foldCase([notified, supplemented]);
    const accepted = await acceptSupplemented(before, {
      ...at('2026-11-30T03:00:00Z', '01JD0000000000000000000013'),
      materials: before.materials,
      promisedDate: '2026-12-03',
    });
    const events = await appendForwarding(accepted, at('2026-11-30T03:00:00Z', '01JD0000000000000000000014'), before);
    expect(events.map((event) => event.type)).toEqual(['accepted', 'forwarded']);
    expect(foldCase([notified, supplemented, ...events]).status).toBe('forwarded');
  });
});
