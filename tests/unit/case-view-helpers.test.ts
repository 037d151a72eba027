/**
 * What the handling window reads: the matter's fields labelled from the catalog (nothing
 * captured hidden, even without the catalog), and the materials checklist as ticked.
 */
import { describe, expect, it } from 'vitest';
import { materialChecklist, powerOfAttorneyReceived } from '../../shared/domain/case/material-checklist';
import type { FieldSpec } from '../../shared/domain/matter/form-fields';
import type { MaterialSpec } from '../../shared/domain/matter/matter';
import { describeDetails } from '../../shared/forms/describe-details';

const FIELDS: FieldSpec[] = [
  { key: 'purpose', label: '查询用途', kind: 'select', required: true, options: ['出国留学', '就业'] },
  { key: 'hukouRegion', label: '户籍地', kind: 'region', required: true, provinces: ['51', '50'] },
  { key: 'married', label: '已婚', kind: 'checkbox', required: false },
  {
    key: 'members',
    label: '家庭成员',
    kind: 'group',
    required: false,
    minItems: 0,
    maxItems: 5,
    fields: [
      { key: 'name', label: '姓名', kind: 'text', required: true, maxLength: 20 },
      { key: 'idNumber', label: '公民身份号码', kind: 'idNumber', required: true },
    ],
  },
];
const regionName = (code: string) => (code === '500103' ? '重庆市渝中区' : code);

describe('describeDetails', () => {
  it('labels values from the field list, in its order, with regions named and checkboxes as 是/否', () => {
    const lines = describeDetails(
      FIELDS,
      { married: false, hukouRegion: '500103', purpose: '就业', members: [{ name: '李四', idNumber: '440524188001010014' }] },
      regionName,
    );
    expect(lines).toEqual([
      { key: 'purpose', label: '查询用途', value: '就业', kind: 'select' },
      { key: 'hukouRegion', label: '户籍地', value: '重庆市渝中区（500103）', kind: 'region' },
      { key: 'married', label: '已婚', value: '否', kind: 'checkbox' },
      {
        key: 'members',
        label: '家庭成员',
        items: [
          [
            { key: 'name', label: '姓名', value: '李四', kind: 'text' },
            { key: 'idNumber', label: '公民身份号码', value: '440524188001010014', kind: 'idNumber' },
          ],
        ],
      },
    ]);
  });

  it('still shows values the field list does not know, under their keys, and skips blanks', () => {
    expect(describeDetails(undefined, { purpose: '就业', note: '', extra: true }, regionName)).toEqual([
      { key: 'purpose', label: 'purpose', value: '就业' },
      { key: 'extra', label: 'extra', value: '是' },
    ]);
    expect(describeDetails(FIELDS, undefined, regionName)).toEqual([]);
  });
});

const CATALOG: MaterialSpec[] = [
  { code: 'LICENSE', name: '营业执照', required: true, form: 'copy', copies: 1, waivableByDataSharing: true },
  { code: 'ID-CARD', name: '法定代表人身份证', required: true, form: 'copy', copies: 1, waivableByDataSharing: false },
  {
    code: 'POWER-OF-ATTORNEY',
    name: '授权委托书',
    required: false,
    condition: '经办人不是法定代表人本人时提交',
    form: 'original',
    copies: 1,
    waivableByDataSharing: false,
  },
];

describe('materialChecklist', () => {
  it('lists each catalog material received (with its scans), 免提交 or not received, then what the catalog lacks', () => {
    const rows = materialChecklist(CATALOG, {
      materials: [
        {
          code: 'ID-CARD',
          name: '法定代表人身份证',
          form: 'copy',
          copies: 2,
          scans: [{ sha256: 'a'.repeat(64), fileName: 'id.png', mimeType: 'image/png', bytes: 10 }],
        },
        { code: 'NOTICE-1', name: '补充说明', form: 'original', copies: 1 },
      ],
      waivedMaterials: [{ code: 'LICENSE', name: '营业执照' }],
    });
    expect(rows).toEqual([
      { code: 'LICENSE', name: '营业执照', required: true, status: 'waived', scans: 0 },
      { code: 'ID-CARD', name: '法定代表人身份证', required: true, status: 'received', form: 'copy', copies: 2, scans: 1 },
      {
        code: 'POWER-OF-ATTORNEY',
        name: '授权委托书',
        required: false,
        condition: '经办人不是法定代表人本人时提交',
        status: 'missing',
        scans: 0,
      },
      { code: 'NOTICE-1', name: '补充说明', required: false, status: 'received', form: 'original', copies: 1, scans: 0 },
    ]);
  });

  it('says whether the 委托书 a 代理人 or an authorised 经办人 needs was received, and nothing when none is needed', () => {
    const unit = { name: '某公司', uscc: '91350200776049653A', legalRepresentative: '王建国', handlerAuthorised: true };
    const attorney = { code: 'POWER-OF-ATTORNEY', name: '授权委托书', form: 'original' as const, copies: 1 };
    expect(powerOfAttorneyReceived(CATALOG, { materials: [], unit })).toBe(false);
    expect(powerOfAttorneyReceived(CATALOG, { materials: [attorney], unit })).toBe(true);
    expect(powerOfAttorneyReceived(CATALOG, { materials: [], unit: { ...unit, handlerAuthorised: false } })).toBeUndefined();
    expect(
      powerOfAttorneyReceived(CATALOG, { materials: [], agent: { name: '李强', idNumber: '110105194912310021', mobile: '13900139000' } }),
    ).toBe(false);
  });
});
