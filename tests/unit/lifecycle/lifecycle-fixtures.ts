/**
 * Lifecycle fixtures built without the matter catalog: a Sichuan window (锦江) receives a
 * 异地代收代办 case handled in 重庆市渝中区, and helpers that seal events onto a log.
 */
import type { Actor, CaseEvent, CaseEventType, OpeningHeader, PayloadOf, UnsealedEvent } from '../../../shared/domain/case/case-events';
import { foldCase, type CaseState } from '../../../shared/domain/case/case-state';
import { sealEvent } from '../../../shared/domain/case/event-seal';

export const RECEIVER: Actor = {
  clerk: '李明',
  workstationId: '01JD00000000000000000000WS',
  province: '51',
  hallCode: '51010401',
  window: '3',
};
export const HANDLER: Actor = {
  clerk: '王芳',
  workstationId: '01JD00000000000000000000WC',
  province: '50',
  hallCode: '50010301',
  window: '5',
};
/** A Sichuan hall that is neither the receiving hall nor in the handling division. */
export const OUTSIDER: Actor = { ...RECEIVER, workstationId: '01JD00000000000000000000WO', hallCode: '51010701' };
/** A Chongqing hall outside the handling division (江北 500105). */
export const OTHER_CHONGQING: Actor = { ...HANDLER, workstationId: '01JD00000000000000000000WJ', hallCode: '50010501' };

export const CASE_ID = '01JD0000000000000000000000';
/** The id of the 督办 in the 'supervised' path (its answer names it). */
export const SUPERVISION_ID = '01JDSVP0000000000000000000';

export const HEADER: OpeningHeader = {
  caseNumber: '5101040103202611290001',
  queryPassword: '123456',
  matter: { code: 'CY-06-003', name: '无犯罪记录证明开具' },
  mode: '异地代收代办',
  routing: {
    receiving: { province: '51', division: '510104', hallCode: '51010401', name: '四川省 锦江区政务服务中心' },
    handling: { province: '50', division: '500103', name: '重庆市渝中区' },
  },
  applicant: { name: '张晓燕', idNumber: '11010519491231002X', mobile: '13800138000' },
  materials: [{ code: 'ID-CARD', name: '居民身份证', form: 'original', copies: 1 }],
};

export const REFUSAL: Omit<PayloadOf<'refused'>, 'opening'> = {
  ground: 'outsidePowers',
  reason: '申请事项不属于本机关职权范围',
  legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项',
  competentAuthority: '重庆市公安局渝中区分局',
  remedies: {
    reconsiderationBody: '成都市锦江区人民政府',
    reconsiderationDays: 60,
    litigationCourt: '成都市锦江区人民法院',
    litigationMonths: 6,
  },
};

/** A valid payload of each type for the fixture case (the header only where it opens). */
export function samplePayload(type: CaseEventType, opening: boolean): PayloadOf<CaseEventType> {
  const samples: { [T in CaseEventType]: PayloadOf<T> } = {
    accepted: { ...HEADER, promisedDate: '2026-12-02' },
    notified: { ...HEADER, missing: [{ name: '申请表', requirement: '本人签名的原件' }], reason: '申请材料不齐全' },
    refused: opening ? { ...REFUSAL, opening: HEADER } : REFUSAL,
    supplemented: { materials: [{ code: 'APPLY-FORM', name: '申请表', form: 'original', copies: 1 }] },
    withdrawn: { reason: '申请人撤回' },
    forwarded: { toProvince: '50' },
    materialsPosted: { carrier: 'EMS', waybillNo: 'EA123456789CN' },
    received: { localCaseNumber: 'YZ2026-0001' },
    specialProcedureStarted: { kind: '专家评审', reason: '需专家评审' },
    specialProcedureEnded: { result: '评审通过' },
    decided: { outcome: 'approved', opinion: '符合条件，准予办理' },
    resultIssued: { certificateName: '无犯罪记录证明', certificateNumber: 'CQ2026-000123', issuedOn: '2026-12-31' },
    resultHandedOver: { method: 'window', recipient: '张晓燕' },
    rated: { level: '满意' },
    supplementRequested: { missing: [{ name: '户口簿', requirement: '原件' }], reason: '需核对户籍信息', deadline: '2026-12-31' },
    supplementSubmitted: { materials: [{ code: 'HUKOU', name: '户口簿', form: 'original', copies: 1 }] },
    reassigned: { side: 'receiving', toWindow: '4', toName: '赵六', reason: '原窗口人员休假' },
    supervisionIssued: { side: 'receiving', message: '请尽快推送办理地', replyBy: '2026-12-03' },
    supervisionAnswered: { supervisionId: SUPERVISION_ID, side: 'receiving', answer: '已联系申请人，今日推送' },
    reviewFollowedUp: { finding: '属实', revisit: '已电话回访申请人', rectification: '已对窗口人员进行服务规范培训' },
  };
  return samples[type];
}

let counter = 0;
/** Fresh ULID-shaped ids, unique within a test run. */
export function nextId(): string {
  counter += 1;
  return `01JD${String(counter).padStart(22, '0')}`;
}

/** Seals one event onto `log` (prevHash from its last event). */
export function sealOnto<T extends CaseEventType>(
  log: readonly CaseEvent[],
  type: T,
  actor: Actor,
  payload: PayloadOf<T>,
  at = '2026-11-30T02:00:00.000Z',
): Promise<CaseEvent> {
  return sealEvent({ id: nextId(), caseId: CASE_ID, type, actor, at, prevHash: log.at(-1)?.hash ?? '', payload } as UnsealedEvent);
}

/** [type, actor, payload (default: the sample), at (default: a fixed instant)] */
export type Step = [CaseEventType, Actor, PayloadOf<CaseEventType>?, string?];

export async function buildLog(steps: readonly Step[]): Promise<CaseEvent[]> {
  const log: CaseEvent[] = [];
  for (const [type, actor, payload, at] of steps) {
    const event = await sealOnto(log, type, actor, payload ?? samplePayload(type, log.length === 0), at);
    // The supervised path's 督办 carries the id the sample answer names.
    log.push(type === 'supervisionIssued' ? await sealEvent({ ...withoutHash(event), id: SUPERVISION_ID } as UnsealedEvent) : event);
  }
  return log;
}

function withoutHash(event: CaseEvent): UnsealedEvent {
  const { hash: _hash, ...rest } = event;
  return rest as UnsealedEvent;
}

/** One log per reachable status, by the shortest legal path. */
export const PATHS: Record<string, Step[]> = {
  notified: [['notified', RECEIVER]],
  supplemented: [
    ['notified', RECEIVER],
    ['supplemented', RECEIVER],
  ],
  accepted: [['accepted', RECEIVER]],
  forwarded: [
    ['accepted', RECEIVER],
    ['forwarded', RECEIVER],
  ],
  received: [
    ['accepted', RECEIVER],
    ['forwarded', RECEIVER],
    ['received', HANDLER],
  ],
  specialProcedure: [
    ['accepted', RECEIVER],
    ['forwarded', RECEIVER],
    ['received', HANDLER],
    ['specialProcedureStarted', HANDLER],
  ],
  decided: [
    ['accepted', RECEIVER],
    ['forwarded', RECEIVER],
    ['received', HANDLER],
    ['decided', HANDLER],
  ],
  resultIssued: [
    ['accepted', RECEIVER],
    ['forwarded', RECEIVER],
    ['received', HANDLER],
    ['decided', HANDLER],
    ['resultIssued', HANDLER],
  ],
  supplementRequested: [
    ['accepted', RECEIVER],
    ['forwarded', RECEIVER],
    ['received', HANDLER],
    ['supplementRequested', HANDLER],
  ],
  delivered: [
    ['accepted', RECEIVER],
    ['forwarded', RECEIVER],
    ['received', HANDLER],
    ['decided', HANDLER],
    ['resultIssued', HANDLER],
    ['resultHandedOver', RECEIVER],
  ],
  refused: [['refused', RECEIVER]],
  /** Not a status: a case in 审查 with an open 督办 to the receiving window. */
  supervised: [
    ['accepted', RECEIVER],
    ['forwarded', RECEIVER],
    ['received', HANDLER],
    ['supervisionIssued', RECEIVER],
  ],
  /** Not a status: a decided case the applicant rated 不满意. */
  badlyRated: [
    ['accepted', RECEIVER],
    ['forwarded', RECEIVER],
    ['received', HANDLER],
    ['decided', HANDLER],
    ['rated', RECEIVER, { level: '不满意', source: 'applicant', reasons: ['服务效率'], followUpDue: '2026-12-22' }],
  ],
  withdrawn: [
    ['accepted', RECEIVER],
    ['withdrawn', RECEIVER],
  ],
};

export async function stateAt(status: string): Promise<{ log: CaseEvent[]; state: CaseState }> {
  const log = await buildLog(PATHS[status] ?? []);
  return { log, state: foldCase(log) };
}
