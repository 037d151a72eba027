/**
 * The first-run form's own shape (hall number instead of the full hall code) and its
 * mapping to the shared workstation identity, which the host validates again.
 */
import { z } from 'zod';
import { PROVINCE_CODES } from '../../../shared/domain/provinces';
import { workstationIdentitySchema, type WorkstationIdentity } from '../../../shared/domain/workstation';

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

export type SetupFormValues = z.input<typeof setupFormSchema>;

export const SETUP_DEFAULTS: SetupFormValues = {
  province: '51',
  division: '',
  hallNumber: '01',
  hallName: '',
  hallPhone: '',
  window: '',
};
