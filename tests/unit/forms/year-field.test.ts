import { describe, expect, it } from 'vitest';
import mattersJson from '../../../seeds/matters.json';
import { scalarFieldSchema, yearOptions } from '../../../shared/domain/matter/form-fields';
import { matterCatalogSchema } from '../../../shared/domain/matter/matter';
import { checkScalarField } from '../../../shared/domain/matter/scalar-field-value';

const field = scalarFieldSchema.parse({ key: 'evalYear', label: '补评年度', kind: 'year', required: true, yearsBack: 3 });

describe('a 年度 field', () => {
  it('offers the years before this one, counted from today, never a fixed list', () => {
    expect(yearOptions({ yearsBack: 3 }, '2026-12-07')).toEqual(['2025年度', '2024年度', '2023年度']);
    expect(yearOptions({ yearsBack: 3 }, '2031-01-01')).toEqual(['2030年度', '2029年度', '2028年度']);
  });

  it('accepts an offered year and refuses one outside the window, in Chinese', () => {
    expect(checkScalarField(field, '2024年度', true, { todayIso: '2026-12-07' })).toEqual({ ok: true, value: '2024年度' });
    expect(checkScalarField(field, '2021年度', true, { todayIso: '2026-12-07' })).toEqual({ ok: false, message: '请从选项中选择补评年度' });
    expect(checkScalarField(field, '', true, { todayIso: '2026-12-07' })).toEqual({ ok: false, message: '请选择补评年度' });
  });

  it('is what the 纳税信用 matters ask for instead of hard-coded years', () => {
    const matters = matterCatalogSchema.parse(mattersJson).filter((matter) => matter.actionItem === 37);
    const serialized = JSON.stringify(matters.map((matter) => matter.fields));
    expect(serialized).not.toMatch(/20\d\d年度/);
    expect(matters.filter((matter) => matter.fields.some((entry) => entry.kind === 'year')).map((matter) => matter.code)).toEqual([
      'CY-37-002',
      'CY-37-003',
      'CY-37-005',
    ]);
  });
});
