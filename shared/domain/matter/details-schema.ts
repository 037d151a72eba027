/**
 * The zod schema of a matter's own fields (intake.details), built from its field list.
 * Issue paths are [key] and [groupKey, index, key], so under intake.details react-hook-form
 * puts each message on its own input. Hidden fields (showWhen false) are dropped from the
 * output: a value the clerk can no longer see must not be recorded.
 */
import { z } from 'zod';
import type { FieldSpec, GroupField, ScalarField } from './form-fields';
import type { DetailItem, DetailsValues } from './detail-values';
import { requiredMessage, tooFewItemsMessage, tooManyItemsMessage, wrongTypeMessage } from './field-messages';
import { isFieldShown } from './field-visibility';
import { checkScalarField, todayInChina, type FieldCheckContext } from './scalar-field-value';

export interface DetailsSchemaOptions {
  /** Valid county codes for region fields (the renderer passes the catalog's divisions). */
  regionCodes?: ReadonlySet<string>;
  /** Injectable clock for tests; defaults to now. */
  now?: () => Date;
}

type IssueSink = (path: (string | number)[], message: string) => void;

function checkScalars(
  fields: readonly ScalarField[],
  values: Readonly<Record<string, unknown>>,
  context: FieldCheckContext,
  path: (string | number)[],
  report: IssueSink,
): DetailItem {
  const output: DetailItem = {};
  for (const field of fields) {
    if (!isFieldShown(field, values)) continue;
    const checked = checkScalarField(field, values[field.key], field.required, context);
    if (checked.ok) output[field.key] = checked.value;
    else report([...path, field.key], checked.message);
  }
  return output;
}

function checkGroup(group: GroupField, raw: unknown, context: FieldCheckContext, report: IssueSink): DetailItem[] {
  if (raw !== undefined && !Array.isArray(raw)) {
    report([group.key], wrongTypeMessage(group.label));
    return [];
  }
  const items: unknown[] = raw ?? [];
  // A required group needs at least one item; an optional one may be empty, but once the
  // clerk starts it, minItems applies.
  const min = group.required ? Math.max(1, group.minItems) : items.length === 0 ? 0 : group.minItems;
  if (items.length === 0 && min > 0)
    report([group.key], group.minItems > 1 ? tooFewItemsMessage(group.label, min) : requiredMessage('group', group.label));
  else if (items.length < min) report([group.key], tooFewItemsMessage(group.label, min));
  if (items.length > group.maxItems) report([group.key], tooManyItemsMessage(group.label, group.maxItems));
  return items.map((item, index) => {
    const siblings = item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    return checkScalars(group.fields, siblings, context, [group.key, index], report);
  });
}

export function detailsSchemaFor(fields: readonly FieldSpec[], options: DetailsSchemaOptions = {}) {
  // Typed as DetailsValues (what the form holds) but checked value by value below, so a
  // stale draft or a hand-made payload gets messages, not a crash.
  const anyRecord = z.custom<DetailsValues>((value) => value !== null && typeof value === 'object' && !Array.isArray(value), {
    message: '事项信息格式不正确',
  });
  return anyRecord.transform((values: Readonly<Record<string, unknown>>, ctx): DetailsValues => {
    const context: FieldCheckContext = { regionCodes: options.regionCodes, todayIso: todayInChina(options.now?.() ?? new Date()) };
    const report: IssueSink = (path, message) => ctx.addIssue({ code: 'custom', path, message });
    const output: DetailsValues = {};
    for (const field of fields) {
      if (!isFieldShown(field, values)) continue;
      if (field.kind === 'group') output[field.key] = checkGroup(field, values[field.key], context, report);
      else Object.assign(output, checkScalars([field], values, context, [], report));
    }
    return output;
  });
}
