import { describe, expect, it } from 'vitest';
import { appointedAgent, intakeSchemaFor, type MatterWithForm } from '../../../shared/domain/matter/application';
import { validFixtureFor } from '../../../shared/forms/valid-fixture';
import { EVERY_KIND, NOW, REGION_CODES } from './sample-fields';

const ATTORNEY = {
  code: 'POWER-OF-ATTORNEY',
  name: '授权委托书',
  required: false,
  condition: '代理人代办时',
  form: 'original',
  copies: 1,
  waivableByDataSharing: false,
} as const;
const ID_CARD = {
  code: 'ID-CARD',
  name: '申请人居民身份证',
  required: true,
  form: 'original',
  copies: 1,
  waivableByDataSharing: false,
} as const;
const matter: MatterWithForm = { modes: ['异地代收代办'], materials: [ID_CARD, ATTORNEY], fields: EVERY_KIND, agentAllowed: true };
const requiredCodes = [ID_CARD.code];
const valid = {
  matterCode: 'CY-06-003',
  mode: '异地代收代办',
  handlingDivision: '500103',
  applicant: { name: '张晓燕', idNumber: '11010519491231002X', mobile: '13800138000' },
  materialCodes: requiredCodes,
  details: validFixtureFor(EVERY_KIND),
  agent: { appointed: false, name: '', idNumber: '', mobile: '' },
};
const schema = intakeSchemaFor(matter, { regionCodes: REGION_CODES, now: NOW });
const paths = (values: unknown) => (schema.safeParse(values).error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);

describe('intake with a matter’s own fields', () => {
  it('accepts the valid fixture and keeps the normalised details', () => {
    const parsed = schema.parse({ ...valid, details: { ...valid.details, spouseId: '11010519491231002x' } });
    expect(parsed.details.spouseId).toBe('11010519491231002X');
  });

  it('reports details issues at [details, key] and [details, group, index, key]', () => {
    const details = { ...valid.details, employer: '', members: [{ name: '', relation: '子女', idNumber: '' }] };
    expect(paths({ ...valid, details })).toEqual([
      ['details.employer', '请填写工作单位'],
      ['details.members.0.name', '请填写成员姓名'],
    ]);
  });

  it('treats an absent field list (a catalog before matter.fields) as no own fields', () => {
    const bare: MatterWithForm = { ...matter, fields: undefined, agentAllowed: undefined };
    const { details: _details, agent: _agent, ...withoutBlocks } = valid;
    const parsed = intakeSchemaFor(bare).parse(withoutBlocks);
    expect(parsed.details).toEqual({});
    expect(appointedAgent(parsed)).toBeUndefined();
  });
});

describe('代理人代办', () => {
  const agent = { appointed: true, name: '李代理', idNumber: '440524188001010014', mobile: '13912345678' };

  it('requires the agent’s name, ID number and mobile when ticked', () => {
    expect(
      paths({
        ...valid,
        agent: { appointed: true, name: '', idNumber: '110105194912310021', mobile: '123' },
        materialCodes: [...requiredCodes, ATTORNEY.code],
      }),
    ).toEqual([
      ['agent.name', '请填写代理人姓名（至少2个字）'],
      ['agent.idNumber', '公民身份号码校验位不正确，请核对'],
      ['agent.mobile', '手机号码应为以1开头的11位数字'],
    ]);
  });

  it('requires the 授权委托书 when an agent applies', () => {
    expect(paths({ ...valid, agent })).toEqual([['materialCodes', '代理人代办须收取授权委托书']]);
    const parsed = schema.parse({ ...valid, agent, materialCodes: [...requiredCodes, ATTORNEY.code] });
    expect(appointedAgent(parsed)).toEqual({ name: '李代理', idNumber: '440524188001010014', mobile: '13912345678' });
  });

  it('ignores the agent block of a matter that allows no agent', () => {
    const parsed = intakeSchemaFor({ ...matter, agentAllowed: false }, { regionCodes: REGION_CODES, now: NOW }).parse({
      ...valid,
      agent: { ...agent, name: '' },
    });
    expect(appointedAgent(parsed)).toBeUndefined();
  });
});
