/**
 * Hub API v1 for the people of a hall. Every call carries the workstation's bearer token
 * (the hall is the workstation's); calls made for a signed-in person also carry the session
 * token the hub gave at sign-in, in the `x-staff-session` header. The host keeps both: the
 * renderer never sees either.
 *
 *   GET  /v1/staff/status          does the workstation's hall have accounts yet?
 *   POST /v1/staff/bootstrap       the hall's first account (only while it has none; must be 系统管理员)
 *   POST /v1/staff/sign-in         username + password -> account + session
 *   POST /v1/staff/sign-out        ends the session
 *   GET  /v1/staff/accounts        the hall's accounts (系统管理员, 值班长/科长)
 *   POST /v1/staff/accounts        create one (系统管理员)
 *   POST /v1/staff/accounts/{id}   change name, roles, active or password (系统管理员)
 *   POST /v1/staff/audit           record a change the workstation made (设置, 节假日安排)
 *   GET  /v1/staff/audit           the hall's audit records (系统管理员)
 */
import { z } from 'zod';
import { passwordSchema, personNameSchema, rolesSchema, staffAccountSchema, usernameSchema } from '../domain/case/staff';
import { ulidSchema } from '../domain/validators/ulid';

export const STAFF_SESSION_HEADER = 'x-staff-session';

export const staffStatusSchema = z.object({ hasAccounts: z.boolean() });

export const newAccountSchema = z.object({
  username: usernameSchema,
  name: personNameSchema,
  roles: rolesSchema,
  password: passwordSchema,
});
export type NewAccount = z.input<typeof newAccountSchema>;

export const signInRequestSchema = z.object({
  username: usernameSchema,
  /** Not checked for strength here: an old password must still be able to sign in. */
  password: z.string().min(1, { message: '请输入密码' }).max(64),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const signInResponseSchema = z.object({
  account: staffAccountSchema,
  session: z.string().min(32),
  expiresAt: z.string(),
});
export type SignInResponse = z.infer<typeof signInResponseSchema>;

export const accountListSchema = z.object({ accounts: z.array(staffAccountSchema) });

export const accountUpdateSchema = z
  .object({
    name: personNameSchema.optional(),
    roles: rolesSchema.optional(),
    active: z.boolean().optional(),
    /** A new password set by the administrator (the person changes it after signing in). */
    password: passwordSchema.optional(),
  })
  .refine((update) => Object.values(update).some((value) => value !== undefined), { message: '没有要修改的内容' });
export type AccountUpdate = z.input<typeof accountUpdateSchema>;

export const accountPathSchema = z.object({ id: ulidSchema });

/** What a workstation reports it changed: who is the session's person, where is the workstation. */
export const auditRecordSchema = z.object({
  /** The signed-in person who made the change (an account of the workstation's hall). */
  accountId: ulidSchema,
  action: z.enum(['settings.documents', 'settings.printer', 'settings.holidayYear.save', 'settings.holidayYear.remove']),
  /** What changed, as the workstation saw it (small: a year's dates, a printer name, a diff of fields). */
  detail: z.record(z.string(), z.unknown()),
  /** When it was changed on the workstation (it may report later, after being offline). */
  at: z.iso.datetime({ offset: true }),
});
export type AuditRecord = z.infer<typeof auditRecordSchema>;

export const auditListSchema = z.object({
  records: z.array(
    z.object({
      action: z.string(),
      detail: z.record(z.string(), z.unknown()),
      at: z.string(),
      accountId: z.string().nullable(),
      personName: z.string().nullable(),
      workstationId: z.string().nullable(),
    }),
  ),
});
