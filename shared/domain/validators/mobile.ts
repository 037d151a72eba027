/** Mainland mobile numbers, with the lenient pattern of shared/domain/validators/mobile-pattern.ts. */
import { MOBILE_MESSAGE, MOBILE_PATTERN } from './mobile-pattern';
import type { ValidationResult } from './validation-result';

export function parseMobile(raw: string): ValidationResult {
  // Spaces and dashes are how numbers are read aloud and copied: 138 0013 8000.
  const value = raw.trim().replace(/[\s-]/g, '');
  return MOBILE_PATTERN.test(value) ? { ok: true, value } : { ok: false, message: MOBILE_MESSAGE };
}
