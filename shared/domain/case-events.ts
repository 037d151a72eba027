/**
 * Case events: a case is the fold of its append-only event log (see case-state.ts).
 * Events are minted offline with ULID ids, hash-chained per case, pushed to the province
 * hub and forwarded to the other province's hub.
 *
 * Adding an event type? Also: its payload schema here, its transition in case-state.ts,
 * its label in CASE_EVENT_LABELS, and a unit test of allowed and forbidden transitions.
 */
import { z } from 'zod';
import { PROVINCE_CODES } from './provinces';
import { HANDLING_MODES } from './matter';
import { applicantSchema, receivedMaterialSchema } from './application';

export const ulidSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, { message: '事件编号应为26位ULID' });
const isoTime = z.iso.datetime({ offset: true, message: '时间格式应为ISO 8601' });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const actorSchema = z.object({
  clerk: z.string().min(1).max(20),
  workstationId: z.string().min(1).max(64),
  province: z.enum(PROVINCE_CODES),
  hallCode: z.string().regex(/^\d{8}$/),
  window: z.string().regex(/^\d{1,2}$/),
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
  matter: z.object({ code: z.string().min(1), name: z.string().min(1) }),
  mode: z.enum(HANDLING_MODES),
  routing: routingSchema,
  applicant: applicantSchema,
  materials: z.array(receivedMaterialSchema),
  promisedDate: z.iso.date(),
});

export const forwardedPayloadSchema = z.object({
  toProvince: z.enum(PROVINCE_CODES),
});

export const decidedPayloadSchema = z.object({
  outcome: z.enum(['approved', 'denied']),
  opinion: z.string().trim().min(1, { message: '请填写办理意见' }).max(500),
});

const eventBase = {
  id: ulidSchema,
  caseId: ulidSchema,
  actor: actorSchema,
  at: isoTime,
  prevHash: z.union([sha256, z.literal('')]),
  hash: sha256,
};

export const caseEventSchema = z.discriminatedUnion('type', [
  z.object({ ...eventBase, type: z.literal('accepted'), payload: acceptedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('forwarded'), payload: forwardedPayloadSchema }),
  z.object({ ...eventBase, type: z.literal('decided'), payload: decidedPayloadSchema }),
]);

export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseEventType = CaseEvent['type'];
export type AcceptedPayload = z.infer<typeof acceptedPayloadSchema>;
export type DecidedPayload = z.infer<typeof decidedPayloadSchema>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event before it is sealed with its hash. */
export type UnsealedEvent = DistributiveOmit<CaseEvent, 'hash'>;

export const CASE_EVENT_LABELS: Record<CaseEventType, string> = {
  accepted: '受理',
  forwarded: '推送办理地',
  decided: '办结',
};
