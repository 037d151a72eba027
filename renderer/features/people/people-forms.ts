/** The sign-in and account forms' schemas: the shared ones, plus a repeated password. */
import { z } from 'zod';
import { newAccountSchema, signInRequestSchema } from '../../../shared/sync/staff-protocol';

export const signInFormSchema = signInRequestSchema;
export type SignInFormValues = z.input<typeof signInFormSchema>;

export const accountFormSchema = newAccountSchema
  .extend({ confirm: z.string() })
  .refine((form) => form.password === form.confirm, { message: '两次输入的密码不一致', path: ['confirm'] })
  .transform(({ confirm: _confirm, ...account }) => account);
export type AccountFormValues = z.input<typeof accountFormSchema>;
