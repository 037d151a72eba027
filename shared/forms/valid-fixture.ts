/**
 * A valid value set derived from a field list, for tests (unit and e2e): every shown field
 * filled, groups at their minimum size (at least one item), conditions left as they fall.
 */
import type { FieldSpec, ScalarField } from '../domain/matter/form-fields';
import type { DetailItem, DetailScalar, DetailsValues } from '../domain/matter/detail-values';

/** Real county codes, one per province, for region fields. */
const SAMPLE_COUNTY = { '51': '510104', '50': '500103' } as const;

export const FIXTURE_SAMPLES = {
  idNumber: '11010519491231002X',
  uscc: '91350200776049653A',
  mobile: '13800138000',
  landline: '028-86001234',
  date: '2020-05-01',
  address: '四川省成都市锦江区红星路三段1号',
  amount: '1280.50',
} as const;

function sampleText(field: ScalarField & { kind: 'text' }): string {
  const text = `测试${field.label}`;
  return text.slice(0, field.maxLength);
}

export function validScalarFor(field: ScalarField): DetailScalar {
  switch (field.kind) {
    case 'text':
      return sampleText(field);
    case 'checkbox':
      return true;
    case 'select':
      return field.options[0] ?? '';
    case 'year':
      // Last year's 年度 is offered whatever today is.
      return `${new Date().getUTCFullYear() - 1}年度`;
    case 'region':
      return SAMPLE_COUNTY[field.provinces[0] ?? '51'];
    case 'amount':
      return Number(FIXTURE_SAMPLES.amount) <= field.max ? FIXTURE_SAMPLES.amount : String(Math.floor(field.max));
    default:
      return FIXTURE_SAMPLES[field.kind];
  }
}

function validItemFor(fields: readonly ScalarField[]): DetailItem {
  return Object.fromEntries(fields.map((field) => [field.key, validScalarFor(field)]));
}

export function validFixtureFor(fields: readonly FieldSpec[]): DetailsValues {
  return Object.fromEntries(
    fields.map((field) => {
      if (field.kind !== 'group') return [field.key, validScalarFor(field)];
      const count = Math.min(field.maxItems, Math.max(1, field.minItems));
      return [field.key, Array.from({ length: count }, () => validItemFor(field.fields))];
    }),
  );
}
