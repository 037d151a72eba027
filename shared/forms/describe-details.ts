/**
 * A matter's own fields as captured (intake.details), as label/value text in the catalog's
 * order: what the handling window reads in the case drawer and the 材料接收清单 prints.
 * Values are shown as entered; a select shows its option, a checkbox 是/否, a region its
 * name. Keys the field list does not know (a catalog changed since, or a matter this
 * workstation lacks) are still shown, under their key, so nothing captured is hidden.
 */
import type { FieldKind, FieldSpec, ScalarField } from '../domain/matter/form-fields';
import type { DetailItem, DetailScalar, DetailsValues } from '../domain/matter/detail-values';

export interface DetailLine {
  key: string;
  label: string;
  value: string;
  /** Lets a screen mask or reveal an ID number, or link a region. */
  kind?: FieldKind;
}

export interface DetailGroup {
  key: string;
  label: string;
  /** One list of lines per item of the repeatable group. */
  items: DetailLine[][];
}

export type DescribedDetail = DetailLine | DetailGroup;

export function isDetailGroup(entry: DescribedDetail): entry is DetailGroup {
  return 'items' in entry;
}

function scalarText(field: ScalarField | undefined, value: DetailScalar, regionName: (code: string) => string): string {
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (field?.kind === 'region' && value !== '') return `${regionName(value)}（${value}）`;
  return value;
}

function describeItem(fields: readonly ScalarField[], item: DetailItem, regionName: (code: string) => string): DetailLine[] {
  const known = new Map(fields.map((field) => [field.key, field]));
  const ordered = [...fields.map((field) => field.key), ...Object.keys(item).filter((key) => !known.has(key))];
  return ordered.flatMap((key) => {
    const value = item[key];
    if (value === undefined || value === '') return [];
    const field = known.get(key);
    return [{ key, label: field?.label ?? key, value: scalarText(field, value, regionName), ...(field ? { kind: field.kind } : {}) }];
  });
}

export function describeDetails(
  fields: readonly FieldSpec[] | undefined,
  values: DetailsValues | undefined,
  regionName: (code: string) => string,
): DescribedDetail[] {
  if (!values) return [];
  const list = fields ?? [];
  const known = new Map(list.map((field) => [field.key, field]));
  const ordered = [...list.map((field) => field.key), ...Object.keys(values).filter((key) => !known.has(key))];
  return ordered.flatMap((key): DescribedDetail[] => {
    const value = values[key];
    if (value === undefined || value === '') return [];
    const field = known.get(key);
    if (Array.isArray(value)) {
      const inner = field?.kind === 'group' ? field.fields : [];
      return value.length === 0
        ? []
        : [{ key, label: field?.label ?? key, items: value.map((item) => describeItem(inner, item, regionName)) }];
    }
    const scalar = field?.kind === 'group' ? undefined : field;
    return [{ key, label: field?.label ?? key, value: scalarText(scalar, value, regionName), ...(scalar ? { kind: scalar.kind } : {}) }];
  });
}
