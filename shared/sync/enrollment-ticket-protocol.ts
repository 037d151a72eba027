/**
 * Hub API v1 for enrollment by people: a hall's 系统管理员 (signed in at a workstation of the
 * hall) or the hub's CLI issues a one-time, short-lived ticket bound to the hall and one
 * window; the new workstation enrolls with it (POST /v1/enroll `{ticket}`). Tokens expire and
 * are renewed with the pinned key's signature; administrators revoke them and replace a lost
 * key, each on record.
 *
 *   POST /v1/staff/enrollment-tickets               issue a ticket for a window (系统管理员)
 *   GET  /v1/staff/workstations                     the hall's workstations (系统管理员)
 *   POST /v1/staff/workstations/{id}/revoke         stop the token, renewal refused (系统管理员)
 *   POST /v1/staff/workstations/{id}/reset-key      forget the pinned key (lost PC) (系统管理员)
 *   GET  /v1/staff/workstation-actions              who did what to which workstation, why
 *   POST /v1/enroll:renew                           a fresh token for a signed proof (no ticket)
 */
import { z } from 'zod';
import { ulidSchema } from '../domain/validators/ulid';
import { workstationIdentitySchema } from '../domain/region/workstation';
import { enrollmentProofSchema } from './enrollment-proof';

/** Ticket letters: no 0/O, 1/I/L, so a ticket read out over the phone survives. */
export const TICKET_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TICKET_LENGTH = 16;

/** "abcd-efgh …" as typed -> "ABCDEFGH…": groups, spaces and case do not matter. */
export function normalizeTicket(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

/** Groups of four for reading out and typing. */
export function formatTicket(ticket: string): string {
  return ticket.match(/.{1,4}/g)?.join('-') ?? ticket;
}

export const ticketSchema = z
  .string()
  .max(40, { message: '注册票据格式不正确' })
  .transform(normalizeTicket)
  .pipe(
    z
      .string()
      .regex(new RegExp(`^[${TICKET_ALPHABET}]{${TICKET_LENGTH}}$`), { message: '注册票据应为16位字母数字（如 ABCD-EFGH-JKMN-PQRS）' }),
  );

export const MAX_TICKET_HOURS = 24 * 7;

export const issueTicketRequestSchema = z.object({
  window: z.string().regex(/^\d{1,2}$/, { message: '窗口号应为1至2位数字' }),
  /** How long the ticket stays good; the hub's default (24 h) when left out. */
  validHours: z
    .number()
    .int()
    .min(1)
    .max(MAX_TICKET_HOURS, { message: `注册票据有效期不超过${MAX_TICKET_HOURS}小时` })
    .optional(),
});

export const issuedTicketSchema = z.object({
  ticket: z.string(),
  hallCode: z.string(),
  window: z.number().int(),
  expiresAt: z.string(),
});

export const workstationActionRequestSchema = z.object({
  reason: z.string().trim().min(2, { message: '请填写原因' }).max(200, { message: '原因不超过200字' }),
});

export const workstationPathSchema = z.object({ id: ulidSchema });

export const hallWorkstationSchema = z.object({
  id: z.string(),
  window: z.number().int(),
  active: z.boolean(),
  hasKey: z.boolean(),
  enrolledAt: z.string(),
  tokenExpiresAt: z.string().nullable(),
  tokenRevoked: z.boolean(),
});
export const hallWorkstationsSchema = z.object({ workstations: z.array(hallWorkstationSchema) });

export const workstationActionRecordSchema = z.object({
  workstationId: z.string(),
  action: z.enum(['revoke-token', 'reset-key', 'issue-ticket']),
  actor: z.string(),
  reason: z.string(),
  at: z.string(),
});
export const workstationActionsSchema = z.object({ actions: z.array(workstationActionRecordSchema) });

/** Renewal: the same signed proof as enrollment, without a ticket; hall and window unchanged. */
export const renewRequestSchema = z.object({
  workstationId: ulidSchema,
  identity: workstationIdentitySchema,
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{40,400}={0,2}$/, { message: '公钥格式错误' }),
  proof: enrollmentProofSchema,
});
export const renewResponseSchema = z.object({ token: z.string().min(32), expiresAt: z.string() });

export type IssueTicketRequest = z.infer<typeof issueTicketRequestSchema>;
export type IssuedTicket = z.infer<typeof issuedTicketSchema>;
export type HallWorkstation = z.infer<typeof hallWorkstationSchema>;
export type WorkstationActionRecord = z.infer<typeof workstationActionRecordSchema>;
export type RenewRequest = z.infer<typeof renewRequestSchema>;
