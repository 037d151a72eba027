/**
 * Certificates (证明) the handling window prints, as plain data (see official-data.ts). Each
 * matter names its template with `certificateTemplate`; the builder picks the layout by it.
 *
 * A certificate is the competent department's act, not the hall's: the 派出所, 社保经办机构,
 * 公积金中心 or 就业服务机构 issues it under its own name, seal and number sequence, and it
 * shows the full 公民身份号码 (a masked number certifies nobody). The hall only prints it,
 * and says so.
 * Dates: "YYYY-MM-DD"; months: "YYYY-MM"; money in yuan as numbers (printed with 2 decimals).
 */
import type { CertificateTemplate } from '../../domain/matter/certificate-templates';
import type { PrintInfo } from '../official/official-data';

export interface CertificateHolder {
  name: string;
  /** 公民身份号码, printed in full. */
  idNumber: string;
}

/** What every certificate carries. */
export interface CertificateCommon {
  /** 证明编号 from the issuing department's own sequence (the result it issued); also in the QR code. */
  certificateNumber: string;
  holder: CertificateHolder;
  /** 出具机关: the competent department's full name as on its seal (e.g. the 社会保险经办机构 for a 社保 certificate), never the hall. */
  issuerName: string;
  issuedOn: string;
  /** How a third party checks it with the issuing department: a web address and/or a phone number. */
  verification: { url?: string; phone: string };
  /** The hall that prints it on the department's behalf ("打印单位"). */
  printedBy: string;
  print: PrintInfo;
}

/** One period of one insurance (险种) in 个人参保缴费情况. */
export interface InsurancePeriod {
  /** 险种, e.g. "企业职工基本养老保险". */
  insurance: string;
  /** 参保单位 (or "灵活就业"); up to 26 characters keep 30 periods on one page. */
  employer: string;
  from: string;
  /** Omitted: still running. */
  to?: string;
  /** 实际缴费月数. */
  paidMonths: number;
  /** 参保状态, e.g. "正常参保" / "暂停缴费" / "终止参保". */
  status: string;
}

export interface SocialInsuranceCertificate extends CertificateCommon {
  certificateTemplate: 'social-insurance';
  /** 参保地, e.g. "四川省成都市锦江区". */
  insuredRegion: string;
  /** Up to 30 periods keep one page. */
  periods: InsurancePeriod[];
  /** 截至 this month (the data is as of then). */
  asOfMonth: string;
  purpose?: string;
}

export interface HousingFundLoanCertificate extends CertificateCommon {
  certificateTemplate: 'housing-fund-loan';
  /** 缴存地公积金中心, e.g. "成都住房公积金管理中心". */
  depositCenter: string;
  accountNumber: string;
  employer: string;
  /** 账户状态, e.g. "正常". */
  accountStatus: string;
  depositBase: number;
  monthlyDeposit: number;
  /** Personal and employer rates in percent. */
  personalRatePercent: number;
  employerRatePercent: number;
  depositFrom: string;
  depositTo: string;
  /** Months paid in the 6 before issue without a gap, as the loan rules ask. */
  consecutiveMonths: number;
  balance: number;
  /** Whether the holder has a housing-fund loan outstanding (使用情况). */
  hasOutstandingLoan: boolean;
  /** 贷款地 and the 贷款中心 the certificate is for. */
  loanCity: string;
  loanCenter: string;
}

export interface HouseholdRegistrationCertificate extends CertificateCommon {
  certificateTemplate: 'household-registration';
  gender: '男' | '女';
  ethnicity: string;
  birthDate: string;
  /** 户籍地址. */
  address: string;
  householdHead: string;
  relationToHead: string;
  /** 户口登记机关 (派出所). */
  registrationAuthority: string;
  /** What exactly is certified, e.g. "该居民户籍登记信息如上，曾用名：无。" */
  statement: string;
  purpose: string;
}

export interface NoCriminalRecordCertificate extends CertificateCommon {
  certificateTemplate: 'no-criminal-record';
  /** 查询用途 as stated by the applicant. */
  purpose: string;
  /** 有效期, e.g. 3 months from issue: the date printed. */
  validUntil: string;
}

export interface UnemploymentRegistrationCertificate extends CertificateCommon {
  certificateTemplate: 'unemployment-registration';
  /** 失业登记日期 and where. */
  registeredOn: string;
  registrationAgency: string;
  /** 《就业创业证》编号. */
  employmentCardNumber: string;
  /** 登记状态, e.g. "失业登记有效". */
  status: string;
  lastEmployer?: string;
  /** e.g. "正在领取失业保险金（2026年01月至2026年06月）" or "未领取失业保险金". */
  benefits: string;
  purpose: string;
}

export type CertificateData =
  | SocialInsuranceCertificate
  | HousingFundLoanCertificate
  | HouseholdRegistrationCertificate
  | NoCriminalRecordCertificate
  | UnemploymentRegistrationCertificate;

export const CERTIFICATE_TITLES: Record<CertificateTemplate, string> = {
  'social-insurance': '社会保险参保证明',
  'housing-fund-loan': '住房公积金异地贷款职工缴存使用证明',
  'household-registration': '户籍证明',
  'no-criminal-record': '无犯罪记录证明',
  'unemployment-registration': '失业登记证明',
};
