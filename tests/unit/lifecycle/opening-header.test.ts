/**
 * What the window captured reaches the case: the 申请单位 of a 法人 matter, the materials
 * 免提交 by data sharing, the clerk's note, the receiving part's limits and the national-style
 * 办件编号 travel in the opening event and fold into the case; events made before they existed still parse and
 * keep their hashes.
 */
import { describe, expect, it } from 'vitest';
import matters from '../../../seeds/matters.json';
import { acceptCase, acceptSupplemented, notifyMissing, supplement, type AcceptanceInput } from '../../../shared/domain/case/case-commands';
import { caseEventSchema, type EventOf } from '../../../shared/domain/case/case-events';
import { foldCase } from '../../../shared/domain/case/case-state';
import { sealEvent } from '../../../shared/domain/case/event-seal';
import { matterCatalogSchema, type Matter } from '../../../shared/domain/matter/matter';
import { validFixtureFor } from '../../../shared/forms/valid-fixture';
import { acceptanceInput, SICHUAN_ACTOR } from '../fixtures/events';

const catalog: Matter[] = matterCatalogSchema.parse(matters);
const byCode = (code: string) => catalog.find((matter) => matter.code === code) as Matter;
const UNIT_MATTER = byCode('CY-11-002');
const DISABILITY_ALLOWANCE = byCode('CY-27-001');
const BASE = acceptanceInput();
const { forwarding: _legs, ...matterWithoutLegs } = BASE.matter;
/** A personal case whose matter sets no travel legs, shaped like an event from before these fields. */
const WITHOUT_LEGS: AcceptanceInput = { ...BASE, matter: matterWithoutLegs };

/** A 单位社会保险参保登记 brought by an authorised 经办人, the business licence obtained by data sharing. */
const UNIT_INPUT: AcceptanceInput = {
  ...BASE,
  matter: UNIT_MATTER,
  intake: {
    ...BASE.intake,
    matterCode: UNIT_MATTER.code,
    mode: '线下一地办',
    details: { ...validFixtureFor(UNIT_MATTER.fields), unitName: '成都蓉川科技有限公司', uscc: '91350200776049653A', legalRep: '王建国' },
    materialCodes: ['LEGAL-REP-ID', 'BANK-ACCOUNT', 'POWER-OF-ATTORNEY'],
    waivedCodes: ['BUSINESS-LICENSE'],
    handlerAuthorised: true,
    intakeNote: '  营业执照经电子证照库核验  ',
  },
};

describe('the opening header carries what the window captured', () => {
  it('records the 申请单位 from the 法人 matter’s fields, with the 经办人 as the applicant', async () => {
    const [accepted] = (await acceptCase(UNIT_INPUT)) as [EventOf<'accepted'>];
    expect(accepted.payload.unit).toEqual({
      name: '成都蓉川科技有限公司',
      uscc: '91350200776049653A',
      legalRepresentative: '王建国',
      handlerAuthorised: true,
    });
    expect(accepted.payload.applicant.name).toBe('张晓燕');
    expect(caseEventSchema.parse(accepted)).toEqual(accepted);
  });

  it('records 免提交 materials by name and the clerk’s note trimmed; a blank note is left out', async () => {
    const [accepted] = (await acceptCase(UNIT_INPUT)) as [EventOf<'accepted'>];
    expect(accepted.payload.waivedMaterials).toEqual([{ code: 'BUSINESS-LICENSE', name: '营业执照或其他主体资格证明' }]);
    expect(accepted.payload.intakeNote).toBe('营业执照经电子证照库核验');
    const [plain] = (await acceptCase({ ...UNIT_INPUT, intake: { ...UNIT_INPUT.intake, intakeNote: '   ', waivedCodes: [] } })) as [
      EventOf<'accepted'>,
    ];
    expect(plain.payload).not.toHaveProperty('intakeNote');
    expect(plain.payload).not.toHaveProperty('waivedMaterials');
  });

  it('has no unit for a personal matter, even with a matter field of the same key', async () => {
    const [accepted] = (await acceptCase({
      ...BASE,
      intake: { ...BASE.intake, details: { unitName: '某公司', uscc: '91350200776049653A', legalRep: '王建国' }, handlerAuthorised: true },
    })) as [EventOf<'accepted'>];
    expect(accepted.payload).not.toHaveProperty('unit');
  });

  it('records the catalog’s 推送 and 送达 legs over the hall’s, and the hall’s for legs the catalog leaves open', async () => {
    const input: AcceptanceInput = { ...BASE, matter: DISABILITY_ALLOWANCE, receivingDays: { forward: 1, post: 2, deliver: 1 } };
    const [accepted] = (await acceptCase(input)) as [EventOf<'accepted'>];
    const legs = DISABILITY_ALLOWANCE.forwarding?.异地代收代办;
    expect(legs?.transfer.basis).toMatch(/推送/);
    expect(accepted.payload.receivingLimits).toEqual({
      forward: legs?.transfer,
      post: { amount: 2, unit: 'working-days' },
      deliver: legs?.return,
    });
    // Neither the catalog nor the hall sets a leg: nothing is recorded, no default assumed.
    const [unset] = (await acceptCase(WITHOUT_LEGS)) as [EventOf<'accepted'>];
    expect(unset.payload).not.toHaveProperty('receivingLimits');
  });

  it('mints the national-style 办件编号 from the accepting province’s confirmed 实施编码, and none while it is unconfirmed', async () => {
    const codes = {
      ...BASE.matter.codes,
      '51': { basicCode: '000000000000', implementationCode: '91350200776049653A3442199806003', source: 'https://example.gov.cn/guide' },
    };
    const [accepted] = (await acceptCase({ ...BASE, matter: { ...BASE.matter, codes } })) as [EventOf<'accepted'>];
    // Window 03, 2026-11-29, sequence 0001 of case number 5101040103202611290001.
    expect(accepted.payload.nationalCaseNumber).toBe('91350200776049653A3442199806003' + '20261129' + '03' + '0001');
    expect(foldCase([accepted]).nationalCaseNumber).toBe(accepted.payload.nationalCaseNumber);
    const onlyHandlingConfirmed = { ...BASE.matter.codes, '50': codes['51'] };
    const [unconfirmed] = (await acceptCase({ ...BASE, matter: { ...BASE.matter, codes: onlyHandlingConfirmed } })) as [
      EventOf<'accepted'>,
    ];
    expect(unconfirmed.payload).not.toHaveProperty('nationalCaseNumber');
  });

  it('folds them into the case, with the time it was pushed to the handling province', async () => {
    const events = await acceptCase({ ...UNIT_INPUT, receivingDays: { post: 2 } });
    const state = foldCase(events);
    expect(state).toMatchObject({
      unit: { name: '成都蓉川科技有限公司', handlerAuthorised: true },
      waivedMaterials: [{ code: 'BUSINESS-LICENSE' }],
      intakeNote: '营业执照经电子证照库核验',
      receivingLimits: { post: { amount: 2, unit: 'working-days' } },
      forwardedAt: UNIT_INPUT.now.toISOString(),
    });
  });

  it('keeps them through 一次性告知, 补正 and 受理', async () => {
    const at = (iso: string, eventId: string) => ({ eventId, actor: SICHUAN_ACTOR, now: new Date(iso) });
    const notified = await notifyMissing({
      ...UNIT_INPUT,
      eventId: '01JD0000000000000000000011',
      intake: { ...UNIT_INPUT.intake, materialCodes: ['LEGAL-REP-ID'] },
      notice: { missing: [{ name: '单位银行开户证明', requirement: '复印件1份' }], reason: '材料不齐' },
    });
    const supplemented = await supplement(foldCase([notified]), {
      ...at('2026-11-30T02:00:00Z', '01JD0000000000000000000012'),
      materials: [{ code: 'BANK-ACCOUNT', name: '单位银行开户证明', form: 'copy', copies: 1 }],
    });
    const before = foldCase([notified, supplemented]);
    const accepted = await acceptSupplemented(before, {
      ...at('2026-11-30T03:00:00Z', '01JD0000000000000000000013'),
      materials: before.materials,
      promisedDate: '2026-11-30',
    });
    expect(accepted.payload).toMatchObject({ unit: before.unit, waivedMaterials: before.waivedMaterials, intakeNote: before.intakeNote });
    expect(foldCase([notified, supplemented, accepted]).unit?.uscc).toBe('91350200776049653A');
  });

  it('still parses an event made before these fields existed, with the same hash', async () => {
    // A personal case without note, 免提交 or limits is shaped exactly like an older event.
    const [legacy] = (await acceptCase(WITHOUT_LEGS)) as [EventOf<'accepted'>];
    const parsed = caseEventSchema.parse(legacy);
    // Parsing adds nothing (no defaults), so the hash computed over it is the one it carries.
    expect((await sealEvent({ ...parsed, hash: undefined } as never)).hash).toBe(legacy.hash);
    expect(foldCase([parsed])).not.toHaveProperty('unit');
  });

  it('refuses a unit whose 统一社会信用代码 fails the GB 32100 check, or is not normalised', async () => {
    const [accepted] = (await acceptCase(UNIT_INPUT)) as [EventOf<'accepted'>];
    const tampered = (uscc: string) =>
      caseEventSchema.safeParse({ ...accepted, payload: { ...accepted.payload, unit: { ...accepted.payload.unit, uscc } } });
    expect(tampered('91350200776049653B').error?.issues[0]?.message).toBe('统一社会信用代码校验位不正确，请核对');
    expect(tampered('91350200776049653a').error?.issues[0]?.message).toBe('统一社会信用代码应为大写，且不含空格');
  });
});
