/**
 * The catalog as the intake specs sweep it: the matters, the counties, and for a matter's
 * valid fixture the required fields a clerk could leave blank.
 */
import { readFileSync } from 'node:fs';
import { parseDivisionCsv } from '../../../shared/domain/region/divisions';
import type { FieldSpec, ScalarField } from '../../../shared/domain/matter/form-fields';
import { matterCatalogSchema, type Matter } from '../../../shared/domain/matter/matter';
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

/** A kind of field a clerk can leave blank, and where: `group.date` is a date inside a group's row. */
type BlankKind = `${'' | 'group.'}${ScalarField['kind']}`;

/**
 * Kinds a clerk empties by typing (or unticking). Select-like widgets (select, region, year)
 * are chosen from a list: emptied, they would be a different gesture, not a blank.
 */
const blankable = (field: ScalarField) => !['select', 'region', 'year'].includes(field.kind);

/** Every shown required field of the valid fixture a clerk could leave blank (groups: their first row). */
function blankTargetsOf(fields: readonly FieldSpec[], values: DetailsValues): { kind: BlankKind; target: BlankTarget }[] {
  return fields.flatMap((field): { kind: BlankKind; target: BlankTarget }[] => {
    if (!isFieldShown(field, values)) return [];
    if (field.kind !== 'group') {
      if (!field.required || !blankable(field)) return [];
      return [
        {
          kind: field.kind,
          target: {
            path: `details.${field.key}`,
            field,
            message: requiredMessage(field.kind, field.label),
            refill: values[field.key] as string | boolean,
          },
        },
      ];
    }
    const first = (values[field.key] as DetailsValues[] | undefined)?.[0];
    if (!first) return [];
    return field.fields
      .filter((inner) => inner.required && blankable(inner) && isFieldShown(inner, first))
      .map((inner) => ({
        kind: `group.${inner.kind}` satisfies BlankKind,
        target: {
          path: `details.${field.key}.0.${inner.key}`,
          field: inner,
          message: requiredMessage(inner.kind, inner.label),
          refill: first[inner.key] as string | boolean,
        },
      }));
  });
}

/** The first shown required field a clerk could leave blank. */
export function blankTargetOf(fields: readonly FieldSpec[], values: DetailsValues): BlankTarget | undefined {
  return blankTargetsOf(fields, values)[0]?.target;
}

/**
 * For each blankable kind the catalog uses, the first matter (in catalog order) with a
 * required field of that kind, and that field: the "blank required field is named" path runs
 * once per kind, each on a real matter's whole form.
 */
export function blankTargetPerKind(
  catalog: readonly Matter[],
  fixtureOf: (matter: Matter) => DetailsValues,
): Map<BlankKind, { matter: Matter; target: BlankTarget }> {
  const perKind = new Map<BlankKind, { matter: Matter; target: BlankTarget }>();
  for (const matter of catalog) {
    for (const { kind, target } of blankTargetsOf(matter.fields, fixtureOf(matter)))
      if (!perKind.has(kind)) perKind.set(kind, { matter, target });
  }
  return perKind;
}
