import { describe, expect, it } from 'vitest';
import { formatNationalCaseNumber, nationalCaseNumberOf, provinceCodesSchema } from '../../shared/domain/matter/matter-codes';
import { buildReceiptDoc } from '../../shared/documents/receipt/receipt';
import { sampleReceiptData } from '../fixtures/receipt-data';

/** The shape of the live 汕尾 example (domain-facts §3.4): agency USCC + 13 characters. */
const CONFIRMED = provinceCodesSchema.parse({
  basicCode: '000000000000',
  implementationCode: '91350200776049653A3442199806003',
  source: 'https://example.gov.cn/guide',
});

describe('national-style 办件编号', () => {
  it('is 实施编码 + yyyyMMdd + window + daily sequence, within the national 50 characters', () => {
    const number = formatNationalCaseNumber('91350200776049653A3442199806003', '2026-03-18', '5', 12);
    expect(number).toBe('91350200776049653A34421998060032026031805' + '0012');
    expect(number.length).toBeLessThanOrEqual(50);
  });

  it('comes from the window’s own number and the confirmed 实施编码 only', () => {
    expect(nationalCaseNumberOf(CONFIRMED, '5101040105202603180012')).toBe('91350200776049653A3442199806003202603180500' + '12');
    expect(nationalCaseNumberOf({ unconfirmed: '未能核实：没有办事指南' }, '5101040105202603180012')).toBeUndefined();
    expect(nationalCaseNumberOf(CONFIRMED, 'not-a-case-number')).toBeUndefined();
  });

  it('is printed on the receipt beside the window’s number when known', async () => {
    const data = await sampleReceiptData();
    const text = (receipt: typeof data) => JSON.stringify(buildReceiptDoc(receipt).content);
    expect(text(data)).not.toContain('全国办件编号');
    expect(text({ ...data, nationalCaseNumber: 'N1' })).toContain('全国办件编号：N1');
  });
});
