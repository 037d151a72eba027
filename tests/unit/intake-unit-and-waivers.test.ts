/**
 * The intake of a 法人 matter (the 经办人 in the applicant block, the 授权委托书 when acting on
 * authorisation, no separate 代理人) and materials 免提交 by data sharing.
 */
import { describe, expect, it } from 'vitest';
import matters from '../../seeds/matters.json';
import { intakeSchemaFor, offersAgent } from '../../shared/domain/matter/application';
import { matterCatalogSchema, type Matter } from '../../shared/domain/matter/matter';
import { validFixtureFor } from '../../shared/forms/valid-fixture';

const catalog: Matter[] = matterCatalogSchema.parse(matters);
const UNIT_MATTER = catalog.find((matter) => matter.code === 'CY-11-002') as Matter;
const schema = intakeSchemaFor(UNIT_MATTER);

const valid = {
  matterCode: UNIT_MATTER.code,
  mode: '线下一地办',
  handlingDivision: '500103',
  applicant: { name: '张晓燕', idNumber: '11010519491231002X', mobile: '13800138000' },
  details: validFixtureFor(UNIT_MATTER.fields),
  materialCodes: ['BUSINESS-LICENSE', 'LEGAL-REP-ID', 'BANK-ACCOUNT'],
};
const messagesOf = (values: unknown) => schema.safeParse(values).error?.issues.map((issue) => issue.message) ?? [];

describe('a 法人 matter at the window', () => {
  it('takes the 经办人 in the applicant block and offers no separate 代理人', () => {
    expect(offersAgent(UNIT_MATTER)).toBe(false);
    const parsed = schema.parse({
      ...valid,
      agent: { appointed: true, name: '李代理', idNumber: '440524188001010014', mobile: '13912345678' },
    });
    expect(parsed.agent.appointed).toBe(false);
    expect(parsed.handlerAuthorised).toBe(false);
  });

  it('needs the 授权委托书 when the 经办人 acts on authorisation, not when the 法定代表人 comes in person', () => {
    expect(messagesOf({ ...valid, handlerAuthorised: true })).toEqual(['经办人受单位委托办理，须收取单位授权委托书及经办人居民身份证']);
    expect(
      schema.parse({ ...valid, handlerAuthorised: true, materialCodes: [...valid.materialCodes, 'POWER-OF-ATTORNEY'] }).handlerAuthorised,
    ).toBe(true);
    expect(messagesOf(valid)).toEqual([]);
  });

  it('ignores the authorisation tick on a personal matter', () => {
    const personal = catalog.find((matter) => matter.code === 'CY-06-003') as Matter;
    const parsed = intakeSchemaFor(personal).parse({
      ...valid,
      matterCode: personal.code,
      mode: '异地代收代办',
      details: {},
      materialCodes: ['ID-CARD', 'APPLY-FORM'],
      handlerAuthorised: true,
    });
    expect(parsed.handlerAuthorised).toBe(false);
  });
});

describe('materials 免提交 by data sharing', () => {
  it('let a required material the catalog allows it for count as supplied', () => {
    const parsed = schema.parse({ ...valid, materialCodes: ['LEGAL-REP-ID', 'BANK-ACCOUNT'], waivedCodes: ['BUSINESS-LICENSE'] });
    expect(parsed.waivedCodes).toEqual(['BUSINESS-LICENSE']);
  });

  it('are refused for a material the catalog does not allow it for, or one also ticked as received', () => {
    expect(messagesOf({ ...valid, materialCodes: ['BUSINESS-LICENSE', 'BANK-ACCOUNT'], waivedCodes: ['LEGAL-REP-ID'] })).toEqual([
      '“法定代表人居民身份证”不能以数据共享免提交',
      '以下必要材料未收取：法定代表人居民身份证',
    ]);
    expect(messagesOf({ ...valid, waivedCodes: ['BUSINESS-LICENSE'] })).toEqual(['“营业执照或其他主体资格证明”已勾选收取，不能同时免提交']);
  });

  it('default to none, and the note to blank, for drafts saved before they existed', () => {
    const parsed = schema.parse(valid);
    expect(parsed.waivedCodes).toEqual([]);
    expect(parsed.intakeNote).toBe('');
    expect(messagesOf({ ...valid, intakeNote: '备'.repeat(501) })).toEqual(['收件备注不超过500字']);
  });
});

describe('the catalog', () => {
  it('names every 法人 matter’s unit fields alike, so the case can read its 申请单位', () => {
    const unitMatters = catalog.filter((matter) => matter.applicantType === '法人');
    expect(unitMatters.length).toBeGreaterThan(20);
    const broken = { ...UNIT_MATTER, fields: UNIT_MATTER.fields.filter((field) => field.key !== 'legalRep') };
    const result = matterCatalogSchema.safeParse([broken]);
    expect(result.error?.issues.map((issue) => issue.message)).toContain('CY-11-002：法人事项应有必填的“legalRep”字段（text）');
  });
});
