/**
 * The inputs of the 打印证明 form, per template, as data: one generic form draws them (the
 * rules and messages are the schemas in certificate-form-schemas.ts). Names are the
 * certificate data's own paths, so the form's values parse straight into CertificateData.
 * Adding a certificate field? Add it to the data type, the body, the schema and here.
 */
import type { CertificateTemplate } from '../../../shared/domain/matter/certificate-templates';

export type CertificateInputKind = 'text' | 'textarea' | 'date' | 'month' | 'money' | 'percent' | 'integer' | 'gender' | 'yesNo';

export interface CertificateInputSpec {
  /** Path in the form values, e.g. "holder.name". */
  name: string;
  label: string;
  kind: CertificateInputKind;
  required: boolean;
  maxLength?: number;
}

/** The form's values before parsing: numbers may be null (an emptied input), selects undefined. */
export type FormValues = Record<string, unknown> & { certificateTemplate: CertificateTemplate };

const text = (name: string, label: string, maxLength: number, required = true): CertificateInputSpec => ({
  name,
  label,
  kind: 'text',
  required,
  maxLength,
});
const input = (name: string, label: string, kind: CertificateInputKind, required = true): CertificateInputSpec => ({
  name,
  label,
  kind,
  required,
});

/** Every certificate: holder, the issuing department's number, name and date, and how to verify it with that department. */
export const COMMON_INPUTS: readonly CertificateInputSpec[] = [
  text('holder.name', '持证人姓名', 40),
  text('holder.idNumber', '公民身份号码', 18),
  text('certificateNumber', '证明编号（出具机关编号）', 60),
  text('issuerName', '出具机关（主管部门全称）', 60),
  input('issuedOn', '出具日期', 'date'),
  text('verification.phone', '出具机关核验电话', 20),
  text('verification.url', '核验网址', 100, false),
];

export const TEMPLATE_INPUTS: Record<CertificateTemplate, readonly CertificateInputSpec[]> = {
  'social-insurance': [
    text('insuredRegion', '参保地', 30),
    input('asOfMonth', '数据截至年月', 'month'),
    text('purpose', '证明用途', 30, false),
  ],
  'housing-fund-loan': [
    text('depositCenter', '缴存地公积金中心', 30),
    text('accountNumber', '个人账号', 20),
    text('employer', '缴存单位', 40),
    text('accountStatus', '账户状态', 10),
    input('depositBase', '缴存基数（元）', 'money'),
    input('monthlyDeposit', '月缴存额（元）', 'money'),
    input('personalRatePercent', '个人缴存比例（%）', 'percent'),
    input('employerRatePercent', '单位缴存比例（%）', 'percent'),
    input('depositFrom', '初缴年月', 'month'),
    input('depositTo', '缴至年月', 'month'),
    input('consecutiveMonths', '近6个月连续缴存月数', 'integer'),
    input('balance', '账户余额（元）', 'money'),
    input('hasOutstandingLoan', '有未结清的公积金贷款', 'yesNo'),
    text('loanCity', '贷款城市', 12),
    text('loanCenter', '贷款地公积金中心', 30),
  ],
  'household-registration': [
    input('gender', '性别', 'gender'),
    text('ethnicity', '民族', 10),
    input('birthDate', '出生日期', 'date'),
    text('address', '户籍地址', 60),
    text('householdHead', '户主姓名', 40),
    text('relationToHead', '与户主关系', 10),
    text('registrationAuthority', '户口登记机关', 30),
    { name: 'statement', label: '证明事项', kind: 'textarea', required: true, maxLength: 150 },
    text('purpose', '证明用途', 30),
  ],
  'no-criminal-record': [text('purpose', '查询用途', 40), input('validUntil', '有效期至', 'date')],
  'unemployment-registration': [
    input('registeredOn', '失业登记日期', 'date'),
    text('registrationAgency', '登记机构', 30),
    text('employmentCardNumber', '《就业创业证》编号', 24),
    text('status', '登记状态', 10),
    text('lastEmployer', '原工作单位', 40, false),
    text('benefits', '失业保险金领取情况', 40),
    text('purpose', '证明用途', 30),
  ],
};

/** 参保缴费情况: one row per period of one insurance (社会保险参保证明 only). */
export const PERIOD_INPUTS: readonly CertificateInputSpec[] = [
  text('insurance', '险种', 20),
  text('employer', '参保单位', 26),
  input('from', '起始年月', 'month'),
  input('to', '截止年月', 'month', false),
  input('paidMonths', '缴费月数', 'integer'),
  text('status', '参保状态', 10),
];

export const EMPTY_PERIOD = { insurance: '', employer: '', from: '', to: '', paidMonths: null, status: '正常参保' };
