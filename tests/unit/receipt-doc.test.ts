import { describe, expect, it } from 'vitest';
import { formatChinaDate, formatChinaDateTime, formatTimeLimit } from '../../shared/documents/layout/format';
import { buildReceiptDoc, receiptFileName, reprintMarker } from '../../shared/documents/receipt/receipt';
import { TABLE_LAYOUT } from '../../shared/documents/layout/table-layouts';
import {
  SAMPLE_DOCUMENT_NUMBER,
  sampleReceiptData,
  sealedReceiptData,
  typicalMaterials,
  withMaterials,
  worstCaseReceiptData,
} from '../fixtures/receipt-data';

/** Every string a document would print (text nodes, table cells, list items), in order. */
function printedStrings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(printedStrings);
  if (node && typeof node === 'object') {
    const { text, stack, columns, ol, ul, table } = node as Record<string, unknown>;
    const body = (table as { body?: unknown } | undefined)?.body;
    return [text, stack, columns, ol, ul, body].flatMap((child) => (child === undefined ? [] : printedStrings(child)));
  }
  return [];
}

/** Tables anywhere in the content, for checking rows and layouts. */
function tables(node: unknown): { body: unknown[][]; layout: unknown }[] {
  if (Array.isArray(node)) return node.flatMap(tables);
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = record.table ? [{ body: (record.table as { body: unknown[][] }).body, layout: record.layout }] : [];
  return [...own, ...Object.values(record).flatMap(tables)];
}

function materialsTable(content: unknown): { body: unknown[][]; layout: unknown } {
  const found = tables(content).find((table) => printedStrings(table.body[0]).includes('材料名称'));
  if (!found) throw new Error('no materials table');
  return found;
}

describe('受理回执 document definition', () => {
  it('shows the case number, query password and the sealed QR code', async () => {
    const data = await sampleReceiptData();
    const doc = buildReceiptDoc(data);
    const text = printedStrings(doc.content);
    expect(text).toContain('川渝通办受理回执');
    expect(text).toContain(data.caseState.caseNumber);
    expect(text).toContain('482913');
    expect(JSON.stringify(doc.content)).toContain(`"qr":"${data.sealedQr}"`);
  });

  it('prints the masked ID number, never the full one', async () => {
    const doc = buildReceiptDoc(await sampleReceiptData());
    expect(printedStrings(doc.content)).toContain('110105********002X');
    expect(JSON.stringify(doc)).not.toContain('11010519491231002X');
  });

  it('shows applicant, matter, places, China-time acceptance and limits as a clerk reads them', async () => {
    const text = printedStrings(buildReceiptDoc(await sampleReceiptData()).content);
    expect(text).toEqual(
      expect.arrayContaining([
        '张三',
        '13800138000',
        '无犯罪记录证明开具（异地代收代办）',
        'CY-06-003',
        '异地代收代办',
        '四川省成都市锦江区政务服务中心',
        '重庆市渝中区', // already names the province: not doubled
        '2025年3月18日 09:05', // accepted 01:05 UTC
        '2025年3月31日', // 3 working days to Chongqing, 3 to decide, 3 back: after Tue 18 March
        '3个工作日',
        '李娟（05号窗口）',
        '028-12345678',
      ]),
    );
    expect(text.join('')).toContain('申请人（签名）');
    expect(text.join('')).toContain('承诺办结日期含转送3个、回传3个工作日');
  });

  it("prints the 文书编号 under the look-up keys, and the hall's 监督投诉电话 with 12345", async () => {
    const text = printedStrings(buildReceiptDoc(await sampleReceiptData()).content).join('\n');
    expect(text).toContain(`文书编号：${SAMPLE_DOCUMENT_NUMBER}`);
    expect(text).toContain('可拨打监督投诉电话028-86661234或12345政务服务便民热线');
  });

  it('names 12345 as the 监督投诉电话 when the hall has no own line, and no number when none was issued', async () => {
    const { documentNumber: _number, supervisionPhone: _phone, ...bare } = await sampleReceiptData();
    const text = printedStrings(buildReceiptDoc(bare).content).join('\n');
    expect(text).toContain('可拨打监督投诉电话12345（政务服务便民热线）');
    expect(text).not.toContain('文书编号');
  });

  it('draws the seal image over the seal area without moving anything else', async () => {
    const sealed = buildReceiptDoc(await sealedReceiptData());
    const images = JSON.stringify(sealed.content).match(/"image":"data:image\/png;base64,/g) ?? [];
    expect(images).toHaveLength(1);
    const plain = buildReceiptDoc(await sampleReceiptData()).content;
    const overlay = JSON.stringify(sealed.content).match(
      /,\{"image":"data:image\/png;base64,[^"]+","fit":\[119,119\],"margin":\[([^\]]+)\]\}/,
    );
    // Top and bottom margins cancel the image's height: the rest is the very same layout.
    const [, top, , bottom] = (overlay?.[1] ?? '').split(',').map(Number);
    expect((top ?? NaN) + 119 + (bottom ?? NaN)).toBeCloseTo(0);
    expect(JSON.stringify(sealed.content).replace(overlay?.[0] ?? '', '')).toBe(JSON.stringify(plain));
  });

  it('draws only PNG data URLs, never a path or a URL', async () => {
    const data = await sampleReceiptData();
    for (const sealImage of ['/etc/passwd', 'https://example.com/seal.png', 'data:image/png;base64,']) {
      expect(JSON.stringify(buildReceiptDoc({ ...data, sealImage }).content)).not.toContain('"image"');
    }
  });

  it('lists every material received with its form and copies', async () => {
    const data = await sampleReceiptData();
    const table = materialsTable(buildReceiptDoc(data).content);
    expect(table.body).toHaveLength(1 + data.caseState.materials.length);
    expect(printedStrings(table.body[1])).toEqual(['1', '申请人居民身份证', '原件', '1']);
    expect(printedStrings(table.body[2])).toEqual(['2', '无犯罪记录证明申请表', '原件', '1']);
    expect(table.layout).toBe(TABLE_LAYOUT.list);
  });

  it('switches to the dense layout for 30 materials and keeps all of them', async () => {
    const table = materialsTable(buildReceiptDoc(await worstCaseReceiptData()).content);
    expect(table.body).toHaveLength(31);
    expect(table.layout).toBe(TABLE_LAYOUT.listDense);
    expect(printedStrings(table.body[1])).toContain('原件及复印件');
  });

  it('keeps the comfortable layout while it fits: a dozen everyday materials, or a few long ones', async () => {
    const layoutFor = (data: Parameters<typeof buildReceiptDoc>[0]) => materialsTable(buildReceiptDoc(data).content).layout;
    const worst = await worstCaseReceiptData();
    expect(layoutFor(withMaterials(await sampleReceiptData(), typicalMaterials(12)))).toBe(TABLE_LAYOUT.list);
    expect(layoutFor(withMaterials(worst, worst.caseState.materials.slice(0, 5)))).toBe(TABLE_LAYOUT.list);
    expect(layoutFor(withMaterials(worst, worst.caseState.materials.slice(0, 6)))).toBe(TABLE_LAYOUT.listDense);
  });

  it('prints a placeholder row when no paper material was taken', async () => {
    const table = materialsTable(buildReceiptDoc(withMaterials(await sampleReceiptData(), [])).content);
    expect(printedStrings(table.body)).toContain('（未收取纸质材料）');
  });

  it('marks reprints 补打（第N份） and leaves the original unmarked', async () => {
    const original = printedStrings(buildReceiptDoc(await sampleReceiptData(1)).content).join('\n');
    const reprint = printedStrings(buildReceiptDoc(await sampleReceiptData(3)).content).join('\n');
    expect(original).not.toContain('补打');
    expect(reprint).toContain('补打（第3份）');
    expect(reprintMarker(1)).toBeUndefined();
    expect(() => reprintMarker(0)).toThrow('打印份次应为正整数');
    expect(() => reprintMarker(1.5)).toThrow(RangeError);
  });

  it('is plain data: survives JSON and structured clone unchanged (no functions inside)', async () => {
    for (const data of [await sampleReceiptData(), await worstCaseReceiptData()]) {
      const doc = buildReceiptDoc(data);
      expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
      expect(structuredClone(doc)).toEqual(doc);
      expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    }
  });

  it('uses the registered font family and A4 portrait with the binding margin on the left', async () => {
    const doc = buildReceiptDoc(await sampleReceiptData());
    expect(doc.defaultStyle?.font).toBe('NotoSansSC');
    expect(doc.pageSize).toBe('A4');
    expect(doc.pageOrientation).toBe('portrait');
    const [left, , right] = doc.pageMargins as number[];
    expect(left).toBeGreaterThan(right ?? Infinity);
  });

  it('rejects an unreadable time with a Chinese message', async () => {
    const data = await sampleReceiptData();
    expect(() => buildReceiptDoc({ ...data, printedAt: 'yesterday' })).toThrow('时间格式无效');
  });

  it('names the PDF file after the case number', () => {
    expect(receiptFileName('5101040105202503180007', 1)).toBe('受理回执-5101040105202503180007.pdf');
    expect(receiptFileName('5101040105202503180007', 2)).toBe('受理回执-5101040105202503180007-补打2.pdf');
  });
});

describe('document formatting helpers', () => {
  it('formats instants in China time whatever the offset given', () => {
    expect(formatChinaDateTime('2025-03-18T16:30:00Z')).toBe('2025年3月19日 00:30');
    expect(formatChinaDateTime('2025-03-18T09:05:00+08:00')).toBe('2025年3月18日 09:05');
    expect(formatChinaDateTime('2024-12-31T23:59:59-01:00')).toBe('2025年1月1日 08:59');
  });

  it('formats calendar dates without shifting them', () => {
    expect(formatChinaDate('2025-10-09')).toBe('2025年10月9日');
    expect(() => formatChinaDate('2025/10/09')).toThrow('日期格式无效');
  });

  it('words time limits the way service guides do', () => {
    expect(formatTimeLimit({ amount: 3, unit: 'working-days' })).toBe('3个工作日');
    expect(formatTimeLimit({ amount: 0, unit: 'immediate' })).toBe('即办');
    expect(formatTimeLimit({ amount: 60, unit: 'calendar-days' })).toBe('60日');
  });
});

describe('sealed receipt QR', () => {
  it('prints the sealed QR text when the workstation provides one', async () => {
    const { buildReceiptDoc: build } = await import('../../shared/documents/receipt/receipt');
    const { sampleReceiptData: sample } = await import('../fixtures/receipt-data');
    const sealed = 'CYTB2:5101040105202503180007:482913:01JD00000000000000000000WS:' + 'A'.repeat(103);
    const text = JSON.stringify(build({ ...(await sample()), sealedQr: sealed }));
    expect(text).toContain(sealed);
    expect(text).toContain('验证真伪');
  });
});
