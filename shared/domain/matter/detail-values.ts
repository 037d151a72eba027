/**
 * The values of a matter's own fields (intake.details), keyed by field key. Forms keep an
 * empty optional field as '' (text kinds) or false (checkbox); a group is a list of items.
 *
 * The matter's field list checks the values at intake (details-schema.ts). This schema is
 * what an event carries to the hubs, so it bounds the shape on its own: no form produces
 * more than these caps, and no hand-made payload can grow one field without limit.
 */
import { z } from 'zod';
import { GROUP_MAX_ITEMS, TEXT_FIELD_MAX_LENGTH } from './form-fields';

export type DetailScalar = string | boolean;
export type DetailItem = Record<string, DetailScalar>;
export type DetailValue = DetailScalar | DetailItem[];
export type DetailsValues = Record<string, DetailValue>;

/** Generous next to the catalog (11 fields at most today, 4 per group item). */
export const MAX_DETAIL_FIELDS = 100;
export const MAX_DETAIL_ITEM_FIELDS = 50;
const MAX_FIELD_KEY_LENGTH = 64;

const fieldKey = z.string().max(MAX_FIELD_KEY_LENGTH, { message: `事项信息的字段键不超过${MAX_FIELD_KEY_LENGTH}个字符` });
const detailScalarSchema = z.union([
  z.string().max(TEXT_FIELD_MAX_LENGTH, { message: `事项信息的每项内容不超过${TEXT_FIELD_MAX_LENGTH}字` }),
  z.boolean(),
]);
/**
 * A value that fails the union would otherwise read "Invalid input": report the message of
 * the branch whose type it has (a too-long text, a too-long group), not of the other one.
 */
function messageOfMatchingBranch(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_union') return undefined;
  const branch = Array.isArray(issue.input) ? 1 : 0;
  return issue.errors[branch]?.[0]?.message;
}

/** zod reports a bad record key as "Invalid key in record"; say what is wrong with it. */
function messageOfBadKey(issue: z.core.$ZodRawIssue): string | undefined {
  return issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
}

const atMostFields = (max: number) => (values: Record<string, unknown>) => Object.keys(values).length <= max;
const detailItemSchema = z
  .record(fieldKey, detailScalarSchema, { error: messageOfBadKey })
  .refine(atMostFields(MAX_DETAIL_ITEM_FIELDS), { message: `事项信息的每条记录不超过${MAX_DETAIL_ITEM_FIELDS}项` });
export const detailValueSchema = z.union(
  [detailScalarSchema, z.array(detailItemSchema).max(GROUP_MAX_ITEMS, { message: `事项信息的每组不超过${GROUP_MAX_ITEMS}条` })],
  { error: messageOfMatchingBranch },
);
export const detailsValuesSchema = z
  .record(fieldKey, detailValueSchema, { error: messageOfBadKey })
  .refine(atMostFields(MAX_DETAIL_FIELDS), { message: `事项信息不超过${MAX_DETAIL_FIELDS}项` });
