/**
 * The 受理回执 as real PDF bytes, rendered in Node with the same builder, fonts and table
 * layouts as the browser worker, then checked with the tools a print shop would use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asUnitCase,
  withAgent,
  RARE_CHARACTERS,
  SAMPLE_DOCUMENT_NUMBER,
  WORST_CASE_APPLICANT,
  sampleReceiptData,
  sealedReceiptData,
  typicalMaterials,
  withMaterials,
  worstCaseReceiptData,
} from '../fixtures/receipt-data';
import { spawnSync } from 'node:child_process';
import { pageCount, pdfFonts, pdfScratchDir, pdfText, qpdfCheck } from './pdf-tools';
import { renderReceiptNode } from './render-node';

describe('受理回执 PDF', () => {
  let samplePath: string;
  let worstPath: string;
  let sealedPath: string;
  let caseNumber: string;
  const scratch = pdfScratchDir();

  beforeAll(async () => {
    const sample = await sampleReceiptData();
    caseNumber = sample.caseState.caseNumber;
    samplePath = scratch.write('sample.pdf', await renderReceiptNode(sample));
    worstPath = scratch.write('worst.pdf', await renderReceiptNode(await worstCaseReceiptData()));
    sealedPath = scratch.write('sealed.pdf', await renderReceiptNode(await sealedReceiptData()));
  });
  afterAll(() => scratch.remove());

  it('passes qpdf --check', () => {
    for (const path of [samplePath, worstPath, sealedPath]) {
      const check = qpdfCheck(path);
      expect(check.status, check.output).toBe(0);
    }
  });

  it('fits worst-case data (40-character names, 30 materials) on one A4 page', () => {
    expect(pageCount(worstPath)).toBe(1);
    expect(pageCount(samplePath)).toBe(1);
    expect(pageCount(sealedPath)).toBe(1);
  });

  it('carries the 文书编号 and the 监督投诉电话 as text', () => {
    const text = pdfText(samplePath);
    expect(text).toContain(`文书编号：${SAMPLE_DOCUMENT_NUMBER}`);
    expect(text).toContain('监督投诉电话028-86661234');
    expect(pdfText(worstPath)).toContain('第99999号');
  });

  it('embeds the seal image (with its transparency) only when the hall has one', () => {
    const list = (path: string) => spawnSync('pdfimages', ['-list', path], { encoding: 'utf8' }).stdout;
    expect(list(sealedPath)).toMatch(/\bimage\b[\s\S]*\bsmask\b/);
    expect(list(samplePath)).not.toMatch(/\bimage\b/);
  });

  it('carries extractable Chinese text, rare name characters included', () => {
    const text = pdfText(worstPath);
    expect(text).toContain('受理回执');
    expect(text).toContain(caseNumber);
    expect(text).toContain(WORST_CASE_APPLICANT);
    for (const char of RARE_CHARACTERS) expect(text).toContain(char);
    expect(text).toContain('补打（第12份）');
    expect(text).toContain('已收取材料清单（共30项）');
  });

  it('shows the sample applicant with a masked ID number', () => {
    const text = pdfText(samplePath);
    expect(text).toContain('张三');
    expect(text).toContain('110105********002X');
    expect(text).not.toContain('11010519491231002X');
    expect(text).not.toContain('补打');
  });

  it('embeds its fonts, so printers without CJK fonts print it the same', () => {
    const fonts = pdfFonts(worstPath);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
    expect(fonts.every((font) => font.embedded)).toBe(true);
  });

  // The density is chosen by an estimate (shared/documents/receipt/receipt-fit.ts); this sweep over
  // both sides of the switch is what proves the estimate never lets a page overflow.
  it.each([0, 5, 6, 12, 13, 14, 20, 30])('stays on one page with %i materials, longest and everyday names alike', async (count) => {
    const worst = await worstCaseReceiptData();
    const longestData = withMaterials(worst, worst.caseState.materials.slice(0, count));
    const everydayData = withMaterials(await sealedReceiptData(), typicalMaterials(count));
    const longest = scratch.write(`longest-${count}.pdf`, await renderReceiptNode(longestData));
    const everyday = scratch.write(`everyday-${count}.pdf`, await renderReceiptNode(everydayData));
    expect(pageCount(longest)).toBe(1);
    expect(pageCount(everyday)).toBe(1);
  });

  // A unit or a 代理人 takes one row more. The catalog lists 9 materials at most, so the
  // bound for them is 20 of the longest names (30 fill the page to its last line already).
  it.each([0, 5, 6, 12, 20])('a 法人 case (unit and 经办人) or an agent’s case stays on one page with %i materials', async (count) => {
    const worst = await worstCaseReceiptData();
    const longest = withMaterials(worst, worst.caseState.materials.slice(0, count));
    const everyday = withMaterials(await sealedReceiptData(), typicalMaterials(count + 10));
    // The longest unit name (40 characters) with an everyday 经办人's name.
    const longestUnit = asUnitCase(
      { ...longest, caseState: { ...longest.caseState, applicant: everyday.caseState.applicant } },
      WORST_CASE_APPLICANT,
    );
    const variants = [longestUnit, asUnitCase(everyday), withAgent(longest), withAgent(everyday)];
    for (const [index, data] of variants.entries()) {
      expect(pageCount(scratch.write(`party-${count}-${index}.pdf`, await renderReceiptNode(data))), `variant ${index}`).toBe(1);
    }
  });

  it('prints the unit, its 统一代码, its 法定代表人 and the 经办人; or the 代理人', async () => {
    const unitText = pdfText(scratch.write('unit.pdf', await renderReceiptNode(asUnitCase(await sealedReceiptData()))));
    for (const expected of ['申请单位', '成都蓉川科技有限公司', '91350200776049653A', '王建国', '经办人', '受单位委托'])
      expect(unitText).toContain(expected);
    const agentText = pdfText(scratch.write('agent.pdf', await renderReceiptNode(withAgent(await sealedReceiptData()))));
    for (const expected of ['代理人', '李强', '13900139000']) expect(agentText).toContain(expected);
  });
});
