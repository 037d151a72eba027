/**
 * The catalog as the intake specs sweep it: the matters, the counties, and for a matter's
 * valid fixture the first required field a clerk could leave blank.
 */
import { readFileSync } from 'node:fs';
import { parseDivisionCsv } from '../../../shared/domain/region/divisions';
import type { FieldSpec, ScalarField } from '../../../shared/domain/matter/form-fields';
import { matterCatalogSchema } from '../../../shared/domain/matter/matter';
import type { DetailsValues } from '../../../shared/domain/matter/detail-values';
import { requiredMessage } from '../../../shared/domain/matter/field-messages';
import { isFieldShown } from '../../../shared/domain/matter/field-visibility';

const seed = (file: string) => readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');

export const matters = matterCatalogSchema.parse(JSON.parse(seed('matters.json')));

const counties = parseDivisionCsv(seed('divisions-sc-cq.csv')).filter((division) => division.level === 'county');
export const regionCodes: ReadonlySet<string> = new Set(counties.map((division) => division.code));
const countyNames = new Map(counties.map((division) => [division.code, division.name]));

/** What a clerk types into a region field to find a county code's option. */
export const countyName = (code: string): string => countyNames.get(code) ?? code;

export interface BlankTarget {
  path: string;
  field: ScalarField;
  message: string;
  refill: string | boolean;
}

/** The first shown required field a clerk could leave blank by typing (or unticking). */
export function blankTargetOf(fields: readonly FieldSpec[], values: DetailsValues): BlankTarget | undefined {
  const blankable = (field: ScalarField) => !['select', 'region'].includes(field.kind);
  for (const field of fields) {
    if (!isFieldShown(field, values)) continue;
    if (field.kind === 'group') {
      const first = (values[field.key] as DetailsValues[] | undefined)?.[0];
      const inner = first ? field.fields.find((sub) => sub.required && blankable(sub) && isFieldShown(sub, first)) : undefined;
      if (first && inner) return { path: `details.${field.key}.0.${inner.key}`, field: inner, message: requiredMessage(inner.kind, inner.label), refill: first[inner.key] as string | boolean };
    } else if (field.required && blankable(field)) {
      return { path: `details.${field.key}`, field, message: requiredMessage(field.kind, field.label), refill: values[field.key] as string | boolean };
    }
  }
  return undefined;
}
