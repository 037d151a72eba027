/**
 * The bridge channels for people: who is signed in at this workstation, signing in (at the
 * hub, or offline against a verifier this workstation cached at an earlier online sign-in),
 * the idle lock, and the hall's accounts for its administrator. The hub session token and
 * the cached verifiers stay in the host; the renderer sees only who is signed in.
 */
import { z } from 'zod';
import { staffAccountSchema } from '../domain/case/staff';
import { ulidSchema } from '../domain/validators/ulid';
import { accountListSchema, accountUpdateSchema, auditListSchema, newAccountSchema, signInRequestSchema } from '../sync/staff-protocol';

const empty = z.object({}).strict();

export const sessionViewSchema = z.object({
  account: staffAccountSchema,
  /** 'online': checked by the hub (hall-wide screens work); 'offline': by this workstation's cached verifier. */
  mode: z.enum(['online', 'offline']),
  signedInAt: z.string(),
  /** The idle lock is on: only the same person's password (or signing out) opens the screen. */
  locked: z.boolean(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const peopleStatusSchema = z.object({
  session: sessionViewSchema.nullable(),
  /** null when the hub could not be asked (offline): sign-in is then offline only. */
  hallHasAccounts: z.boolean().nullable(),
  /** People who may sign in here offline (signed in online at this workstation lately). */
  knownPeople: z.array(z.object({ username: z.string(), name: z.string(), offlineUntil: z.string() })),
});
export type PeopleStatus = z.infer<typeof peopleStatusSchema>;

export const peopleChannels = {
  'people:status': { input: empty, output: peopleStatusSchema },
  'people:bootstrap': { input: newAccountSchema, output: sessionViewSchema },
  'people:signIn': { input: signInRequestSchema, output: sessionViewSchema },
  'people:signOut': { input: empty, output: z.object({ signedOut: z.boolean() }) },
  'people:lock': { input: empty, output: sessionViewSchema },
  'people:unlock': { input: z.object({ password: z.string().min(1, { message: '请输入密码' }).max(64) }), output: sessionViewSchema },
  'accounts:list': { input: empty, output: accountListSchema },
  'accounts:create': { input: newAccountSchema, output: staffAccountSchema },
  'accounts:update': { input: z.object({ id: ulidSchema, update: accountUpdateSchema }), output: staffAccountSchema },
  'accounts:audit': { input: empty, output: auditListSchema },
} as const;
