/**
 * The first-run form's own shape (hall number instead of the full hall code) and its
 * mapping to the shared workstation identity, which the host validates again. Where the
 * host holds no enrollment code the form also asks for the 注册票据 a hall administrator issued.
 */
import { z } from 'zod';
import { PROVINCE_CODES } from '../../../shared/domain/region/provinces';
import { workstationIdentitySchema, type WorkstationIdentity } from '../../../shared/domain/region/workstation';
import { ticketSchema } from '../../../shared/sync/enrollment-ticket-protocol';

export type SetupSubmission = WorkstationIdentity & { ticket?: string };

const setupFields = z.object({
  province: z.enum(PROVINCE_CODES, { message: '请选择所属省市' }),
  division: z.string().regex(/^\d{6}$/, { message: '请选择大厅所在区县' }),
  hallNumber: z.string().regex(/^\d{2}$/, { message: '大厅序号为2位数字，如 01' }),
  hallName: z.string(),
  hallPhone: z.string(),
  window: z.string(),
  ticket: z.string(),
});

/** ticketRequired: the host enrolls only with a ticket (app:info says so). */
export function setupFormSchemaFor(ticketRequired: boolean) {
  return setupFields.transform((form, ctx): SetupSubmission => {
    const identity = setupFormSchema.safeParse(form);
    if (!identity.success) {
      for (const issue of identity.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
    if (!ticketRequired) return identity.success ? identity.data : z.NEVER;
    const ticket = ticketSchema.safeParse(form.ticket);
    if (form.ticket.trim() === '') ctx.addIssue({ code: 'custom', path: ['ticket'], message: '请填写注册票据（由大厅系统管理员发放）' });
    else if (!ticket.success)
      ctx.addIssue({ code: 'custom', path: ['ticket'], message: ticket.error.issues[0]?.message ?? '注册票据格式不正确' });
    if (!identity.success || !ticket.success) return z.NEVER;
    return { ...identity.data, ticket: ticket.data };
  });
}

export const setupFormSchema = z
  .object({
    province: z.enum(PROVINCE_CODES, { message: '请选择所属省市' }),
    division: z.string().regex(/^\d{6}$/, { message: '请选择大厅所在区县' }),
    hallNumber: z.string().regex(/^\d{2}$/, { message: '大厅序号为2位数字，如 01' }),
    hallName: z.string(),
    hallPhone: z.string(),
    window: z.string(),
  })
  .transform((form, ctx): WorkstationIdentity => {
    const identity = workstationIdentitySchema.safeParse({
      province: form.province,
      hall: { division: form.division, code: `${form.division}${form.hallNumber}`, name: form.hallName, phone: form.hallPhone },
      window: form.window,
    });
    if (identity.success) return identity.data;
    for (const issue of identity.error.issues) {
      const field = issue.path.at(-1);
      const path = field === 'name' ? 'hallName' : field === 'phone' ? 'hallPhone' : field === 'code' ? 'hallNumber' : String(field);
      ctx.addIssue({ code: 'custom', path: [path], message: issue.message });
    }
    return z.NEVER;
  });

export type SetupFormValues = z.input<typeof setupFields>;

export const SETUP_DEFAULTS: SetupFormValues = {
  province: '51',
  division: '',
  hallNumber: '01',
  hallName: '',
  hallPhone: '',
  window: '',
  ticket: '',
};
