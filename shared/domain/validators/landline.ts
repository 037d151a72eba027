/**
 * Fixed-line numbers: 区号 (0 + 2–3 digits) + 7–8 digit number + optional 分机.
 * Normalised to 028-86001234 or 023-63861234-801 so receipts print one shape.
 */
import type { ValidationResult } from './validation-result';

const MESSAGE = '固定电话应为“区号-号码”，如028-86001234，分机可加“-分机号”';

/** 010 and 020–029 are the 3-digit area codes; every other area code has 4 digits. */
function areaCodeLength(digits: string): number {
  return /^0[12]/.test(digits) ? 3 : 4;
}

export function parseLandline(raw: string): ValidationResult {
  // Clerks type spaces inside numbers and brackets around the area code: (028)8600 1234.
  const compact = raw
    .trim()
    .replace(/\s+/g, '')
    .replace(/^[(（](0\d{2,3})[)）]-?/, '$1-')
    .replace(/(转|#|分机)/g, '-');
  let area: string;
  let number: string;
  let extension: string | undefined;
  const separated = /^(0\d{2,3})-(\d{7,8})(?:-(\d{1,6}))?$/.exec(compact);
  if (separated) {
    [, area = '', number = '', extension] = separated;
  } else {
    const joined = /^(0\d{9,11})(?:-(\d{1,6}))?$/.exec(compact);
    if (!joined) return { ok: false, message: MESSAGE };
    const digits = joined[1] ?? '';
    area = digits.slice(0, areaCodeLength(digits));
    number = digits.slice(area.length);
    extension = joined[2];
    if (!/^\d{7,8}$/.test(number)) return { ok: false, message: MESSAGE };
  }
  return { ok: true, value: extension ? `${area}-${number}-${extension}` : `${area}-${number}` };
}
