/**
 * The people of a hall and what each may do. Accounts are kept at the province hub and
 * managed by the hall's 系统管理员; a person signs in at any workstation of the hall, and the
 * events they make carry their account (actor.accountId) beside the workstation.
 *
 * One person may hold several roles (a small hall's 值班长 is often also its administrator).
 * Roles gate what the screens offer and what the hub accepts: case actions by side
 * (窗口人员 the receiving window's, 办理人员 the handling department's), supervision
 * (改派, 督办, 差评回访) by 值班长/科长, and 设置 and accounts by 系统管理员.
 */
import { z } from 'zod';
import type { CaseEventType } from './case-events';

export const STAFF_ROLES = ['clerk', 'handler', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  clerk: '窗口人员',
  handler: '办理人员',
  supervisor: '值班长/科长',
  admin: '系统管理员',
};

/** Sign-in names: ASCII so any keyboard layout and the hub's unique index agree on them. */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, { message: '登录名为3至32位小写字母、数字或 _ . -，以字母开头' });

export const personNameSchema = z.string().trim().min(2, { message: '请填写姓名' }).max(20, { message: '姓名不超过20字' });

/** Long enough to resist guessing offline (the cached verifier), short enough to type. */
export const passwordSchema = z
  .string()
  .min(8, { message: '密码至少8位' })
  .max(64, { message: '密码不超过64位' })
  .refine((value) => /[A-Za-z]/.test(value) && /\d/.test(value), { message: '密码须同时包含字母和数字' });

export const rolesSchema = z
  .array(z.enum(STAFF_ROLES))
  .min(1, { message: '请至少选择一个角色' })
  .max(STAFF_ROLES.length)
  .transform((roles) => STAFF_ROLES.filter((role) => roles.includes(role)));

export const staffAccountSchema = z.object({
  id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/),
  hallCode: z.string().regex(/^\d{8}$/),
  username: usernameSchema,
  name: personNameSchema,
  roles: rolesSchema,
  active: z.boolean(),
});
export type StaffAccount = z.infer<typeof staffAccountSchema>;

export function hasRole(roles: readonly StaffRole[], role: StaffRole): boolean {
  return roles.includes(role);
}

/** Only administrators change 设置 (documents, printer, holiday calendar) and accounts. */
export const canAdminister = (roles: readonly StaffRole[]) => hasRole(roles, 'admin');
/** Only supervisors reassign, send 督办 and close 差评 follow-ups. */
export const canSupervise = (roles: readonly StaffRole[]) => hasRole(roles, 'supervisor');

/**
 * The role each case event needs. The side rules of case-transitions.ts say which place may
 * act; this says which person at that place. Answering a 督办 is for whoever works the case
 * on that side, so either case role will do.
 */
export const EVENT_ROLES: Record<CaseEventType, readonly StaffRole[]> = {
  accepted: ['clerk'],
  notified: ['clerk'],
  refused: ['clerk'],
  supplemented: ['clerk'],
  withdrawn: ['clerk'],
  forwarded: ['clerk'],
  materialsPosted: ['clerk'],
  supplementSubmitted: ['clerk'],
  resultHandedOver: ['clerk'],
  // The applicant rates on the counter's rating screen; the event is made by the clerk's workstation.
  rated: ['clerk'],
  received: ['handler'],
  specialProcedureStarted: ['handler'],
  specialProcedureEnded: ['handler'],
  supplementRequested: ['handler'],
  decided: ['handler'],
  resultIssued: ['handler'],
  reassigned: ['supervisor'],
  supervisionIssued: ['supervisor'],
  supervisionAnswered: ['clerk', 'handler', 'supervisor'],
  reviewFollowedUp: ['supervisor'],
};

export function roleNames(roles: readonly StaffRole[]): string {
  return roles.map((role) => STAFF_ROLE_LABELS[role]).join('、');
}

/** Failed sign-ins before an account is locked, and for how long (hub and offline alike). */
export const SIGN_IN_LOCKOUT = { maxFailures: 5, lockMinutes: 15 } as const;
/** A workstation signs a person in offline only within this many days of their last online sign-in. */
export const OFFLINE_SIGN_IN_DAYS = 7;
/** The screen locks after this long without keyboard or mouse input. */
export const IDLE_LOCK_MINUTES = 10;
