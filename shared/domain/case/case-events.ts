/**
 * Case events: a case is the fold of its append-only event log (see case-state.ts).
 * Events are minted offline with ULID ids, hash-linked per case (a DAG: case-log.ts), pushed
 * to the province hub and forwarded to the other province's hub.
 *
 * Opening a case: its FIRST event is `accepted`, `notified` or `refused`, each carrying the
 * routing header (case number, matter, routing, applicant, materials received so far). We
 * chose this over a separate `opened` event because the existing `accepted`-first log
 * (acceptCase, the hub, the e2e) then stays valid unchanged, and each opening event is the
 * legal document the clerk hands over anyway (受理回执 / 一次性告知书 / 不予受理通知书).
 * A case opened by `notified` is accepted later by `accepted` (after `supplemented`), which
 * repeats the same header: case-transitions.ts checks that it has not changed.
 *
 * Adding an event type? Also: its payload schema (here or case-event-payloads.ts), its rule
 * in case-transitions.ts, its reducer in case-reducers.ts, its label in CASE_EVENT_LABELS,
 * its rows in the conflict table (case-conflicts.ts) and in the transition table test
 * (tests/unit/lifecycle/).
 */
import { z } from 'zod';
import { PROVINCE_CODES } from '../region/provinces';
import { HANDLING_MODES } from '../matter/matter';
import { agentSchema, applicantSchema, intakeNoteSchema, receivedMaterialsSchema, waivedMaterialsSchema } from '../matter/application';
import { applicantUnitSchema } from '../matter/applicant-unit';
import { receivingLimitsSchema } from './receiving-limits';
import { detailsValuesSchema } from '../matter/detail-values';
import { ulidSchema } from '../validators/ulid';
import { eventHashSchema } from '../../cryptography/event-hash-format';
import {
  reassignedPayloadSchema,
  reviewFollowedUpPayloadSchema,
  supervisionAnsweredPayloadSchema,
  supervisionIssuedPayloadSchema,
} from './supervision-payloads';
import {
  materialsPostedPayloadSchema,
  namesCompetentAuthority,
  noticeSchema,
  ratedPayloadSchema,
  receivedPayloadSchema,
  competentAuthorityRequired,
  refusalSchema,
  resultHandedOverPayloadSchema,
  resultIssuedPayloadSchema,
  specialProcedureEndedPayloadSchema,
  specialProcedureStartedPayloadSchema,
  supplementedPayloadSchema,
  supplementRequestedPayloadSchema,
  supplementSubmittedPayloadSchema,
  withdrawnPayloadSchema,
} from './case-event-payloads';

export { ulidSchema };
const isoTime = z.iso.datetime({ offset: true, message: '时间格式应为ISO 8601' });

export const actorSchema = z.object({
  clerk: z.string().min(1).max(20),
  workstationId: z.string().min(1).max(64),
  province: z.enum(PROVINCE_CODES),
  hallCode: z.string().regex(/^\d{8}$/),
  window: z.string().regex(/^\d{1,2}$/),
  /**
   * The signed-in person's account (staff.ts); `clerk` is their name. Absent on events made
   * before people signed in, which therefore still parse and hash as they were sealed.
   */
  accountId: ulidSchema.optional(),
});
export type Actor = z.infer<typeof actorSchema>;

export const placeSchema = z.object({
  province: z.enum(PROVINCE_CODES),
  division: z.string().regex(/^\d{6}$/),
  /** Human name for printing: "重庆市渝中区" or the hall's name. */
  name: z.string().min(1).max(80),
});

/** The routing header, carried by the first event of every case. */
export const routingSchema = z.object({
  receiving: placeSchema.extend({ hallCode: z.string().regex(/^\d{8}$/) }),
  handling: placeSchema,
});
export type Routing = z.infer<typeof routingSchema>;

export const acceptedPayloadSchema = z.object({
  caseNumber: z.string().regex(/^\d{22}$/),
  queryPassword: z.string().regex(/^\d{6}$/),
  matter: z.object({
    code: z.string().min(1).max(40, { message: '事项编码不超过40个字符' }),
    name: z.string().min(1).max(200, { message: '事项名称不超过200字' }),
  }),
  mode: z.enum(HANDLING_MODES),
  routing: routingSchema,
  applicant: applicantSchema,
  materials: receivedMaterialsSchema,
  promisedDate: z.iso.date(),
  /** The matter's own fields as checked at intake (optional: events written before intake checked matter fields lack it). */
  details: detailsValuesSchema.optional(),
  /** The 代理人 who applied for the applicant, when one did. */
  agent: agentSchema.optional(),
  // The rest is optional too: events made before these existed parse and hash unchanged.
  /** 法人 matters: the 申请单位; `applicant` is then its 经办人. */
  unit: applicantUnitSchema.optional(),
  /** Materials not handed in because the window obtains them by data sharing (免提交). */
  waivedMaterials: waivedMaterialsSchema.optional(),
  /** The receiving clerk's note for the handling side. */
  intakeNote: intakeNoteSchema.optional(),
  /** The receiving part's limits as they applied at this hall (receiving-limits.ts). */
  receivingLimits: receivingLimitsSchema.optional(),
  /**
   * The national-style 办件编号 (实施编码 + date + window + sequence, matter-codes.ts), minted when
   * the case opens where the accepting province's 实施编码 is confirmed; stored so the number
   * never changes with a later catalog.
   */
  nationalCaseNumber: z
    .string()
    .regex(/^[0-9A-Z]{10,50}$/, { message: '全国办件编号应为10至50位数字或大写字母' })
    .optional(),
});

export const forwardedPayloadSchema = z.object({
  toProvince: z.enum(PROVINCE_CODES),
});

export const decidedPayloadSchema = z.object({
  outcome: z.enum(['approved', 'denied']),
  opinion: z.string().trim().min(1, { message: '请填写办理意见' }).max(500),
  /** For 不予: the reasons and the legal basis the written decision must state. */
  reasons: z.string().trim().min(1).max(500).optional(),
  legalBasis: z.string().trim().min(1).max(300).optional(),
  /** The department that decided, as on its seal (absent in older events: the catalog's then). */
  decidingAuthority: z.string().trim().min(2).max(60).optional(),
  /** 复议机关 for this decision as the handling window knows it (absent: derived by level). */
  reconsiderationBody: z.string().trim().min(2).max(60).optional(),
});

/**
 * The routing header every opening event carries: the accepted payload without the promised
 * date (derived, so optional fields added to `accepted` travel with the header too).
 */
export const openingHeaderSchema = acceptedPayloadSchema.omit({ promisedDate: true });
export type OpeningHeader = z.infer<typeof openingHeaderSchema>;

/** 一次性告知: always opens the case (the application was incomplete on arrival). */
export const notifiedPayloadSchema = openingHeaderSchema.extend(noticeSchema.shape);

/** 不予受理: carries the header only when it opens the case (refused on the spot). */
export const refusedPayloadSchema = refusalSchema
  .extend({ opening: openingHeaderSchema.optional() })
  .refine(namesCompetentAuthority, competentAuthorityRequired());

/** More parents than this means a case worked on at that many places at once: not real. */
export const MAX_EXTRA_PARENTS = 16;

/**
 * A case's log is a DAG (case-log.ts): `prevHash` is the event's first parent ('' for the
 * opening event) and `alsoFollows` the other heads its workstation knew when it made it,
 * present only when both provinces (or two windows) had acted concurrently.
 */
const eventBase = {
  id: ulidSchema,
  caseId: ulidSchema,
  actor: actorSchema,
  at: isoTime,
  prevHash: z.union([eventHashSchema, z.literal('')]),
  alsoFollows: z.array(eventHashSchema).min(1).max(MAX_EXTRA_PARENTS).optional(),
  hash: eventHashSchema,
};

export const caseEventSchema = z.discriminatedUnion('type', [
  z.object({ ...eventBase, type: z.literal('accepted'), payload: acceptedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('forwarded'), payload: forwardedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('decided'), payload: decidedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('notified'), payload: notifiedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('supplemented'), payload: supplementedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('refused'), payload: refusedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('withdrawn'), payload: withdrawnPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('materialsPosted'), payload: materialsPostedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('received'), payload: receivedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('specialProcedureStarted'), payload: specialProcedureStartedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('specialProcedureEnded'), payload: specialProcedureEndedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('resultIssued'), payload: resultIssuedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('resultHandedOver'), payload: resultHandedOverPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('rated'), payload: ratedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('supplementRequested'), payload: supplementRequestedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('supplementSubmitted'), payload: supplementSubmittedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('reassigned'), payload: reassignedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('supervisionIssued'), payload: supervisionIssuedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('supervisionAnswered'), payload: supervisionAnsweredPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('reviewFollowedUp'), payload: reviewFollowedUpPayloadSchema }),
]);

export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseEventType = CaseEvent['type'];
export type AcceptedPayload = z.infer<typeof acceptedPayloadSchema>;
export type DecidedPayload = z.infer<typeof decidedPayloadSchema>;
/** The event of one type, e.g. `EventOf<'notified'>`. */
export type EventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
export type PayloadOf<T extends CaseEventType> = EventOf<T>['payload'];
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event before it is sealed with its hash. */
export type UnsealedEvent = DistributiveOmit<CaseEvent, 'hash'>;

export const CASE_EVENT_LABELS: Record<CaseEventType, string> = {
  accepted: '受理',
  forwarded: '推送办理地',
  decided: '办结',
  notified: '一次性告知',
  supplemented: '补正',
  refused: '不予受理',
  withdrawn: '撤回申请',
  materialsPosted: '寄出纸质材料',
  received: '办理地接收',
  specialProcedureStarted: '启动特别程序',
  specialProcedureEnded: '特别程序结束',
  resultIssued: '出具结果',
  resultHandedOver: '送达结果',
  rated: '好差评',
  supplementRequested: '办理地要求补正',
  supplementSubmitted: '提交补正材料',
  reassigned: '改派',
  supervisionIssued: '督办',
  supervisionAnswered: '督办回复',
  reviewFollowedUp: '差评回访整改',
};

/** Events that may open a case (carry the routing header, prevHash ''). */
export const OPENING_EVENT_TYPES = ['accepted', 'notified', 'refused'] as const satisfies readonly CaseEventType[];
