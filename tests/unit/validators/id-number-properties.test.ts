import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIdNumber } from '../../../shared/domain/validators/id-number';
import { GB2260_PROVINCE_PREFIXES } from '../../../shared/domain/validators/province-codes';
import { referenceIdCheck, referenceIdValid } from './reference-checks';

const TODAY = new Date('2026-11-29T00:00:00Z');
const TODAY_ISO = '2026-11-29';
const ID_CHARS = '0123456789X';

const birthDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: TODAY, noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10).replaceAll('-', ''));
const provincePrefix = fc.constantFrom(...GB2260_PROVINCE_PREFIXES);
const digits = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

/** A valid 18-digit number: real address prefix, random county digits, date and sequence. */
const validId = fc.tuple(provincePrefix, digits(4), birthDate, digits(3)).map(([province, county, date, sequence]) => {
  const first17 = `${province}${county}${date}${sequence}`;
  return first17 + referenceIdCheck(first17);
});

describe('公民身份号码 properties', () => {
  it('accepts every generated valid number as it is, without warnings', () => {
    fc.assert(
      fc.property(validId, (id) => {
        expect(parseIdNumber(id, TODAY)).toMatchObject({ ok: true, value: id });
        expect(parseIdNumber(id.toLowerCase(), TODAY)).toMatchObject({ ok: true, value: id });
      }),
    );
  });

  it('refuses every other character in the check position', () => {
    fc.assert(
      fc.property(validId, (id) => {
        for (const char of ID_CHARS) {
          if (char === id[17]) continue;
          expect(parseIdNumber(id.slice(0, 17) + char, TODAY).ok).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a changed digit anywhere else unless the result is itself a valid number', () => {
    fc.assert(
      fc.property(validId, (id) => {
        for (let position = 0; position < 17; position += 1) {
          for (const digit of '0123456789') {
            if (digit === id[position]) continue;
            const corrupted = id.slice(0, position) + digit + id.slice(position + 1);
            // MOD 11-2 detects every single substitution, so the reference says "invalid"
            // every time; it is computed rather than assumed so the test proves that too.
            expect(parseIdNumber(corrupted, TODAY).ok).toBe(referenceIdValid(corrupted, TODAY_ISO));
            expect(referenceIdValid(corrupted, TODAY_ISO)).toBe(false);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('converts every old 15-digit number to the 18-digit number of the same person', () => {
    fc.assert(
      fc.property(
        validId.filter((id) => id.slice(6, 8) === '19'),
        (id) => {
          const fifteen = id.slice(0, 6) + id.slice(8, 17);
          expect(parseIdNumber(fifteen, TODAY)).toMatchObject({ ok: true, value: id });
        },
      ),
    );
  });
});
