import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findUncleanText, textProblem, withCleanText } from '../../../shared/util/clean-text';

describe('the clean-text rule', () => {
  it('accepts Chinese text with rare characters, line breaks and tabs', () => {
    for (const text of ['欧阳䶮堃', '𪚥', '四川省成都市锦江区红星路三段1号\n2单元\t3号', "O'Brien-李", ''])
      expect(textProblem(text)).toBeUndefined();
  });

  it.each([
    ['NUL', '张\u0000三', '控制字符'],
    ['ESC sequence', '\u001b[31m张三', '控制字符'],
    ['C1 control', '张\u0085三', '控制字符'],
    ['lone high surrogate', '张\ud800三', '不完整的编码'],
    ['lone low surrogate', '\udc00张三', '不完整的编码'],
    ['right-to-left override', '张三\u202Egpj.exe', '文字方向'],
    ['isolate', '\u2066张三\u2069', '文字方向'],
    ['byte-order mark', '\uFEFF张三', '字节顺序标记'],
  ])('refuses %s with a Chinese reason', (_name, text, reason) => {
    expect(textProblem(text)).toContain(reason);
  });

  it('finds every unclean string and key with its path', () => {
    const found = findUncleanText({
      applicant: { name: '张\u0000三', mobile: '138' },
      materials: [{ name: 'ok' }, { name: '\u202E' }],
      ['k\u0000']: 1,
    });
    expect(found.map((problem) => problem.path)).toEqual([['applicant', 'name'], ['materials', 1, 'name'], ['k\u0000']]);
  });

  it('agrees with a plain definition over random strings', () => {
    const forbidden = (code: number) =>
      (code < 0x20 && ![0x09, 0x0a, 0x0d].includes(code)) ||
      (code >= 0x7f && code <= 0x9f) ||
      [0x061c, 0x200e, 0x200f, 0xfeff, 0xfffe, 0xffff].includes(code) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069);
    fc.assert(
      // UTF-16 code units one by one: lone surrogates and well-formed pairs both occur.
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
            fc.constantFrom('张', '𪚥', '\n'),
          ),
        }),
        (text) => {
          const wellFormed = !/[\uD800-\uDFFF]/.test(text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
          const bad = !wellFormed || [...text].some((character) => forbidden(character.codePointAt(0) ?? 0));
          expect(textProblem(text) !== undefined).toBe(bad);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('puts the message on the field in a form schema', () => {
    const schema = withCleanText(z.object({ name: z.string(), note: z.string() }));
    const result = schema.safeParse({ name: '张三', note: 'a\u0000' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['note'], message: expect.stringContaining('控制字符') })]);
  });
});
