import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKnownUsccCategory, parseUscc, UNUSUAL_CATEGORY_WARNING } from '../../../shared/domain/validators/uscc';
import { USCC_ALPHABET, referenceOrgCheck, referenceUsccCheck, referenceUsccValid } from './reference-checks';

const KNOWN_GOOD = ['91350200776049653A', '91350500798359476R', '913502000728319549', '123502001549897397', '9135021359498494XQ'];

const symbols = (length: number, alphabet = USCC_ALPHABET) =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength: length, maxLength: length });
const validUscc = fc.tuple(symbols(2), symbols(6, '0123456789'), symbols(8)).map(([head, region, orgBody]) => {
  const first17 = head + region + orgBody + referenceOrgCheck(orgBody);
  return first17 + referenceUsccCheck(first17);
});

describe('统一社会信用代码 (GB 32100)', () => {
  it('accepts the known-good codes, lowercase too', () => {
    for (const code of KNOWN_GOOD) {
      expect(parseUscc(code)).toEqual({ ok: true, value: code });
      expect(parseUscc(` ${code.toLowerCase()} `)).toEqual({ ok: true, value: code });
    }
  });

  it('names the broken part in Chinese', () => {
    expect(parseUscc('91350200776049653B')).toEqual({ ok: false, message: '统一社会信用代码校验位不正确，请核对' });
    expect(parseUscc('91350200776049654A')).toMatchObject({ ok: false, message: expect.stringContaining('组织机构代码校验位') });
    expect(parseUscc('9135020077604965IA')).toMatchObject({ ok: false, message: expect.stringContaining('不含字母I、O、S、V、Z') });
    expect(parseUscc('9135020077604965')).toMatchObject({ ok: false, message: expect.stringContaining('应为18位') });
  });

  it('accepts every generated valid code', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        expect(parseUscc(code)).toEqual(
          isKnownUsccCategory(code) ? { ok: true, value: code } : { ok: true, value: code, warnings: [UNUSUAL_CATEGORY_WARNING] },
        );
      }),
    );
  });

  it('warns about, but accepts, a 登记管理部门/机构类别 pair outside GB 32100 表1', () => {
    const withHead = (head: string) => {
      const first17 = `${head}350200776049653`;
      const orgBody = first17.slice(8, 16);
      const body = first17.slice(0, 16) + referenceOrgCheck(orgBody);
      return body + referenceUsccCheck(body);
    };
    // 9 工商 has 1 企业, 2 个体工商户, 3 农民专业合作社 only; 5 民政 has 1, 2, 3, 9; Y has 1 only.
    for (const head of ['91', '92', '93', '51', '52', '53', '59', 'Y1', 'N2', 'A1', '31'])
      expect(parseUscc(withHead(head)), head).not.toHaveProperty('warnings');
    for (const head of ['94', '99', '54', 'Y2', 'B1', '0A'])
      expect(parseUscc(withHead(head)), head).toMatchObject({ ok: true, warnings: [UNUSUAL_CATEGORY_WARNING] });
  });

  it('refuses every other symbol in the check position', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        for (const symbol of USCC_ALPHABET) {
          if (symbol !== code[17]) expect(parseUscc(code.slice(0, 17) + symbol).ok).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a changed symbol anywhere else unless the result is itself a valid code', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        for (let position = 0; position < 17; position += 1) {
          for (const symbol of USCC_ALPHABET) {
            if (symbol === code[position]) continue;
            const corrupted = code.slice(0, position) + symbol + code.slice(position + 1);
            expect(parseUscc(corrupted).ok).toBe(referenceUsccValid(corrupted));
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
