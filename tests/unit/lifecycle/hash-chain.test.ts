/** The log's hash links: tampering and removal are detected; the order given does not matter. */
import { describe, expect, it } from 'vitest';
import { caseEventSchema, type CaseEvent } from '../../../shared/domain/case/case-events';
import { mergeEvent } from '../../../shared/domain/case/case-log';
import { applyEvent, foldCase } from '../../../shared/domain/case/case-state';
import { hasValidHash, sealEvent } from '../../../shared/domain/case/event-seal';
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

  it('a re-sealed changed event leaves the next event without its parent', async () => {
    const log = await fullLife();
    const [before, changed, after] = [log.slice(0, 2), log[2] as CaseEvent, log[3] as CaseEvent];
    const resealed = await sealEvent({ ...changed, payload: { localCaseNumber: '伪造' }, hash: undefined } as never);
    const merged = await mergeEvent(foldCase([...before, resealed]), after, async () => [...before, resealed]);
    expect(merged).toMatchObject({ kind: 'missingParents', missing: [changed.hash] });
  });

  it('refuses to fold a log with a removed event; folds one given in any order the same', async () => {
    const log = await fullLife();
    expect(() => foldCase([...log.slice(0, 3), ...log.slice(4)])).toThrow(/^MISSING_PARENT/);
    const shuffled = [log[0], log[2], log[1], ...log.slice(3)].reverse() as CaseEvent[];
    expect(foldCase(shuffled)).toEqual(foldCase(log));
  });

  it('refuses a later event that names no parent', async () => {
    const log = await fullLife();
    const orphan = await sealEvent({ ...(log[2] as CaseEvent), id: '01JD0000000000000000000777', prevHash: '', hash: undefined } as never);
    expect(applyEvent(foldCase(log.slice(0, 2)), orphan)).toMatchObject({ ok: false, code: 'BROKEN_CHAIN' });
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
