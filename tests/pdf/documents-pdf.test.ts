/**
 * Every document a window hands out, rendered in Node through the registry the worker uses,
 * with worst-case data (40-character names, 30 materials, rare characters 䶮 堃): one A4 page
 * for the one-page forms, a clean qpdf --check, and every required element in the text.
 * pdftotext wraps long values, so texts are compared with all whitespace removed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CERTIFICATE_TEMPLATES } from '../../shared/domain/matter/certificate-templates';
import type { DocumentDataByKind, DocumentKind } from '../../shared/documents/document-registry';
import { maskIdNumber } from '../../shared/domain/validators/id-number';
import { SAMPLE_ISSUERS, sampleCertificate, worstCertificate } from '../fixtures/certificate-data';
import { sampleDailyReport, worstDailyReport } from '../fixtures/daily-report-data';
import { sampleMonthlyReport } from '../fixtures/monthly-report-data';
import { RARE_NAME_CHARACTERS, WORST_APPLICANT } from '../fixtures/document-common';
import { sampleMaterialList, unitMaterialList, worstMaterialList } from '../fixtures/material-list-data';
import { sampleMissingMaterialsNotice, worstMissingMaterialsNotice } from '../fixtures/missing-materials-notice-data';
import { sampleRefusalNotice, worstRefusalNotice } from '../fixtures/refusal-notice-data';
import { sampleSupplementRequestNotice, worstSupplementRequestNotice } from '../fixtures/supplement-request-notice-data';
import {
  sampleApprovedResult,
  samplePostedResult,
  sampleDeniedResult,
  worstApprovedResult,
  worstDeniedResult,
} from '../fixtures/result-notice-data';
import { pageCount, pdfScratchDir, pdfText, qpdfCheck } from './pdf-tools';
import { renderDocumentNode } from './render-node';

const scratch = pdfScratchDir();
afterAll(() => scratch.remove());

const compact = (text: string): string => text.replace(/\s+/g, '');
const MASKED_ID = maskIdNumber(WORST_APPLICANT.idNumber ?? '');
const FULL_ID = WORST_APPLICANT.idNumber ?? '';

let fileIndex = 0;
async function render<K extends DocumentKind>(kind: K, data: DocumentDataByKind[K]): Promise<{ pages: number; text: string }> {
  const path = scratch.write(`${kind}-${(fileIndex += 1)}.pdf`, await renderDocumentNode(kind, data));
  const check = qpdfCheck(path);
  expect(check.status, check.output).toBe(0);
  return { pages: pageCount(path), text: compact(pdfText(path)) };
}

function expectAll(text: string, needles: readonly string[]): void {
  for (const needle of needles) expect(text, `missing: ${needle}`).toContain(compact(needle));
}

describe('一次性告知书 PDF', () => {
  it('fits 30 missing materials with the longest names on one page and prints every required element', async () => {
    const data = worstMissingMaterialsNotice();
    const { pages, text } = await render('missing-materials-notice', data);
    expect(pages).toBe(1);
    expectAll(text, [
      '一次性告知书',
      data.documentNumber,
      data.applicant.name,
      data.applicant.contactName ?? '',
      data.applicant.phone,
      data.matter.name,
      data.matter.code,
      '2026年12月31日',
      '需要补正的材料（共30项）',
      '《中华人民共和国行政许可法》第三十二条第一款第（四）项',
      data.clerk.name,
      data.clerk.phone,
      data.authority.hallName,
      '申请人签收',
      '签收时间',
      '（盖章）',
      data.authority.name,
      '2026年12月31日',
      '补打（第12份）',
      MASKED_ID,
      `办件编号：${data.caseNumber}`,
      '请自收到本告知书之日起30个工作日内补正；逾期未补正又无正当理由的，视为放弃申请。',
      ...RARE_NAME_CHARACTERS,
    ]);
    for (const material of data.missingMaterials) expectAll(text, [material.name, material.requirement]);
    expect(text).not.toContain(FULL_ID);
  });

  it.each([0, 1, 4, 5, 8, 12, 13, 16, 20, 30])('stays on one page with %i missing materials', async (count) => {
    expect((await render('missing-materials-notice', worstMissingMaterialsNotice(count))).pages).toBe(1);
  });

  it.each([8, 9, 12])('stays on one page with %i everyday (one-line) missing materials', async (count) => {
    const sample = sampleMissingMaterialsNotice();
    const missingMaterials = Array.from({ length: count }, (_, index) => ({
      name: `材料${index + 1}：居民户口簿`,
      requirement: '原件及复印件各1份',
    }));
    expect((await render('missing-materials-notice', { ...sample, missingMaterials })).pages).toBe(1);
  });

  it('prints an everyday notice without a 补打 marker', async () => {
    const { pages, text } = await render('missing-materials-notice', sampleMissingMaterialsNotice());
    expect(pages).toBe(1);
    expect(text).not.toContain('补打');
  });
});

describe('不予受理通知书 PDF', () => {
  it.each([
    ['worst case', worstRefusalNotice()],
    ['sample', sampleRefusalNotice()],
  ])('%s: one page with reason, basis, competent authority, remedies, seal and signature', async (_name, data) => {
    const { pages, text } = await render('refusal-notice', data);
    expect(pages).toBe(1);
    expectAll(text, [
      '不予受理通知书',
      data.documentNumber,
      data.applicant.name,
      data.matter.name,
      '2026年3月18日',
      data.reason,
      data.legalBasis,
      data.competentAuthority ?? '',
      data.remedies.reconsiderationBody,
      '六十日内',
      '申请行政复议',
      data.remedies.court ?? '',
      '六个月内',
      '提起行政诉讼',
      '（盖章）',
      data.authority.name,
      '2026年3月18日',
      '申请人签收',
    ]);
  });
});

describe('办结通知书 PDF', () => {
  it.each([
    ['worst 准予 by post', worstApprovedResult()],
    ['sample 准予 at the window', sampleApprovedResult()],
    ['sample 准予 by post', samplePostedResult()],
  ])('%s: one page with certificate name, number and delivery', async (_name, data) => {
    const { pages, text } = await render('result-notice', data);
    expect(pages).toBe(1);
    if (data.outcome.kind !== 'approved' || !data.delivery) throw new Error('fixture is not 准予 with delivery');
    expectAll(text, [
      '办结通知书',
      data.documentNumber,
      data.caseNumber,
      data.applicant.name,
      data.matter.name,
      '准予',
      data.outcome.certificateName,
      data.outcome.certificateNumber,
      '2026年3月20日',
    ]);
    expectAll(
      text,
      data.delivery.method === 'post' ? [data.delivery.waybillNumber, data.delivery.carrier, '邮寄'] : ['窗口领取', data.delivery.place],
    );
  });

  it.each([
    ['worst 不予', worstDeniedResult()],
    ['sample 不予', sampleDeniedResult()],
  ])('%s: one page with reasons and remedies', async (_name, data) => {
    const { pages, text } = await render('result-notice', data);
    expect(pages).toBe(1);
    if (data.outcome.kind !== 'denied') throw new Error('fixture is not 不予');
    expectAll(text, [
      '办结通知书',
      data.caseNumber,
      '不予',
      data.outcome.reasons,
      data.outcome.legalBasis,
      data.outcome.remedies.reconsiderationBody,
      '申请行政复议',
      '提起行政诉讼',
    ]);
  });
});

describe('材料接收清单 PDF', () => {
  it('fits 30 lines of the longest names on one page with case, applicant, matter, receiver and signature', async () => {
    const data = worstMaterialList();
    const { pages, text } = await render('material-list', data);
    expect(pages).toBe(1);
    expectAll(text, [
      '材料接收清单',
      data.caseNumber,
      data.applicant.name,
      data.matter.name,
      data.receivedBy,
      '2026年3月18日09:05',
      data.hallName,
      '申请人（签名）',
      '原件及复印件',
      '复印件',
      '999',
      MASKED_ID,
    ]);
    for (const material of data.materials) expectAll(text, [material.name]);
  });

  it.each([0, 2, 8, 9, 10, 12, 20, 30])('stays on one page with %i lines', async (count) => {
    expect((await render('material-list', worstMaterialList(count))).pages).toBe(1);
  });

  it('prints an everyday list', async () => {
    expect((await render('material-list', sampleMaterialList())).pages).toBe(1);
  });

  it('prints the handling side’s copy of a 法人 case (unit, 经办人, scans, 免提交, fields, note) on one page', async () => {
    const { pages, text } = await render('material-list', unitMaterialList());
    expect(pages).toBe(1);
    expectAll(text, [
      '成都蓉川科技有限公司',
      '91350200776049653A',
      '事项信息',
      '收件备注',
      '免提交材料',
      '12441500196720244T3442199806003202206230068',
    ]);
  });
});

describe('证明 PDF', () => {
  it.each(CERTIFICATE_TEMPLATES)(
    '%s: one page, worst case and sample, issued by its competent department with the full ID, printed by the hall',
    async (template) => {
      for (const data of [worstCertificate(template), sampleCertificate(template)]) {
        const { pages, text } = await render('certificate', data);
        expect(pages).toBe(1);
        expectAll(text, [
          data.certificateNumber,
          data.holder.name,
          data.holder.idNumber,
          data.issuerName,
          '（盖章）',
          '核验',
          data.verification.phone,
          `${data.printedBy}代为打印`,
        ]);
        expect(text).not.toContain(maskIdNumber(data.holder.idNumber));
      }
      // The competent department, not the hall, is named as issuer under the seal.
      const sample = await render('certificate', sampleCertificate(template));
      expect(sample.text).toContain(`本证明由${SAMPLE_ISSUERS[template]}出具`);
      expect(sample.text).not.toMatch(/政务服务中心\s*（?盖章|由成都市锦江区政务服务中心出具/);
    },
  );

  it('uses each template’s own wording', async () => {
    const texts = Object.fromEntries(
      await Promise.all(
        CERTIFICATE_TEMPLATES.map(async (template) => [template, (await render('certificate', worstCertificate(template))).text] as const),
      ),
    );
    expectAll(texts['social-insurance'] ?? '', [
      '社会保险参保证明',
      '个人参保缴费情况',
      '险种',
      '企业职工基本养老保险',
      '2000.01-2000.12',
      '至今',
      '2026年12月31日',
    ]);
    expectAll(texts['housing-fund-loan'] ?? '', [
      '住房公积金异地贷款职工缴存使用证明',
      '个人账号',
      '51010012345678901234',
      '缴存基数',
      '35,000.00元',
      '月缴存额',
      '8,400.00元',
      '2015年7月',
      '2026年2月',
      '贷款地',
      '贷款中心',
      '有未结清贷款',
    ]);
    expectAll(texts['household-registration'] ?? '', ['户籍证明', '户籍地址', '与户主关系', '登记机关', '1949年12月31日']);
    expectAll(texts['no-criminal-record'] ?? '', [
      '无犯罪记录证明',
      '经查询，截至2026年12月31日，未发现',
      '有犯罪记录',
      '用途',
      '有效期',
      '2026年6月17日',
    ]);
    expectAll(texts['unemployment-registration'] ?? '', ['失业登记证明', '就业创业证号', '失业登记有效', '失业保险金']);
  });

  it.each([8, 10, 12, 13, 16, 20, 30])('社会保险参保证明 stays on one page with %i periods', async (count) => {
    expect((await render('certificate', worstCertificate('social-insurance', count))).pages).toBe(1);
  });
});

describe('日报表 PDF', () => {
  it('runs 200 overdue rows over several pages, repeating the header and masking names', async () => {
    const data = worstDailyReport(200);
    const path = scratch.write('daily-worst.pdf', await renderDocumentNode('daily-report', data));
    expect(qpdfCheck(path).status).toBe(0);
    const pages = pageCount(path);
    expect(pages).toBeGreaterThan(1);
    const text = compact(pdfText(path));
    expectAll(text, [
      '川渝通办窗口业务日报表',
      data.hall.name,
      '2026年3月18日',
      '一、办理结果统计',
      '受理',
      '一次性告知',
      '不予受理',
      '办结准予',
      '办结不予',
      '异地代收代办',
      '超期办件（共200件）',
    ]);
    for (const item of data.overdue) expect(text).toContain(item.caseNumber);
    expect(text).not.toContain(compact(WORST_APPLICANT.name));
    expect(text).toContain('阿***');
    // The overdue list's caption and header row repeat on every page it continues onto.
    const headerRepeats = text.split('超期办件清单').length - 1;
    expect(headerRepeats).toBeGreaterThanOrEqual(pages - 2);
    expect(text.split('承诺办结日期').length - 1).toBe(headerRepeats);
  });

  it('fits an everyday day on one page', async () => {
    const { pages, text } = await render('daily-report', sampleDailyReport());
    expect(pages).toBe(1);
    expectAll(text, ['无犯罪记录证明', 'CY-06-003', '张*', '成都蓉川科技有限公司', '延误方', '办理地']);
  });
});

describe('月报表 PDF', () => {
  it('prints the month per matter and per window with 按时办结率, 超期 and 好差评', async () => {
    const { pages, text } = await render('monthly-report', sampleMonthlyReport());
    expect(pages).toBe(1);
    expectAll(text, [
      '川渝通办窗口业务月报表',
      '成都市锦江区政务服务中心',
      '统计月份：2026年11月',
      '按事项统计',
      '无犯罪记录证明',
      '社会保险参保证明',
      '按时办结率',
      '95.0%',
      '超期办结',
      '按收件窗口统计',
      '3号',
      '非常满意90，不满意2',
      '填报人：王科长',
    ]);
  });
});

describe('补正材料通知书 PDF', () => {
  it('names the department that asks, every item, the deadline and where to hand them in, on one page', async () => {
    const data = sampleSupplementRequestNotice();
    const { pages, text } = await render('supplement-request-notice', data);
    expect(pages).toBe(1);
    expectAll(text, [
      '补正材料通知书',
      '办理地重庆市渝中区',
      data.reason,
      '居民户口簿',
      '原件，首页及本人页',
      '补正期限',
      '2026年4月3日',
      `办件编号：${data.caseNumber}`,
      '锦江区政务服务中心',
      '补正期间不计入办理时限',
      '申请人签收',
      '签收时间',
      maskIdNumber(data.applicant.idNumber ?? ''),
    ]);
    expect(text).not.toContain(data.applicant.idNumber ?? '');
    // Delivered, not issued, by the window: no seal line of the hall.
    expect(text).not.toContain('（盖章）');
  });

  it('fits 30 items with the longest names on one page', async () => {
    const data = worstSupplementRequestNotice();
    const { pages, text } = await render('supplement-request-notice', data);
    expect(pages).toBe(1);
    for (const material of data.missingMaterials) expectAll(text, [material.name]);
  });
});
