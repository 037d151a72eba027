/**
 * The 打印证明 form: what it starts with for a case whose result is issued, that a prefill
 * completed with the clerk's facts parses into the certificate's data, and that a missing
 * fact is refused under its field in Chinese.
 */
import { describe, expect, it } from 'vitest';
import { CERTIFICATE_TEMPLATES, type CertificateTemplate } from '../../shared/domain/matter/certificate-templates';
import type { CaseRecord } from '../../renderer/data/db';
import { certificateTemplateFor } from '../../renderer/features/certificates/certificate-for-case';
import { CERTIFICATE_FORM_SCHEMAS } from '../../renderer/features/certificates/certificate-form-schemas';
import { certificatePrefill } from '../../renderer/features/certificates/certificate-prefill';
import { buildSampleCase, SAMPLE_ACTOR } from '../fixtures/sample-case';

/** The department the Chongqing window recorded when it decided. */
const DECIDER = '重庆市公安局渝中区分局解放碑派出所';

async function issuedCase(details: CaseRecord['details'] = { purpose: '就业' }): Promise<CaseRecord> {
  const state = await buildSampleCase();
  const result = {
    certificateName: '无犯罪记录证明',
    certificateNumber: '渝公证2026第000815号',
    issuedOn: '2026-03-20',
    at: '2026-03-20T02:00:00.000Z',
    by: SAMPLE_ACTOR,
  };
  const decision = {
    outcome: 'approved' as const,
    opinion: '准予出具',
    decidingAuthority: DECIDER,
    at: '2026-03-20T01:00:00.000Z',
    by: SAMPLE_ACTOR,
  };
  return { ...state, side: 'handling', status: 'resultIssued', details, decision, result };
}

/** What the clerk types from the issuing department's records, per template (its name and verification phone too). */
const CLERK_TYPES: Record<CertificateTemplate, Record<string, unknown>> = {
  'social-insurance': {
    issuerName: '重庆市渝中区社会保险事务中心',
    verification: { url: '', phone: '023-63761234' },
    insuredRegion: '重庆市渝中区',
    periods: [
      { insurance: '企业职工基本养老保险', employer: '重庆某某科技有限公司', from: '2020-01', to: '', paidMonths: 74, status: '正常参保' },
    ],
  },
  'housing-fund-loan': {
    issuerName: '重庆市住房公积金管理中心',
    verification: { url: '', phone: '023-12329' },
    depositCenter: '重庆市住房公积金管理中心',
    accountNumber: '500100123456789',
    employer: '重庆某某科技有限公司',
    depositBase: 8500,
    monthlyDeposit: 2040,
    personalRatePercent: 12,
    employerRatePercent: 12,
    depositFrom: '2015-07',
    depositTo: '2026-02',
    consecutiveMonths: 6,
    balance: 123456.78,
    loanCity: '成都市',
    loanCenter: '成都住房公积金管理中心',
  },
  'household-registration': {
    verification: { url: '', phone: '023-63761110' },
    ethnicity: '汉族',
    address: '重庆市渝中区解放碑街道民族路1号',
    householdHead: '张三',
    relationToHead: '户主',
    registrationAuthority: '重庆市公安局渝中区分局解放碑派出所',
    purpose: '办理入学',
  },
  'no-criminal-record': { verification: { url: '', phone: '023-63761110' } },
  'unemployment-registration': {
    issuerName: '重庆市渝中区就业和人才服务局',
    verification: { url: '', phone: '023-63761234' },
    registrationAgency: '重庆市渝中区就业和人才服务局',
    employmentCardNumber: '5001030020260105001',
    benefits: '未领取失业保险金',
    purpose: '办理社会保险补贴',
  },
};

describe('打印证明 form', () => {
  it('is offered on the handling side once the result is issued, for a matter that names a template', async () => {
    const record = await issuedCase();
    expect(certificateTemplateFor(record, { certificateTemplate: 'no-criminal-record' })).toBe('no-criminal-record');
    expect(certificateTemplateFor({ ...record, side: 'receiving' }, { certificateTemplate: 'no-criminal-record' })).toBeUndefined();
    expect(certificateTemplateFor({ ...record, result: undefined }, { certificateTemplate: 'no-criminal-record' })).toBeUndefined();
    expect(certificateTemplateFor(record, {})).toBeUndefined();
  });

  it('starts from the case: holder, the result’s number and date, the deciding department as issuer, the stated purpose', async () => {
    const values = certificatePrefill('no-criminal-record', await issuedCase());
    expect(values).toMatchObject({
      certificateTemplate: 'no-criminal-record',
      holder: { name: '张三', idNumber: '11010519491231002X' },
      certificateNumber: '渝公证2026第000815号',
      issuedOn: '2026-03-20',
      issuerName: DECIDER,
      // The department's own line, typed by the clerk: the hall's 12345 verifies nothing.
      verification: { phone: '' },
      purpose: '就业',
      validUntil: '2026-06-20',
    });
  });

  it('takes 其他’s note as the purpose, and the gender and birth date from the ID number', async () => {
    expect(certificatePrefill('no-criminal-record', await issuedCase({ purpose: '其他', purposeNote: '应聘教师' })).purpose).toBe(
      '应聘教师',
    );
    const household = certificatePrefill('household-registration', await issuedCase({ certPurpose: '办理入学' }));
    expect(household).toMatchObject({ gender: '女', birthDate: '1949-12-31', purpose: '办理入学' });
  });

  for (const template of CERTIFICATE_TEMPLATES) {
    it(`${template}: the prefill completed by the clerk parses into the certificate's data`, async () => {
      const values = { ...certificatePrefill(template, await issuedCase()), ...CLERK_TYPES[template] };
      const parsed = CERTIFICATE_FORM_SCHEMAS[template].safeParse(values);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(parsed.data?.certificateTemplate).toBe(template);
      expect(parsed.data?.verification.url).toBeUndefined();
    });
  }

  it('refuses a missing fact under its field, in Chinese', async () => {
    const record = await issuedCase();
    const message = (template: CertificateTemplate, change: Record<string, unknown>, path: string) => {
      const values = { ...certificatePrefill(template, record), ...CLERK_TYPES[template], ...change };
      const parsed = CERTIFICATE_FORM_SCHEMAS[template].safeParse(values);
      return parsed.error?.issues.find((issue) => issue.path.join('.') === path)?.message;
    };
    expect(await message('household-registration', { registrationAuthority: '' }, 'registrationAuthority')).toBe('请填写户口登记机关');
    expect(await message('household-registration', { gender: undefined }, 'gender')).toBe('请选择性别');
    expect(await message('no-criminal-record', { purpose: '' }, 'purpose')).toBe('请填写查询用途');
    expect(await message('no-criminal-record', { validUntil: '2026-03-01' }, 'validUntil')).toBe('有效期应晚于出具日期');
    expect(await message('no-criminal-record', { certificateNumber: ' ' }, 'certificateNumber')).toBe('请填写证明编号');
    expect(await message('no-criminal-record', { holder: { name: '张三', idNumber: '11010519491231002' } }, 'holder.idNumber')).toMatch(
      /公民身份号码/,
    );
    expect(await message('housing-fund-loan', { balance: null }, 'balance')).toBe('请填写账户余额');
    expect(await message('no-criminal-record', { issuerName: '渝中区政务服务中心' }, 'issuerName')).toBe(
      '证明由主管部门出具，出具机关不能是政务服务中心',
    );
    expect(await message('no-criminal-record', { verification: { url: '', phone: '' } }, 'verification.phone')).toBe(
      '请填写出具机关的核验电话',
    );
    expect(await message('social-insurance', { periods: [] }, 'periods')).toBe('至少填写一段参保记录');
    expect(
      await message(
        'social-insurance',
        { periods: [{ insurance: '失业保险', employer: '某公司', from: '2020-05', to: '2020-01', paidMonths: 4, status: '终止参保' }] },
        'periods.0.to',
      ),
    ).toBe('截止年月不能早于起始年月');
    expect(
      await message(
        'social-insurance',
        { periods: [{ insurance: '失业保险', employer: '', from: '2020-05', to: '', paidMonths: null, status: '正常参保' }] },
        'periods.0.paidMonths',
      ),
    ).toBe('请填写缴费月数');
    expect(await message('unemployment-registration', { employmentCardNumber: '' }, 'employmentCardNumber')).toBe(
      '《就业创业证》编号应为6至24位数字或字母',
    );
  });
});
