import { describe, expect, it } from 'vitest';
import { formatDocumentNumber, parseDocumentNumber } from '../../../shared/domain/document-number';

const issuer = { issuerShortName: '锦江政务', year: 2026 } as const;

describe('文书编号', () => {
  it('formats 地区机关简称 + 类别 + 〔年份〕 + 第顺序号号', () => {
    expect(formatDocumentNumber({ ...issuer, kind: 'accept', sequence: 12 })).toBe('锦江政务受〔2026〕第00012号');
    expect(formatDocumentNumber({ ...issuer, kind: 'notify', sequence: 1 })).toBe('锦江政务告〔2026〕第00001号');
    expect(formatDocumentNumber({ ...issuer, kind: 'refuse', sequence: 3 })).toBe('锦江政务不受〔2026〕第00003号');
    expect(formatDocumentNumber({ ...issuer, kind: 'result', sequence: 99_999 })).toBe('锦江政务结〔2026〕第99999号');
    expect(formatDocumentNumber({ ...issuer, kind: 'certificate', sequence: 450 })).toBe('锦江政务证〔2026〕第00450号');
  });

  it('refuses sequences, years and short names it cannot print', () => {
    expect(() => formatDocumentNumber({ ...issuer, kind: 'accept', sequence: 0 })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ ...issuer, kind: 'accept', sequence: 100_000 })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ ...issuer, kind: 'accept', sequence: 1.5 })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ issuerShortName: 'JJ', year: 2026, kind: 'accept', sequence: 1 })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ issuerShortName: '锦江政务', year: 26, kind: 'accept', sequence: 1 })).toThrow(RangeError);
  });

  it('parses what it formats, every kind', () => {
    for (const kind of ['accept', 'notify', 'refuse', 'result', 'certificate'] as const) {
      const parts = { ...issuer, kind, sequence: 77 };
      expect(parseDocumentNumber(formatDocumentNumber(parts))).toEqual(parts);
    }
    expect(parseDocumentNumber('锦江政务受〔2026〕第12号')).toBeUndefined();
  });
});
