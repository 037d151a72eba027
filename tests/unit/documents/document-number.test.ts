import { describe, expect, it } from 'vitest';
import {
  documentCounterKey,
  formatDocumentNumber,
  nextDocumentNumber,
  parseDocumentNumber,
  type DocumentCounter,
} from '../../../shared/documents/document-number';

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

  it('issues 1, 2, 3… in sequence from an empty counter', () => {
    let counter: DocumentCounter | undefined;
    const numbers: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const next = nextDocumentNumber(counter, { ...issuer, kind: 'notify' });
      numbers.push(next.number);
      counter = next.counter;
    }
    expect(numbers).toEqual(['锦江政务告〔2026〕第00001号', '锦江政务告〔2026〕第00002号', '锦江政务告〔2026〕第00003号']);
    expect(counter).toEqual({ year: 2026, value: 3 });
  });

  it('rolls over to 第00001号 in a new year', () => {
    const next = nextDocumentNumber({ year: 2025, value: 4_321 }, { ...issuer, kind: 'result' });
    expect(next).toEqual({ number: '锦江政务结〔2026〕第00001号', counter: { year: 2026, value: 1 } });
  });

  it('refuses a counter from a later year (clock went back) and an exhausted year', () => {
    expect(() => nextDocumentNumber({ year: 2027, value: 1 }, { ...issuer, kind: 'accept' })).toThrow(/系统时间/);
    expect(() => nextDocumentNumber({ year: 2026, value: 99_999 }, { ...issuer, kind: 'accept' })).toThrow(/用尽/);
  });

  it('keys counters per hall, kind and year', () => {
    const keys = new Set([
      documentCounterKey('51010401', 'accept', 2026),
      documentCounterKey('51010401', 'notify', 2026),
      documentCounterKey('51010401', 'accept', 2027),
      documentCounterKey('50010301', 'accept', 2026),
    ]);
    expect(keys.size).toBe(4);
  });
});
