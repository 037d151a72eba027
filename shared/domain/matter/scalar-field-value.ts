/**
 * Checks and normalises one scalar field's value. Each kind uses the shared validator, so a
 * 公民身份号码 in a matter's field is held to the same rules as the applicant's.
 */
import { yearOptions, type ScalarField } from './form-fields';
import { parseIdNumber } from '../validators/id-number';
import { PROVINCES } from '../region/provinces';
import { parseAmount } from '../validators/amount';
import { parseLandline } from '../validators/landline';
import { parseMobile } from '../validators/mobile';
import { parseUscc } from '../validators/uscc';
import type { ValidationResult } from '../validators/validation-result';
import { chinaDate } from '../calendar/working-days';
import type { DetailScalar } from './detail-values';
import {
  futureDateMessage,
  invalidDateMessage,
  notAnOptionMessage,
  regionOutsideMessage,
  requiredMessage,
  tooLongMessage,
  wrongTypeMessage,
} from './field-messages';

export interface FieldCheckContext {
  /** County codes a region field may hold; without it only the shape and province are checked. */
  regionCodes?: ReadonlySet<string>;
  /** The China date (YYYY-MM-DD) that `past` dates may not exceed. */
  todayIso: string;
}

export type FieldCheck = { ok: true; value: DetailScalar } | { ok: false; message: string };

const ADDRESS_MAX = 120;

function isRealIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function checkFilled(field: ScalarField, value: string, context: FieldCheckContext): ValidationResult {
  switch (field.kind) {
    case 'text':
      return value.length > field.maxLength ? { ok: false, message: tooLongMessage(field.label, field.maxLength) } : { ok: true, value };
    case 'address':
      return value.length > ADDRESS_MAX ? { ok: false, message: tooLongMessage(field.label, ADDRESS_MAX) } : { ok: true, value };
    case 'idNumber': {
      const parsed = parseIdNumber(value, new Date(`${context.todayIso}T12:00:00Z`));
      return parsed.ok ? { ok: true, value: parsed.value } : parsed;
    }
    case 'uscc':
      return parseUscc(value);
    case 'mobile':
      return parseMobile(value);
    case 'landline':
      return parseLandline(value);
    case 'amount':
      return parseAmount(value, field.max);
    case 'date':
      if (!isRealIsoDate(value)) return { ok: false, message: invalidDateMessage(field.label) };
      return field.past && value > context.todayIso ? { ok: false, message: futureDateMessage(field.label) } : { ok: true, value };
    case 'select':
      return field.options.includes(value) ? { ok: true, value } : { ok: false, message: notAnOptionMessage(field.label) };
    case 'year':
      return yearOptions(field, context.todayIso).includes(value)
        ? { ok: true, value }
        : { ok: false, message: notAnOptionMessage(field.label) };
    case 'region': {
      const inProvince = /^\d{6}$/.test(value) && field.provinces.some((province) => value.startsWith(province));
      const known = context.regionCodes ? context.regionCodes.has(value) : true;
      const names = field.provinces.map((province) => PROVINCES[province].name).join('或');
      return inProvince && known ? { ok: true, value } : { ok: false, message: regionOutsideMessage(field.label, names) };
    }
    case 'checkbox':
      return { ok: true, value };
  }
}

export function checkScalarField(field: ScalarField, raw: unknown, required: boolean, context: FieldCheckContext): FieldCheck {
  if (field.kind === 'checkbox') {
    const ticked = raw === true;
    if (raw !== undefined && typeof raw !== 'boolean') return { ok: false, message: wrongTypeMessage(field.label) };
    return required && !ticked ? { ok: false, message: requiredMessage('checkbox', field.label) } : { ok: true, value: ticked };
  }
  if (raw !== undefined && raw !== null && typeof raw !== 'string') return { ok: false, message: wrongTypeMessage(field.label) };
  const value = (raw ?? '').trim();
  if (value === '') return required ? { ok: false, message: requiredMessage(field.kind, field.label) } : { ok: true, value: '' };
  return checkFilled(field, value, context);
}

export function todayInChina(now: Date = new Date()): string {
  return chinaDate(now);
}
