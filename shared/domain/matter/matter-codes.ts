/**
 * National matter codes (GB/T 39554.1-2020; formats as observed in real data, domain-facts
 * §3.4): 基本编码 is 12 characters; 实施编码 is the implementing agency's 18-character
 * 统一社会信用代码 followed by 13 characters. A code is recorded per province only with the
 * public source it was read from; one that could not be confirmed is recorded as such, with
 * why, and never guessed. The national-style 办件编号 joins a case to the national platform
 * and to 好差评 reports: 实施编码 + yyyyMMdd + a sequence.
 */
import { z } from 'zod';
import { parseUscc } from '../validators/uscc';

export const confirmedCodesSchema = z
  .object({
    basicCode: z.string().regex(/^[0-9A-Z]{12}$/, { message: '基本编码应为12位数字或大写字母' }),
    implementationCode: z
      .string()
      .regex(/^[0-9A-HJ-NPQRTUWXY]{18}[0-9A-Z]{13}$/, { message: '实施编码应为18位统一社会信用代码加13位编码' }),
    /** Where the codes were read: the provincial 政务服务网 guide's address. */
    source: z.string().min(8),
  })
  .refine((codes) => parseUscc(codes.implementationCode.slice(0, 18)).ok, {
    message: '实施编码的前18位不是有效的统一社会信用代码',
    path: ['implementationCode'],
  });

export const unconfirmedCodesSchema = z.object({
  /** Why no code is recorded, e.g. which catalog was searched. */
  unconfirmed: z.string().min(8, { message: '请写明编码未能核实的原因' }),
});

export const provinceCodesSchema = z.union([confirmedCodesSchema, unconfirmedCodesSchema]);
export type ProvinceCodes = z.infer<typeof provinceCodesSchema>;

export function confirmedImplementationCode(codes: ProvinceCodes | undefined): string | undefined {
  return codes && 'implementationCode' in codes ? codes.implementationCode : undefined;
}

/**
 * "实施编码 + yyyyMMdd + sequence" (the live 好差评 example uses 4 digits). The window's daily
 * sequence is unique per window only, so the window number goes in front of it: 2 + 4 digits
 * keep numbers from two windows of one hall apart. 31 + 8 + 6 = 45 characters (≤ 50).
 */
export function formatNationalCaseNumber(implementationCode: string, chinaDay: string, window: string, sequence: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(chinaDay)) throw new RangeError(`日期格式无效：${chinaDay}`);
  return `${implementationCode}${chinaDay.replaceAll('-', '')}${window.padStart(2, '0')}${String(sequence).padStart(4, '0')}`;
}

/**
 * The national-style 办件编号 of a window case, from its own 22-digit number (hall + window +
 * date + sequence) and the 实施编码 the catalog confirms for the accepting province; undefined
 * while that code is unconfirmed (nothing is printed rather than a made-up code). A 实施编码
 * names one implementing agency: the window + sequence keep numbers apart within one hall.
 */
export function nationalCaseNumberOf(codes: ProvinceCodes | undefined, caseNumber: string): string | undefined {
  const implementationCode = confirmedImplementationCode(codes);
  const match = /^\d{8}(\d{2})(\d{4})(\d{2})(\d{2})(\d{4})$/.exec(caseNumber);
  if (!implementationCode || !match) return undefined;
  const [, window = '', year = '', month = '', day = '', sequence = ''] = match;
  return formatNationalCaseNumber(implementationCode, `${year}-${month}-${day}`, window, Number(sequence));
}
