/** What each builder puts on the page, and the formatting helpers it relies on. */
import { describe, expect, it } from 'vitest';
import { buildCertificateDoc, formatCertificateQr } from '../../../shared/documents/certificates/certificate';
import { formatMonth, formatPercent, formatYuan } from '../../../shared/documents/certificates/certificate-format';
import { buildDailyReportDoc } from '../../../shared/documents/reports/daily-report';
import { buildMaterialListDoc } from '../../../shared/documents/material-list/material-list';
import { buildMissingMaterialsNoticeDoc, MISSING_MATERIALS_LEGAL_BASIS } from '../../../shared/documents/notices/missing-materials-notice';
import { remediesText } from '../../../shared/documents/official/official-blocks';
import { daysBetween, formatSealDate, maskPersonName } from '../../../shared/documents/official/official-format';
import { buildRefusalNoticeDoc } from '../../../shared/documents/notices/refusal-notice';
import { buildResultNoticeDoc } from '../../../shared/documents/notices/result-notice';
import { buildSupplementRequestNoticeDoc } from '../../../shared/documents/notices/supplement-request-notice';
import { SAMPLE_CERTIFICATE_NUMBER, SAMPLE_ISSUERS, sampleCertificate } from '../../fixtures/certificate-data';
import { sampleDailyReport, worstDailyReport } from '../../fixtures/daily-report-data';
import { sampleMaterialList, unitMaterialList, worstMaterialList } from '../../fixtures/material-list-data';
import { sampleMissingMaterialsNotice, worstMissingMaterialsNotice } from '../../fixtures/missing-materials-notice-data';
import { sampleRefusalNotice } from '../../fixtures/refusal-notice-data';
import { sampleApprovedResult, sampleDeniedResult, samplePostedResult } from '../../fixtures/result-notice-data';
import { sampleSupplementRequestNotice } from '../../fixtures/supplement-request-notice-data';
import { printedText, styleNames } from './document-output';

/** The dense set is recognisable by its body size. */
const bodySize = (doc: { styles?: Record<string, { fontSize?: number }> }) => doc.styles?.body?.fontSize;

describe('formatting helpers', () => {
  it('writes seal dates as GB/T 9704-2012 does: Arabic numerals, month and day unpadded', () => {
    expect(formatSealDate('2026-03-18')).toBe('2026年3月18日');
    expect(formatSealDate('2026-12-31')).toBe('2026年12月31日');
    expect(formatSealDate('2030-10-20')).toBe('2030年10月20日');
    expect(formatSealDate('2026-02-10')).toBe('2026年2月10日');
    expect(() => formatSealDate('2026/03/18')).toThrow(RangeError);
  });

  it('masks names to the first character and at most three stars', () => {
    expect(maskPersonName('张三')).toBe('张*');
    expect(maskPersonName('欧阳䶮堃')).toBe('欧***');
    expect(maskPersonName('阿卜杜·买买提')).toBe('阿***');
    expect(maskPersonName('李')).toBe('李');
  });

  it('formats months, money and rates', () => {
    expect(formatMonth('2026-02')).toBe('2026年2月');
    expect(formatMonth(undefined)).toBe('至今');
    expect(formatYuan(8500)).toBe('8,500.00元');
    expect(formatYuan(9_876_543.21)).toBe('9,876,543.21元');
    expect(formatYuan(0.5)).toBe('0.50元');
    expect(formatPercent(12)).toBe('12%');
    expect(formatPercent(7.5)).toBe('7.5%');
    expect(daysBetween('2026-03-02', '2026-03-18')).toBe(16);
  });

  it('names the remedies with their periods; an unnamed court is the one with jurisdiction', () => {
    expect(remediesText({ reconsiderationBody: '成都市锦江区人民政府', court: '成都市锦江区人民法院' })).toBe(
      '如不服本决定，可以自收到本通知书之日起六十日内向成都市锦江区人民政府申请行政复议，或者自收到本通知书之日起六个月内向成都市锦江区人民法院提起行政诉讼。',
    );
    expect(remediesText({ reconsiderationBody: 'X' })).toContain('向有管辖权的人民法院提起行政诉讼');
  });
});

describe('一次性告知书', () => {
  it('cites the law of the matter’s type and lists every missing material with its requirement', () => {
    const data = sampleMissingMaterialsNotice();
    const text = printedText(buildMissingMaterialsNoticeDoc(data).content);
    // 无犯罪记录证明 is a 公共服务: its own rule, not 行政许可法 §32.
    expect(text).toContain('根据《公安机关办理犯罪记录查询工作规定》的规定');
    expect(text).not.toContain('行政许可法');
    const permit = printedText(buildMissingMaterialsNoticeDoc({ ...data, legalBasis: MISSING_MATERIALS_LEGAL_BASIS }).content);
    expect(permit).toContain('根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定');
    expect(text).toContain('锦江政务告〔2026〕第00012号');
    for (const material of data.missingMaterials) {
      expect(text).toContain(material.name);
      expect(text).toContain(material.requirement);
    }
    expect(text).toContain('承办人：李娟');
    expect(text).toContain('申请人签收');
  });

  it('prints the 办件编号, and a lapse only with the 补正 deadline it follows from', () => {
    const data = sampleMissingMaterialsNotice();
    const without = printedText(buildMissingMaterialsNoticeDoc(data).content);
    expect(without).toContain(`办件编号${data.caseNumber}`);
    expect(without).not.toContain('视为放弃申请');
    const withDeadline = printedText(buildMissingMaterialsNoticeDoc({ ...data, supplementWorkingDays: 20 }).content);
    expect(withDeadline).toContain('请自收到本告知书之日起20个工作日内补正；逾期未补正又无正当理由的，视为放弃申请。');
  });

  it('switches to the dense set for a long list only', () => {
    expect(bodySize(buildMissingMaterialsNoticeDoc(sampleMissingMaterialsNotice()))).toBe(11);
    expect(bodySize(buildMissingMaterialsNoticeDoc(worstMissingMaterialsNotice(30)))).toBe(10);
  });
});

describe('不予受理通知书', () => {
  it('states reason, basis, the competent authority and both remedies', () => {
    const data = sampleRefusalNotice();
    const text = printedText(buildRefusalNoticeDoc(data).content);
    for (const needle of [
      data.reason,
      data.legalBasis,
      `请向${data.competentAuthority ?? ''}提出申请`,
      '六十日内',
      '六个月内',
      '四、救济途径',
    ]) {
      expect(text).toContain(needle);
    }
  });

  it('leaves out the competent-authority item when the matter is within our powers', () => {
    const { competentAuthority: _omitted, ...data } = sampleRefusalNotice();
    const text = printedText(buildRefusalNoticeDoc(data).content);
    expect(text).not.toContain('告知事项');
    expect(text).toContain('三、救济途径');
  });
});

describe('办结通知书', () => {
  it('准予: certificate name and number, window pick-up place', () => {
    const text = printedText(buildResultNoticeDoc(sampleApprovedResult()).content);
    expect(text).toContain('准予');
    expect(text).toContain('渝公（渝中）证字〔2026〕第00123号');
    expect(text).toContain('窗口领取');
    expect(text).not.toContain('行政复议');
  });

  it('准予 closes the clerk’s opinion as a sentence', () => {
    const approved = sampleApprovedResult();
    const withOpinion = (explanation: string) =>
      printedText(
        buildResultNoticeDoc({
          ...approved,
          outcome: { ...approved.outcome, kind: 'approved', certificateName: '无犯罪记录证明', certificateNumber: 'X1', explanation },
        }).content,
      );
    expect(withOpinion('经核查，符合条件')).toContain('（编号：X1）。经核查，符合条件。');
    expect(withOpinion('经核查，符合条件。')).not.toContain('符合条件。。');
  });

  it('准予 by post: carrier and waybill number', () => {
    const text = printedText(buildResultNoticeDoc(samplePostedResult()).content);
    expect(text).toContain('1234567890123');
    expect(text).toContain('中国邮政EMS');
  });

  it('不予: reasons and remedies, no certificate', () => {
    const text = printedText(buildResultNoticeDoc(sampleDeniedResult()).content);
    expect(text).toContain('不予');
    expect(text).toContain('申请行政复议');
    expect(text).not.toContain('证照编号');
  });
});

describe('材料接收清单', () => {
  it('prints form, copies and optional pages per line, with totals', () => {
    const text = printedText(buildMaterialListDoc(sampleMaterialList()).content);
    expect(text).toContain('接收材料（共2项，2份）');
    expect(text).toContain('原件及复印件');
    expect(text).toContain('接收人');
    const worst = buildMaterialListDoc(worstMaterialList());
    expect(styleNames(worst.content)).toContain('listCell');
    expect(bodySize(worst)).toBe(10);
  });
});

describe('材料接收清单 for the handling side', () => {
  it('prints the unit and its code in full, the 经办人 masked, the 委托书, 免提交, the matter’s fields, the note and the handling place’s numbers', () => {
    const text = printedText(buildMaterialListDoc(unitMaterialList()).content);
    for (const expected of [
      '申请单位',
      '成都蓉川科技有限公司',
      '91350200776049653A',
      '王建国',
      '受单位委托',
      '授权委托书',
      '已收取',
      '免提交材料（窗口通过数据共享获取，申请人无需提交）：营业执照或其他主体资格证明。',
      '事项信息（申请人填报）',
      '联系人身份证号',
      '110105********002X',
      '1. 姓名：李四；公民身份号码：440524********0014',
      '收件备注',
      '营业执照经电子证照库核验，原件已退还。',
      '12441500196720244T3442199806003202206230068',
      'YZ2026-0001',
      '扫描件',
      '2个',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('440524188001010014');
  });

  it('has no scans column when the case lists no scans', () => {
    expect(printedText(buildMaterialListDoc(sampleMaterialList()).content)).not.toContain('扫描件');
  });
});

describe('notices to a unit', () => {
  it('address the unit, print its 统一社会信用代码 in full and name the 经办人 as contact', () => {
    const notice = sampleMissingMaterialsNotice();
    const unit = {
      name: '成都蓉川科技有限公司',
      idNumber: '91350200776049653A',
      organisation: true,
      phone: '13800138000',
      contactName: '张三（经办人）',
    };
    const text = printedText(buildMissingMaterialsNoticeDoc({ ...notice, applicant: unit }).content);
    expect(text).toContain('成都蓉川科技有限公司：');
    expect(text).toContain('统一社会信用代码');
    expect(text).toContain('91350200776049653A');
    expect(text).toContain('张三（经办人）');
  });

  it('print a unit’s 统一社会信用代码 in full on every notice, never masked like an ID number', () => {
    const unit = {
      name: '成都蓉川科技有限公司',
      idNumber: '91350200776049653A',
      organisation: true,
      phone: '13800138000',
      contactName: '张三（经办人）',
    };
    const texts = [
      printedText(buildRefusalNoticeDoc({ ...sampleRefusalNotice(), applicant: unit }).content),
      printedText(buildResultNoticeDoc({ ...sampleApprovedResult(), applicant: unit }).content),
      printedText(buildSupplementRequestNoticeDoc({ ...sampleSupplementRequestNotice(), applicant: unit }).content),
    ];
    for (const text of texts) {
      expect(text).toContain('成都蓉川科技有限公司');
      expect(text).toContain('统一社会信用代码91350200776049653A');
    }
  });
});

describe('证明', () => {
  it('encodes only the certificate number in the QR code', () => {
    const doc = buildCertificateDoc(sampleCertificate('no-criminal-record'));
    expect(JSON.stringify(doc.content)).toContain(JSON.stringify(formatCertificateQr(SAMPLE_CERTIFICATE_NUMBER)));
    expect(formatCertificateQr('X')).toBe('CYZM:X');
  });

  it('uses the 无犯罪记录 wording with 用途 and 有效期', () => {
    const text = printedText(buildCertificateDoc(sampleCertificate('no-criminal-record')).content);
    expect(text).toContain('经查询，截至2026年3月18日，未发现张三（公民身份号码：11010519491231002X）有犯罪记录。');
    expect(text).toContain(`本证明由${SAMPLE_ISSUERS['no-criminal-record']}出具`);
    expect(text).toContain('应聘教师岗位');
    expect(text).toContain('自出具之日起至2026年6月17日止');
  });
});

describe('日报表', () => {
  it('masks applicants and totals each matter row', () => {
    const text = printedText(buildDailyReportDoc(sampleDailyReport()).content);
    expect(text).toContain('张*');
    expect(text).not.toContain('张三');
    expect(text).toContain('24'); // 12 + 3 + 1 + 8 + 0
  });

  it('names an overdue unit in full, says which side ran late, and counts the units’ cases', () => {
    const text = printedText(buildDailyReportDoc(sampleDailyReport()).content);
    expect(text).toContain('成都蓉川科技有限公司');
    expect(text).not.toContain('李四');
    expect(text).toContain('收件地、办理地');
    expect(text).toContain('其中单位（法人）办件2件。');
  });

  it('repeats the overdue list’s caption and header rows on each page', () => {
    const doc = buildDailyReportDoc(worstDailyReport(200));
    const tables = JSON.stringify(doc.content);
    expect(tables).toContain('"headerRows":2');
    expect(tables).toContain('"dontBreakRows":true');
  });
});
