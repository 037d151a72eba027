/** Whole lives of a case, driven through the commands (each checks before sealing). */
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../../shared/domain/case/case-events';
import {
  acceptSupplemented,
  CaseCommandError,
  decideCase,
  endSpecialProcedure,
  handOverResult,
  issueResult,
  notifyMissing,
  postMaterials,
  rate,
  receive,
  refuse,
  refuseOnTheSpot,
  startSpecialProcedure,
  supplement,
  withdraw,
  type OpeningInput,
} from '../../../shared/domain/case/case-commands';
import { applyEvent, foldCase, isAccepted } from '../../../shared/domain/case/case-state';
import { buildLog, CASE_ID, HANDLER, HEADER, nextId, OTHER_CHONGQING, RECEIVER, REFUSAL, sealOnto } from './lifecycle-fixtures';

const at = (iso: string) => ({ eventId: nextId(), now: new Date(iso) });

const OPENING: OpeningInput = {
  caseId: CASE_ID,
  eventId: '01JD00000000000000000000A1',
  intake: {
    matterCode: 'CY-06-003',
    mode: '异地代收代办',
    handlingDivision: '500103',
    applicant: HEADER.applicant,
    materialCodes: ['ID-CARD'],
  },
  matter: {
    code: 'CY-06-003',
    name: '无犯罪记录证明开具',
    materials: [
      { code: 'ID-CARD', name: '居民身份证', required: true, form: 'original', copies: 1, waivableByDataSharing: false },
      { code: 'APPLY-FORM', name: '申请表', required: true, form: 'original', copies: 1, waivableByDataSharing: false },
    ],
  },
  actor: RECEIVER,
  receivingName: HEADER.routing.receiving.name,
  handlingName: HEADER.routing.handling.name,
  caseNumber: HEADER.caseNumber,
  queryPassword: HEADER.queryPassword,
  now: new Date('2026-11-29T02:00:00Z'),
};

describe('happy paths fold to the expected state', () => {
  it('accept → forward → received → special procedure → decided → result → handed over → rated', async () => {
    const log: CaseEvent[] = await buildLog([
      ['accepted', RECEIVER],
      ['forwarded', RECEIVER],
    ]);
    const push = (event: CaseEvent) => {
      log.push(event);
      return foldCase(log);
    };
    let state = foldCase(log);
    state = push(await postMaterials(state, { ...at('2026-11-30T02:00:00Z'), actor: RECEIVER, waybillNo: 'EA123456789CN' }));
    state = push(await receive(state, { ...at('2026-12-01T02:00:00Z'), actor: HANDLER, localCaseNumber: 'YZ-1' }));
    expect(state.status).toBe('received');
    state = push(await startSpecialProcedure(state, { ...at('2026-12-02T02:00:00Z'), actor: HANDLER, kind: '公示', reason: '依法公示' }));
    expect(state.status).toBe('specialProcedure');
    await expect(
      decideCase(state, { ...at('2026-12-03T02:00:00Z'), actor: HANDLER, outcome: 'approved', opinion: '准予' }),
    ).rejects.toMatchObject({
      code: 'BAD_TRANSITION',
    });
    state = push(await endSpecialProcedure(state, { ...at('2026-12-09T02:00:00Z'), actor: HANDLER, result: '公示无异议' }));
    state = push(await decideCase(state, { ...at('2026-12-10T02:00:00Z'), actor: HANDLER, outcome: 'approved', opinion: '准予' }));
    state = push(
      await issueResult(state, {
        ...at('2026-12-10T03:00:00Z'),
        actor: HANDLER,
        certificateName: '无犯罪记录证明',
        certificateNumber: 'CQ-1',
        issuedOn: '2026-12-10',
      }),
    );
    state = push(
      await handOverResult(state, {
        ...at('2026-12-11T02:00:00Z'),
        actor: RECEIVER,
        delivery: { method: 'post', carrier: 'EMS', waybillNo: 'EB987654321CN' },
      }),
    );
    state = push(await rate(state, { ...at('2026-12-11T03:00:00Z'), actor: RECEIVER, level: '不满意', comment: '等待时间长' }));

    expect(state).toMatchObject({
      status: 'delivered',
      postings: [{ waybillNo: 'EA123456789CN' }],
      handlingReceipt: { localCaseNumber: 'YZ-1' },
      specialProcedures: [
        { kind: '公示', startedAt: '2026-12-02T02:00:00.000Z', endedAt: '2026-12-09T02:00:00.000Z', result: '公示无异议' },
      ],
      decision: { outcome: 'approved' },
      result: { certificateNumber: 'CQ-1' },
      delivery: { method: 'post' },
      rating: { level: '不满意', bad: true },
      eventCount: 10,
    });
    await expect(rate(state, { ...at('2026-12-12T02:00:00Z'), actor: RECEIVER, level: '满意' })).rejects.toMatchObject({
      code: 'ALREADY_RATED',
    });
  });

  it('一次性告知 → 补正 → 受理: the case opens without a clock and is accepted later with the same header', async () => {
    const notified = await notifyMissing({
      ...OPENING,
      notice: { missing: [{ code: 'APPLY-FORM', name: '申请表', requirement: '本人签名原件' }], reason: '缺申请表' },
    });
    let state = foldCase([notified]);
    expect(state).toMatchObject({ status: 'notified', caseNumber: HEADER.caseNumber, promisedDate: '', notice: { reason: '缺申请表' } });
    expect(isAccepted(state)).toBe(false);

    const supplemented = await supplement(state, {
      ...at('2026-12-03T02:00:00Z'),
      actor: RECEIVER,
      materials: [{ code: 'APPLY-FORM', name: '申请表', form: 'original', copies: 1 }],
    });
    state = foldCase([notified, supplemented]);
    expect(state).toMatchObject({ status: 'supplemented', supplementedAt: '2026-12-03T02:00:00.000Z' });
    expect(state.materials.map((material) => material.code)).toEqual(['ID-CARD', 'APPLY-FORM']);

    const accepted = await acceptSupplemented(state, {
      ...at('2026-12-03T02:10:00Z'),
      actor: RECEIVER,
      materials: state.materials,
      promisedDate: '2026-12-08',
    });
    state = foldCase([notified, supplemented, accepted]);
    expect(state).toMatchObject({
      status: 'accepted',
      acceptedAt: '2026-12-03T02:10:00.000Z',
      promisedDate: '2026-12-08',
      openedAt: '2026-11-29T02:00:00.000Z',
    });
    expect(isAccepted(state)).toBe(true);
  });

  it('受理 after 补正 may not change the case number, matter, route or applicant', async () => {
    const log = await buildLog([
      ['notified', RECEIVER],
      ['supplemented', RECEIVER],
    ]);
    const moved = { ...HEADER.routing, handling: { province: '50' as const, division: '500105', name: '江北区' } };
    const changed = await sealOnto(log, 'accepted', RECEIVER, { ...HEADER, routing: moved, promisedDate: '2026-12-08' });
    expect(applyEvent(foldCase(log), changed)).toMatchObject({ ok: false, code: 'HEADER_MISMATCH' });
    const renumbered = await sealOnto(log, 'accepted', RECEIVER, {
      ...HEADER,
      caseNumber: '5101040103202611290002',
      promisedDate: '2026-12-08',
    });
    expect(applyEvent(foldCase(log), renumbered)).toMatchObject({ ok: false, code: 'HEADER_MISMATCH' });
  });

  it('不予受理 on the spot opens and ends the case; after 补正 it needs no header', async () => {
    const refused = await refuseOnTheSpot({ ...OPENING, refusal: REFUSAL });
    const state = foldCase([refused]);
    expect(state).toMatchObject({ status: 'refused', refusal: { ground: 'outsidePowers', competentAuthority: '重庆市公安局渝中区分局' } });
    expect(state.refusal).not.toHaveProperty('opening');
    await expect(withdraw(state, { ...at('2026-12-01T02:00:00Z'), actor: RECEIVER, reason: '撤回' })).rejects.toMatchObject({
      code: 'CASE_CLOSED',
    });

    const log = await buildLog([
      ['notified', RECEIVER],
      ['supplemented', RECEIVER],
    ]);
    const later = await refuse(foldCase(log), { ...at('2026-12-01T02:00:00Z'), actor: RECEIVER, refusal: REFUSAL });
    expect(foldCase([...log, later]).status).toBe('refused');
  });

  it('withdrawn ends the case from review; nothing may follow', async () => {
    const log = await buildLog([
      ['accepted', RECEIVER],
      ['forwarded', RECEIVER],
      ['received', HANDLER],
    ]);
    const withdrawn = await withdraw(foldCase(log), { ...at('2026-12-01T02:00:00Z'), actor: RECEIVER, reason: '申请人申请撤回' });
    const state = foldCase([...log, withdrawn]);
    expect(state).toMatchObject({ status: 'withdrawn', withdrawal: { reason: '申请人申请撤回' } });
    await expect(
      decideCase(state, { ...at('2026-12-02T02:00:00Z'), actor: HANDLER, outcome: 'approved', opinion: '准予' }),
    ).rejects.toBeInstanceOf(CaseCommandError);
  });

  it('不予 decisions carry reasons and basis, have no certificate, and are handed over directly', async () => {
    const log = await buildLog([
      ['accepted', RECEIVER],
      ['forwarded', RECEIVER],
    ]);
    const denied = await decideCase(foldCase(log), {
      ...at('2026-12-01T02:00:00Z'),
      actor: HANDLER,
      outcome: 'denied',
      opinion: '不予办理',
      reasons: '申请人不符合条件',
      legalBasis: '《某条例》第十条',
    });
    const state = foldCase([...log, denied]);
    expect(state.decision).toMatchObject({ outcome: 'denied', reasons: '申请人不符合条件', legalBasis: '《某条例》第十条' });
    await expect(
      issueResult(state, {
        ...at('2026-12-01T03:00:00Z'),
        actor: HANDLER,
        certificateName: '证明',
        certificateNumber: 'X',
        issuedOn: '2026-12-01',
      }),
    ).rejects.toMatchObject({ code: 'NOT_APPROVED' });
    const handed = await handOverResult(state, {
      ...at('2026-12-02T02:00:00Z'),
      actor: RECEIVER,
      delivery: { method: 'window', recipient: '张晓燕' },
    });
    expect(foldCase([...log, denied, handed]).status).toBe('delivered');
  });

  it('checks the guards: issue date, 异地代收代办 only posting, handling division, same-province receipt', async () => {
    const log = await buildLog([
      ['accepted', RECEIVER],
      ['forwarded', RECEIVER],
    ]);
    const decided = await decideCase(foldCase(log), {
      ...at('2026-12-10T02:00:00Z'),
      actor: HANDLER,
      outcome: 'approved',
      opinion: '准予',
    });
    const state = foldCase([...log, decided]);
    await expect(
      issueResult(state, {
        ...at('2026-12-10T03:00:00Z'),
        actor: HANDLER,
        certificateName: '证明',
        certificateNumber: 'X',
        issuedOn: '2026-12-09',
      }),
    ).rejects.toMatchObject({ code: 'ISSUED_BEFORE_DECISION' });
    await expect(receive(foldCase(log), { ...at('2026-12-01T02:00:00Z'), actor: OTHER_CHONGQING })).rejects.toMatchObject({
      code: 'WRONG_SIDE',
    });

    const online = await buildLog([
      ['accepted', RECEIVER, { ...HEADER, mode: '全程网办', promisedDate: '2026-12-02' }],
      ['forwarded', RECEIVER],
    ]);
    await expect(
      postMaterials(foldCase(online), { ...at('2026-12-01T02:00:00Z'), actor: RECEIVER, waybillNo: 'EA123456789CN' }),
    ).rejects.toMatchObject({
      code: 'NOT_REMOTE_INTAKE',
    });

    // Handled in Sichuan by the receiving hall's own division: no forward, the hall receives it itself.
    const local = await buildLog([
      [
        'accepted',
        RECEIVER,
        {
          ...HEADER,
          routing: { ...HEADER.routing, handling: { province: '51', division: '510104', name: '锦江区' } },
          promisedDate: '2026-12-02',
        },
      ],
    ]);
    const received = await receive(foldCase(local), { ...at('2026-12-01T02:00:00Z'), actor: RECEIVER });
    expect(foldCase([...local, received]).status).toBe('received');
  });
});
