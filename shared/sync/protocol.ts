/**
 * Hub API v1, the wire contract between workstations and province hubs and between the two
 * hubs. Every request and response body is parsed with these schemas on both ends.
 *
 *   POST /v1/enroll            enrollment code + identity   -> workstation id + bearer token
 *   POST /v1/events:push       batch of events (bearer)     -> per-event applied|duplicate|rejected
 *   GET  /v1/changes?cursor=   change feed for the caller's hall (bearer), ordered by cursor
 *   GET  /v1/changes/wait      waits until the caller's feed has news after a cursor (long-poll)
 *   GET  /v1/cases/{id}/events one case's whole log, for a workstation missing its history
 *   GET  /v1/case-numbers/last  the caller's window's last 办件编号 sequence of a day
 *   POST /v1/exchange/forward  hub-to-hub batch (peer secret), same per-event results
 *   GET  /v1/keys              published receipt-sealing keys of enrolled workstations
 *   GET  /v1/health            liveness, the hub's province and crypto suite
 *
 * The hub's crypto suite (`cryptoSuite`, shared/cryptography/crypto-suite.ts) rides on the answers a
 * workstation gets anyway (enroll, push, health, keys) so it follows a change-over at its
 * next sync; it is optional on the wire because hubs older than 国密 leave it out.
 */
import { z } from 'zod';
import { cryptoSuiteSchema } from '../cryptography/crypto-suite';
import type { DocumentNumberKind } from '../domain/document-number';
import { caseEventSchema, ulidSchema } from '../domain/case/case-events';
import { PROVINCE_CODES } from '../domain/region/provinces';
import { workstationIdentitySchema } from '../domain/region/workstation';
import { enrollmentProofSchema } from './enrollment-proof';
import { ticketSchema } from './enrollment-ticket-protocol';

export const MAX_PUSH_BATCH = 200;
export const MAX_PULL_LIMIT = 500;

export const enrollRequestSchema = z
  .object({
    /** The province's shared code: only hubs started with it allowed (embedded demo pair, tests). */
    enrollmentCode: z.string().min(8, { message: '注册码至少8位' }).max(128).optional(),
    /** A one-time ticket a hall administrator issued for this hall and window (enrollment-ticket-protocol.ts). */
    ticket: ticketSchema.optional(),
    /**
     * Minted by the workstation at first set-up, before it ever reaches a hub, because the
     * events it captures offline already carry it. The hub binds the token to this id.
     */
    workstationId: ulidSchema,
    identity: workstationIdentitySchema,
    /** The workstation's receipt-sealing public key (SPKI DER, base64), published by the hub. */
    publicKey: z
      .string()
      .regex(/^[A-Za-z0-9+/]{40,400}={0,2}$/, { message: '公钥格式错误' })
      .optional(),
    /** Signed with that key (sync/enrollment-proof.ts); required whenever a key is presented. */
    proof: enrollmentProofSchema.optional(),
  })
  .refine((request) => (request.enrollmentCode === undefined) !== (request.ticket === undefined), {
    message: '请填写注册票据（由大厅系统管理员发放）',
    path: ['ticket'],
  });
export const enrollResponseSchema = z.object({
  workstationId: z.string().min(1),
  token: z.string().min(32),
  province: z.enum(PROVINCE_CODES),
  cryptoSuite: cryptoSuiteSchema.optional(),
  /** When the token stops working unless renewed (POST /v1/enroll:renew); absent from older hubs. */
  tokenExpiresAt: z.string().optional(),
});

/**
 * Names one copy of a workstation's store (its IndexedDB), minted when that store is
 * created. Its pushes carry it, and its pulls leave out the events it pushed itself (it
 * holds them already), while still moving the cursor past them. A wiped or new store has a
 * new id, so it gets every event back, its own included.
 */
export const replicaIdSchema = ulidSchema;

export const pushRequestSchema = z.object({
  events: z
    .array(caseEventSchema)
    .min(1)
    .max(MAX_PUSH_BATCH, { message: `每批最多${MAX_PUSH_BATCH}个事件` }),
  replicaId: replicaIdSchema.optional(),
});

/**
 * Per-event answer to a push or forward. `deferred`: not applied YET because an event it
 * follows (a parent in its case's log) is not here; the sender keeps it and sends it again
 * later, unlike `rejected`, which no retry can change.
 */
export const eventResultSchema = z.discriminatedUnion('status', [
  z.object({ id: z.string(), status: z.literal('applied') }),
  z.object({ id: z.string(), status: z.literal('duplicate') }),
  z.object({ id: z.string(), status: z.literal('deferred'), code: z.string(), message: z.string() }),
  z.object({ id: z.string(), status: z.literal('rejected'), code: z.string(), message: z.string() }),
]);
export const pushResponseSchema = z.object({ results: z.array(eventResultSchema), cryptoSuite: cryptoSuiteSchema.optional() });

/** Cursors are opaque decimal strings: never numbers or dates on the wire (precision). */
const MAX_BIGINT = '9223372036854775807';
/** A feed seq as text: digits within PostgreSQL's bigint (a larger one would fail the cast: a 500). */
export const cursorSchema = z
  .string()
  .regex(/^\d{1,20}$/, { message: '游标格式错误' })
  .refine((cursor) => cursor.length < MAX_BIGINT.length || (cursor.length === MAX_BIGINT.length && cursor <= MAX_BIGINT), {
    message: '游标超出范围',
  });

export const changesQuerySchema = z.object({
  cursor: cursorSchema.default('0'),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(200),
  /** Leave out this replica's own events (see replicaIdSchema). */
  replicaId: replicaIdSchema.optional(),
});
export const changeSchema = z.object({
  cursor: cursorSchema,
  receivedAt: z.string(),
  event: caseEventSchema,
});
export const changesResponseSchema = z.object({
  changes: z.array(changeSchema),
  nextCursor: cursorSchema,
  hasMore: z.boolean(),
});

/**
 * GET /v1/changes/wait?cursor=&waitMs=: answers `news: true` as soon as the caller's feed
 * holds a row after `cursor`, or `news: false` once `waitMs` has passed. It carries no data
 * (the workstation then pulls), so a hub answers idle workstations from memory.
 */
export const MAX_CHANGES_WAIT_MS = 60_000;
export const changesWaitQuerySchema = z.object({
  cursor: cursorSchema.default('0'),
  waitMs: z.coerce.number().int().min(0).max(MAX_CHANGES_WAIT_MS).default(25_000),
});
export const changesWaitResponseSchema = z.object({ news: z.boolean() });

/**
 * GET /v1/cases/{caseId}/events: every event the hub holds of one case the caller's hall may
 * see, in the hub's feed order. A workstation that holds an event whose parents never came
 * (a store restored from an old backup, a skipped page) fetches the case's history here.
 */
export const caseLogQuerySchema = z.object({ caseId: ulidSchema });
export const caseLogResponseSchema = z.object({ events: z.array(caseEventSchema) });

/**
 * GET /v1/case-numbers/last?date=: the highest daily sequence of the caller's window on that
 * China date that the hub holds, so a workstation whose store was wiped never mints a
 * 办件编号 the hub already has.
 */
export const lastCaseNumberQuerySchema = z.object({ date: z.iso.date({ message: '日期格式应为YYYY-MM-DD' }) });
export const lastCaseNumberResponseSchema = z.object({
  prefix: z.string().regex(/^\d{18}$/),
  lastSequence: z.number().int().min(0).max(9999),
});

/**
 * GET /v1/keys: every enrolled workstation's sealing key, for offline receipt checks, and
 * the keys retired from them (`retiredAt`): they verify only receipts numbered on or before
 * that day (shared/domain/seal/receipt-seal.ts).
 */
export const publishedKeysResponseSchema = z.object({
  province: z.enum(PROVINCE_CODES),
  cryptoSuite: cryptoSuiteSchema.optional(),
  keys: z.array(
    z.object({
      workstationId: ulidSchema,
      province: z.enum(PROVINCE_CODES),
      hallCode: z.string().regex(/^\d{8}$/),
      publicKey: z.string(),
      algorithm: z.enum(['ecdsa-p256', 'sm2']).optional(),
      retiredAt: z.iso.datetime({ offset: true }).optional(),
    }),
  ),
});

/**
 * POST /v1/document-numbers: a block (号段) of 文书编号 sequence numbers for the caller's hall,
 * one kind and year. Workstations lease blocks while online and issue from them offline, so
 * every window of a hall draws from one sequence and no two windows print the same number.
 */
export const DOCUMENT_NUMBER_KIND_CODES = [
  'accept',
  'notify',
  'refuse',
  'result',
  'certificate',
] as const satisfies readonly DocumentNumberKind[];
export const MAX_DOCUMENT_NUMBER_LEASE = 200;
export const documentNumberLeaseRequestSchema = z.object({
  kind: z.enum(DOCUMENT_NUMBER_KIND_CODES, { message: '文书类别无效' }),
  year: z.number().int().min(2000).max(2999),
  count: z
    .number()
    .int()
    .min(1)
    .max(MAX_DOCUMENT_NUMBER_LEASE, { message: `每次最多领取${MAX_DOCUMENT_NUMBER_LEASE}个文书编号` }),
});
export type DocumentNumberLeaseRequest = z.infer<typeof documentNumberLeaseRequestSchema>;
export const documentNumberLeaseSchema = z.object({
  hallCode: z.string().regex(/^\d{8}$/),
  kind: z.enum(DOCUMENT_NUMBER_KIND_CODES),
  year: z.number().int(),
  /** First and last sequence number of the block, both inclusive. */
  from: z.number().int().min(1),
  to: z.number().int().min(1),
});
export type DocumentNumberLease = z.infer<typeof documentNumberLeaseSchema>;

export const healthResponseSchema = z.object({
  ok: z.literal(true),
  province: z.enum(PROVINCE_CODES),
  cryptoSuite: cryptoSuiteSchema.optional(),
});

/** Every 4xx/5xx body. `message` is Chinese and shown to the clerk as is. */
export const hubErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export type EnrollRequest = z.infer<typeof enrollRequestSchema>;
export type EnrollResponse = z.infer<typeof enrollResponseSchema>;
export type PushRequest = z.infer<typeof pushRequestSchema>;
export type EventResult = z.infer<typeof eventResultSchema>;
export type PushResponse = z.infer<typeof pushResponseSchema>;
export type ChangesQuery = z.infer<typeof changesQuerySchema>;
export type Change = z.infer<typeof changeSchema>;
export type ChangesResponse = z.infer<typeof changesResponseSchema>;
export type ChangesWaitQuery = z.infer<typeof changesWaitQuerySchema>;
export type ChangesWaitResponse = z.infer<typeof changesWaitResponseSchema>;
export type HubError = z.infer<typeof hubErrorSchema>;
export type HealthResponse = z.infer<typeof healthResponseSchema>;
export type LastCaseNumberResponse = z.infer<typeof lastCaseNumberResponseSchema>;
export type CaseLogResponse = z.infer<typeof caseLogResponseSchema>;
