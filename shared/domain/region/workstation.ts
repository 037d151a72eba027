/**
 * Who a workstation is: the hall and window it serves. Entered once at first run and sent
 * with every event, so the hub can route cases and the audit trail names the place. The
 * person at the window signs in (staff.ts) and is named in the events beside it.
 */
import { z } from 'zod';
import { PROVINCE_CODES } from './provinces';

export const hallSchema = z.object({
  /** County-level GB/T 2260 code of the hall's place; cases handled there route to it. */
  division: z.string().regex(/^\d{6}$/, { message: '区划代码应为6位数字' }),
  /** Hall code: division code + two-digit hall number, unique within the province. */
  code: z.string().regex(/^\d{8}$/, { message: '大厅编码应为8位数字（区划代码+2位大厅序号）' }),
  name: z.string().trim().min(2, { message: '请填写大厅名称' }).max(60, { message: '大厅名称不超过60字' }),
  phone: z.string().trim().max(30, { message: '咨询电话不超过30字' }).default(''),
});

export const workstationIdentitySchema = z
  .object({
    province: z.enum(PROVINCE_CODES, { message: '请选择所属省市' }),
    hall: hallSchema,
    window: z.string().regex(/^\d{1,2}$/, { message: '窗口号应为1至2位数字' }),
    /**
     * The clerk typed in at first run before people signed in; kept so old settings files and
     * enrollments still parse. Who acts now is the signed-in person (staff.ts).
     */
    clerk: z.string().trim().min(2, { message: '请填写窗口人员姓名' }).max(20, { message: '窗口人员姓名不超过20字' }).optional(),
  })
  .refine((identity) => identity.hall.division.startsWith(identity.province), {
    message: '大厅所在区划与所属省市不一致',
    path: ['hall', 'division'],
  })
  .refine((identity) => identity.hall.code.startsWith(identity.hall.division), {
    message: '大厅编码应以所在区划代码开头',
    path: ['hall', 'code'],
  });

export type Hall = z.infer<typeof hallSchema>;
export type WorkstationIdentity = z.infer<typeof workstationIdentitySchema>;
