/**
 * The 打印证明 form's rules, one schema per certificate template. Each parses what the clerk
 * typed into exactly the certificate's data (CertificateData without the print facts and the
 * seal, which the workstation adds), with a Chinese message under every field it refuses.
 */
import { z } from 'zod';
import type { CertificateData } from '../../../shared/documents/certificates/certificate-data';
import type { CertificateTemplate } from '../../../shared/domain/matter/certificate-templates';
import { parseIdNumber } from '../../../shared/domain/validators/id-number';

/** A certificate as the form yields it: the workstation adds `print` and `printedBy` (the hall). */
export type CertificateFormOutput = {
  [T in CertificateTemplate]: Omit<Extract<CertificateData, { certificateTemplate: T }>, 'print' | 'printedBy'>;
}[CertificateTemplate];

const text = (label: string, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, { message: `请填写${label}` })
    .max(max, { message: `${label}不超过${max}字` });

/** '' from an emptied optional input means "not printed". */
const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label}不超过${max}字` })
    .optional()
    .transform((value) => value || undefined);

const date = (label: string) => z.iso.date({ message: `请填写${label}` });
const month = (label: string) => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: `请填写${label}（年月）` });
const money = (label: string) => z.number({ message: `请填写${label}` }).min(0, { message: `${label}不能为负数` });
const count = (label: string, max: number) =>
  z
    .number({ message: `请填写${label}` })
    .int({ message: `${label}应为整数` })
    .min(0, { message: `${label}不能为负数` })
    .max(max, { message: `${label}不超过${max}` });

const holderIdNumber = z.string().transform((raw, ctx) => {
  const parsed = parseIdNumber(raw);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  }
  return parsed.value;
});

const commonShape = {
  certificateNumber: text('证明编号', 60),
  holder: z.object({ name: text('持证人姓名', 40), idNumber: holderIdNumber }),
  issuerName: text('出具机关（主管部门全称，与其印章一致）', 60).refine((name) => !/政务服务(中心|大厅)|便民服务中心/.test(name), {
    message: '证明由主管部门出具，出具机关不能是政务服务中心',
  }),
  issuedOn: date('出具日期'),
  verification: z.object({
    url: optionalText('核验网址', 100),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9-]{3,20}$/, { message: '请填写出具机关的核验电话' }),
  }),
};

export const insurancePeriodSchema = z
  .object({
    insurance: text('险种', 20),
    employer: text('参保单位', 26),
    from: month('起始年月'),
    to: z
      .union([month('截止年月'), z.literal('')])
      .optional()
      .transform((value) => value || undefined),
    paidMonths: count('缴费月数', 600),
    status: text('参保状态', 10),
  })
  .refine((period) => period.to === undefined || period.to >= period.from, { path: ['to'], message: '截止年月不能早于起始年月' });

export const socialInsuranceFormSchema = z.object({
  ...commonShape,
  certificateTemplate: z.literal('social-insurance'),
  insuredRegion: text('参保地', 30),
  asOfMonth: month('数据截至年月'),
  periods: z.array(insurancePeriodSchema).min(1, { message: '至少填写一段参保记录' }).max(30, { message: '参保记录不超过30段（一页）' }),
  purpose: optionalText('证明用途', 30),
});

export const housingFundLoanFormSchema = z.object({
  ...commonShape,
  certificateTemplate: z.literal('housing-fund-loan'),
  depositCenter: text('缴存地公积金中心', 30),
  accountNumber: z
    .string()
    .trim()
    .regex(/^\d{6,20}$/, { message: '个人账号应为6至20位数字' }),
  employer: text('缴存单位', 40),
  accountStatus: text('账户状态', 10),
  depositBase: money('缴存基数'),
  monthlyDeposit: money('月缴存额'),
  personalRatePercent: z.number({ message: '请填写个人缴存比例' }).min(0).max(12, { message: '缴存比例不超过12%' }),
  employerRatePercent: z.number({ message: '请填写单位缴存比例' }).min(0).max(12, { message: '缴存比例不超过12%' }),
  depositFrom: month('初缴年月'),
  depositTo: month('缴至年月'),
  consecutiveMonths: count('近6个月连续缴存月数', 6),
  balance: money('账户余额'),
  hasOutstandingLoan: z.boolean({ message: '请选择是否有未结清的公积金贷款' }),
  loanCity: text('贷款城市', 12),
  loanCenter: text('贷款地公积金中心', 30),
});

export const householdRegistrationFormSchema = z.object({
  ...commonShape,
  certificateTemplate: z.literal('household-registration'),
  gender: z.enum(['男', '女'], { message: '请选择性别' }),
  ethnicity: text('民族', 10),
  birthDate: date('出生日期'),
  address: text('户籍地址', 60),
  householdHead: text('户主姓名', 40),
  relationToHead: text('与户主关系', 10),
  registrationAuthority: text('户口登记机关', 30),
  statement: text('证明事项', 150),
  purpose: text('证明用途', 30),
});

export const noCriminalRecordFormSchema = z
  .object({
    ...commonShape,
    certificateTemplate: z.literal('no-criminal-record'),
    purpose: text('查询用途', 40),
    validUntil: date('有效期至'),
  })
  .refine((form) => form.validUntil > form.issuedOn, { path: ['validUntil'], message: '有效期应晚于出具日期' });

export const unemploymentRegistrationFormSchema = z.object({
  ...commonShape,
  certificateTemplate: z.literal('unemployment-registration'),
  registeredOn: date('失业登记日期'),
  registrationAgency: text('登记机构', 30),
  employmentCardNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{6,24}$/, { message: '《就业创业证》编号应为6至24位数字或字母' }),
  status: text('登记状态', 10),
  lastEmployer: optionalText('原工作单位', 40),
  benefits: text('失业保险金领取情况', 40),
  purpose: text('证明用途', 30),
});

export const CERTIFICATE_FORM_SCHEMAS = {
  'social-insurance': socialInsuranceFormSchema,
  'housing-fund-loan': housingFundLoanFormSchema,
  'household-registration': householdRegistrationFormSchema,
  'no-criminal-record': noCriminalRecordFormSchema,
  'unemployment-registration': unemploymentRegistrationFormSchema,
} satisfies Record<CertificateTemplate, z.ZodType<CertificateFormOutput>>;
