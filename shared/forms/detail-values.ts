/**
 * The values of a matter's own fields (intake.details), keyed by field key. Forms keep an
 * empty optional field as '' (text kinds) or false (checkbox); a group is a list of items.
 */
import { z } from 'zod';

export type DetailScalar = string | boolean;
export type DetailItem = Record<string, DetailScalar>;
export type DetailValue = DetailScalar | DetailItem[];
export type DetailsValues = Record<string, DetailValue>;

const detailScalarSchema = z.union([z.string(), z.boolean()]);
export const detailValueSchema = z.union([detailScalarSchema, z.array(z.record(z.string(), detailScalarSchema))]);
export const detailsValuesSchema = z.record(z.string(), detailValueSchema);
