/** The log's hash chain: tampering, reordering and removal are all detected. */
import { describe, expect, it } from 'vitest';
import { caseEventSchema, type CaseEvent } from '../../../shared/domain/case-events';
import { applyEvent, foldCase } from '../../../shared/domain/case-state';
import { hasValidHash, sealEvent } from '../../../shared/domain/event-seal';
import { buildLog, HANDLER, RECEIVER, REFUSAL } from './lifecycle-fixtures';

const fullLife = () =>
  buildLog([
    ['accepted', RECEIVER],
    ['forwarded', RECEIVER],
    ['received', HANDLER],
    ['specialProcedureStarted', HANDLER],
    ['specialProcedureEnded', HANDLER],
    ['decided', HANDLER],
    ['resultIssued', HANDLER],
  ]);

describe('hash chain', () => {
  it('every sealed lifecycle event parses and verifies', async () => {
    for (const event of await fullLife()) {
      expect(caseEventSchema.safeParse(event).success).toBe(true);
      expect(await hasValidHash(event)).toBe(true);
    }
  });

  it('detects a changed event by its own hash', async () => {
    const log = await fullLife();
    const tampered = { ...log[5], payload: { outcome: 'denied', opinion: '改为不予' } } as CaseEvent;
    expect(await hasValidHash(tampered)).toBe(false);
  });

  it('a re-sealed changed event breaks the next link', async () => {
    const log = await fullLife();
    const [before, changed, after] = [log.slice(0, 2), log[2] as CaseEvent, log[3] as CaseEvent];
    const resealed = await sealEvent({ ...changed, payload: { localCaseNumber: '伪造' }, hash: undefined } as never);
    const state = foldCase([...before, resealed]);
    expect(applyEvent(state, after)).toMatchObject({ ok: false, code: 'BROKEN_CHAIN' });
  });

  it('detects a removed or reordered event when folding', async () => {
    const log = await fullLife();
    expect(() => foldCase([...log.slice(0, 3), ...log.slice(4)])).toThrow(/^BROKEN_CHAIN/);
    expect(() => foldCase([log[0] as CaseEvent, log[2] as CaseEvent, log[1] as CaseEvent])).toThrow(/^BROKEN_CHAIN/);
  });

  it('refuses a second opening of an existing case, accepted or not', async () => {
    const accepted = await buildLog([['accepted', RECEIVER]]);
    const notified = await buildLog([['notified', RECEIVER]]);
    const reopen = await buildLog([['notified', RECEIVER]]);
    expect(applyEvent(foldCase(accepted), reopen[0] as CaseEvent)).toMatchObject({ ok: false, code: 'ALREADY_ACCEPTED' });
    expect(applyEvent(foldCase(notified), reopen[0] as CaseEvent)).toMatchObject({ ok: false, code: 'ALREADY_OPENED' });
  });

  it('an opening refusal must carry the header, a later one must not', async () => {
    const [bare] = await buildLog([['refused', RECEIVER, REFUSAL]]);
    expect(applyEvent(undefined, bare as CaseEvent)).toMatchObject({ ok: false, code: 'MISSING_HEADER' });
    const log = await buildLog([
      ['notified', RECEIVER],
      ['supplemented', RECEIVER],
    ]);
    const [opening] = await buildLog([['refused', RECEIVER]]);
    const withHeader = await sealEvent({ ...(opening as CaseEvent), prevHash: log[1]?.hash ?? '', hash: undefined } as never);
    expect(applyEvent(foldCase(log), withHeader)).toMatchObject({ ok: false, code: 'UNEXPECTED_HEADER' });
  });

  it('schema: a refusal outside powers names the competent authority; a post hand-over has a waybill', () => {
    const { competentAuthority: _dropped, ...unnamed } = REFUSAL;
    const parse = (payload: unknown) => caseEventSchema.safeParse({ ...sampleBase, type: 'refused', payload });
    expect(parse(REFUSAL).success).toBe(true);
    expect(parse(unnamed).success).toBe(false);
    expect(parse({ ...unnamed, ground: 'notCompliant' }).success).toBe(true);
    const handOver = (payload: unknown) => caseEventSchema.safeParse({ ...sampleBase, type: 'resultHandedOver', payload }).success;
    expect(handOver({ method: 'post', carrier: 'EMS' })).toBe(false);
    expect(handOver({ method: 'post', carrier: 'EMS', waybillNo: 'EA123456789CN' })).toBe(true);
  });
});

const sampleBase = {
  id: '01JD0000000000000000000099',
  caseId: '01JD0000000000000000000000',
  actor: RECEIVER,
  at: '2026-12-01T02:00:00.000Z',
  prevHash: '',
  hash: 'a'.repeat(64),
};
