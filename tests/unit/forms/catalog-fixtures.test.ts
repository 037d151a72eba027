/** Every matter in the catalog: its derived fixture passes and its blank form names a field. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDivisionCsv } from '../../../shared/domain/region/divisions';
import { matterCatalogSchema } from '../../../shared/domain/matter/matter';
import { detailsSchemaFor } from '../../../shared/domain/matter/details-schema';
import { emptyValuesFor } from '../../../shared/forms/empty-values';
import { validFixtureFor } from '../../../shared/forms/valid-fixture';
import mattersJson from '../../../seeds/matters.json';

const matters = matterCatalogSchema.parse(mattersJson);
const divisions = parseDivisionCsv(readFileSync(new URL('../../../seeds/divisions-sc-cq.csv', import.meta.url), 'utf8'));
const regionCodes = new Set(divisions.filter((division) => division.level === 'county').map((division) => division.code));

describe('the valid fixture of every catalog matter', () => {
  it.each(matters.map((matter) => [matter.code, matter.name, matter] as const))('%s %s', (_code, _name, matter) => {
    const schema = detailsSchemaFor(matter.fields, { regionCodes });
    expect(schema.safeParse(validFixtureFor(matter.fields)).error?.issues ?? []).toEqual([]);
    const hasRequired = matter.fields.some((field) => field.required && !field.showWhen);
    expect(schema.safeParse(emptyValuesFor(matter.fields)).success).toBe(!hasRequired);
  });
});
