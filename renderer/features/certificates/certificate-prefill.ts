/**
 * What the 打印证明 form starts with, from the case: the holder is the applicant, the number
 * and date are the issued result's (the competent department's own), the issuer is the
 * deciding department the handling window recorded at 办结 (never the hall), and the
 * matter's own fields (用途, 账号, 原工作单位…) are carried over where the intake asked for
 * them. Everything else the clerk types from the department's records, including its
 * verification phone: the window never invents a fact the certificate attests.
 */
import type { CertificateTemplate } from '../../../shared/domain/matter/certificate-templates';
import type { DetailsValues } from '../../../shared/domain/matter/detail-values';
import { parseIdNumber } from '../../../shared/domain/validators/id-number';
import { chinaDate } from '../../../shared/domain/calendar/working-days';
import type { CaseRecord } from '../../data/db';
import type { FormValues } from './certificate-form-fields';

/** 无犯罪记录证明 is commonly accepted for 3 months from issue. */
const NO_CRIMINAL_RECORD_VALID_MONTHS = 3;

/** A text the intake recorded under one of `keys` (the first one filled), else ''. */
function detailText(details: DetailsValues | undefined, ...keys: string[]): string {
  for (const key of keys) {
    const value = details?.[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return '';
}

/** 用途 as the intake recorded it: 无犯罪记录证明 has a select plus a note for 其他. */
function purposeOf(details: DetailsValues | undefined): string {
  const chosen = detailText(details, 'purpose', 'certPurpose');
  const note = detailText(details, 'purposeNote');
  return chosen === '其他' && note ? note : chosen;
}

function addMonths(isoDate: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1 + months, day));
  return date.toISOString().slice(0, 10);
}

export function certificatePrefill(template: CertificateTemplate, record: CaseRecord): FormValues {
  const details = record.details;
  const issuedOn = record.result?.issuedOn ?? '';
  const common = {
    certificateTemplate: template,
    certificateNumber: record.result?.certificateNumber ?? '',
    holder: { name: record.applicant.name, idNumber: record.applicant.idNumber },
    issuerName: record.decision?.decidingAuthority ?? '',
    issuedOn,
    verification: { url: '', phone: '' },
  };
  switch (template) {
    case 'social-insurance':
      return {
        ...common,
        insuredRegion: '',
        asOfMonth: issuedOn.slice(0, 7),
        purpose: purposeOf(details),
        periods: [
          {
            insurance: detailText(details, 'insurance').replace('全部险种', ''),
            employer: '',
            from: detailText(details, 'periodFrom').slice(0, 7),
            to: '',
            paidMonths: null,
            status: '正常参保',
          },
        ],
      };
    case 'housing-fund-loan':
      return {
        ...common,
        depositCenter: '',
        accountNumber: detailText(details, 'fundAccount'),
        employer: '',
        accountStatus: '正常',
        depositBase: null,
        monthlyDeposit: null,
        personalRatePercent: null,
        employerRatePercent: null,
        depositFrom: '',
        depositTo: '',
        consecutiveMonths: null,
        balance: null,
        hasOutstandingLoan: false,
        loanCity: detailText(details, 'loanCity'),
        loanCenter: detailText(details, 'loanCentre'),
      };
    case 'household-registration': {
      const id = parseIdNumber(record.applicant.idNumber);
      return {
        ...common,
        gender: id.ok ? (id.gender === 'male' ? '男' : '女') : undefined,
        ethnicity: '',
        birthDate: id.ok ? id.birthDate : '',
        address: '',
        householdHead: '',
        relationToHead: '',
        registrationAuthority: '',
        statement: '该居民户籍登记信息如上。',
        purpose: purposeOf(details),
      };
    }
    case 'no-criminal-record':
      return { ...common, purpose: purposeOf(details), validUntil: issuedOn ? addMonths(issuedOn, NO_CRIMINAL_RECORD_VALID_MONTHS) : '' };
    case 'unemployment-registration':
      return {
        ...common,
        registeredOn: record.acceptedAt ? chinaDate(new Date(record.acceptedAt)) : '',
        registrationAgency: '',
        employmentCardNumber: '',
        status: '失业登记有效',
        lastEmployer: detailText(details, 'lastEmployer'),
        benefits: '',
        purpose: purposeOf(details),
      };
  }
}
