/** A field list with every kind, a condition and a group: the form engine's test bench. */
import { fieldListSchema, type FieldSpec } from '../../../shared/domain/matter/form-fields';

export const EVERY_KIND: FieldSpec[] = fieldListSchema.parse([
  { key: 'employer', label: '工作单位', kind: 'text', required: true, maxLength: 10 },
  { key: 'spouseId', label: '配偶公民身份号码', kind: 'idNumber', required: true },
  { key: 'companyCode', label: '统一社会信用代码', kind: 'uscc', required: true },
  { key: 'contactMobile', label: '联系人手机', kind: 'mobile', required: true },
  { key: 'officePhone', label: '办公电话', kind: 'landline', required: false },
  { key: 'marriedOn', label: '结婚登记日期', kind: 'date', required: true, past: true },
  { key: 'reason', label: '申请原因', kind: 'select', required: true, options: ['遗失', '损坏', '其他'] },
  { key: 'otherReason', label: '其他原因说明', kind: 'text', required: true, showWhen: { field: 'reason', equals: '其他' } },
  { key: 'householdRegion', label: '户籍所在地', kind: 'region', required: true, provinces: ['50'] },
  { key: 'homeAddress', label: '现居住地址', kind: 'address', required: true },
  { key: 'amount', label: '补贴金额', kind: 'amount', required: false, max: 5000 },
  { key: 'hasVehicle', label: '名下有机动车', kind: 'checkbox', required: false },
  { key: 'plate', label: '号牌号码', kind: 'text', required: true, showWhen: { field: 'hasVehicle' } },
  { key: 'promise', label: '申请人承诺所填属实', kind: 'checkbox', required: true },
  {
    key: 'members',
    label: '家庭成员',
    kind: 'group',
    required: true,
    minItems: 1,
    maxItems: 3,
    fields: [
      { key: 'name', label: '成员姓名', kind: 'text', required: true },
      { key: 'relation', label: '与申请人关系', kind: 'select', required: true, options: ['配偶', '子女', '父母'] },
      { key: 'idNumber', label: '成员公民身份号码', kind: 'idNumber', required: false },
    ],
  },
]);

export const REGION_CODES: ReadonlySet<string> = new Set(['500103', '500104', '510104']);
export const NOW = () => new Date('2026-11-29T02:00:00Z');
