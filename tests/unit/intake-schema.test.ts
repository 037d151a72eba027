import { describe, expect, it } from 'vitest';
import { intakeSchemaFor } from '../../shared/domain/matter/application';
import { formatCaseNumber } from '../../shared/domain/case/case-number';
import { NO_CRIMINAL_RECORD } from './fixtures/events';

const valid = {
  matterCode: NO_CRIMINAL_RECORD.code,
  mode: '异地代收代办',
  handlingDivision: '500103',
  applicant: { name: '张晓燕', idNumber: '11010519491231002x', mobile: '13800138000' },
  materialCodes: ['ID-CARD', 'APPLY-FORM'],
};

describe('intake schema for a matter', () => {
  it('accepts a complete intake and normalises the ID number', () => {
    const parsed = intakeSchemaFor(NO_CRIMINAL_RECORD).parse(valid);
    expect(parsed.applicant.idNumber).toBe('11010519491231002X');
  });

  it('names the missing required materials', () => {
    const result = intakeSchemaFor(NO_CRIMINAL_RECORD).safeParse({ ...valid, materialCodes: ['ID-CARD'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain('以下必要材料未收取：无犯罪记录证明申请表');
  });

  it('refuses a mode the matter does not offer, a bad mobile and a blank name', () => {
    const result = intakeSchemaFor(NO_CRIMINAL_RECORD).safeParse({
      ...valid,
      mode: '两地联办',
      applicant: { name: ' ', idNumber: valid.applicant.idNumber, mobile: '12800138000' },
    });
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining(['该事项不支持“两地联办”', '手机号码应为以1开头的11位数字', '请填写申请人姓名（至少2个字）']),
    );
  });
});

describe('办件编号', () => {
  it('is hall + window + China date + sequence, 22 digits', () => {
    expect(formatCaseNumber('51010401', '3', '2026-11-29', 7)).toBe('5101040103202611290007');
    expect(() => formatCaseNumber('51010401', '3', '2026-11-29', 10_000)).toThrow(RangeError);
  });
});

describe('the intake form refuses hidden characters on the field they are in', () => {
  it('names the applicant field holding a right-to-left override, on top of the matter rules', async () => {
    const { intakeResolver } = await import('../../renderer/features/intake/intake-form');
    const values = { ...valid, applicant: { ...valid.applicant, name: '张\u202E晓燕' } };
    const result = await intakeResolver(values as never, { requireMaterials: true }, { fields: {}, shouldUseNativeValidation: false });
    expect(result.errors).toMatchObject({ applicant: { name: { message: expect.stringContaining('文字方向') } } });
    const clean = await intakeResolver(valid as never, { requireMaterials: true }, { fields: {}, shouldUseNativeValidation: false });
    expect(clean.errors).toEqual({});
  });
});

describe('the mode a window starts from', () => {
  it('is what a counter does: 异地代收代办, then 两地联办, then 线下一地办; 全程网办 only when nothing else is offered', async () => {
    const { defaultModeFor } = await import('../../renderer/features/intake/intake-form');
    const offering = (...modes: (typeof NO_CRIMINAL_RECORD.modes)[number][]) => ({ ...NO_CRIMINAL_RECORD, modes });
    expect(defaultModeFor(offering('全程网办', '线下一地办'))).toBe('线下一地办');
    expect(defaultModeFor(offering('全程网办', '两地联办'))).toBe('两地联办');
    expect(defaultModeFor(offering('两地联办', '异地代收代办'))).toBe('异地代收代办');
    expect(defaultModeFor(offering('全程网办'))).toBe('全程网办');
  });
});
