/**
 * All document builders through the registry: plain data in, plain data out (a JSON round
 * trip changes nothing and posting would work), masked ID numbers, 补打 markers, A4 with the
 * binding margin, and the inputs themselves are structured-clone safe.
 */
import { describe, expect, it } from 'vitest';
import { CERTIFICATE_TEMPLATES } from '../../../shared/domain/matter/certificate-templates';
import {
  buildDocument,
  DOCUMENT_KINDS,
  isDocumentKind,
  type DocumentDataByKind,
  type DocumentKind,
} from '../../../shared/documents/document-registry';
import { sampleCertificate, worstCertificate } from '../../fixtures/certificate-data';
import { sampleDailyReport, worstDailyReport } from '../../fixtures/daily-report-data';
import { sampleMonthlyReport } from '../../fixtures/monthly-report-data';
import { sampleMaterialList, unitMaterialList, worstMaterialList } from '../../fixtures/material-list-data';
import { sampleMissingMaterialsNotice, worstMissingMaterialsNotice } from '../../fixtures/missing-materials-notice-data';
import { sampleReceiptData } from '../../fixtures/receipt-data';
import { sampleRefusalNotice, worstRefusalNotice } from '../../fixtures/refusal-notice-data';
import { sampleApprovedResult, sampleDeniedResult, worstApprovedResult } from '../../fixtures/result-notice-data';
import { sampleSupplementRequestNotice, worstSupplementRequestNotice } from '../../fixtures/supplement-request-notice-data';
import { holdsFunction, printedText } from './document-output';

type Sample = { [K in DocumentKind]: [K, DocumentDataByKind[K]] }[DocumentKind];

async function samples(): Promise<Sample[]> {
  return [
    ['receipt', await sampleReceiptData()],
    ['missing-materials-notice', sampleMissingMaterialsNotice()],
    ['missing-materials-notice', worstMissingMaterialsNotice()],
    ['refusal-notice', sampleRefusalNotice()],
    ['refusal-notice', worstRefusalNotice()],
    ['result-notice', sampleApprovedResult()],
    ['result-notice', sampleDeniedResult()],
    ['result-notice', worstApprovedResult()],
    ['material-list', sampleMaterialList()],
    ['material-list', worstMaterialList()],
    ['material-list', unitMaterialList()],
    ...CERTIFICATE_TEMPLATES.flatMap((template): Sample[] => [
      ['certificate', sampleCertificate(template)],
      ['certificate', worstCertificate(template)],
    ]),
    ['daily-report', sampleDailyReport()],
    ['daily-report', worstDailyReport()],
    ['monthly-report', sampleMonthlyReport()],
    ['supplement-request-notice', sampleSupplementRequestNotice()],
    ['supplement-request-notice', worstSupplementRequestNotice()],
  ];
}

const build = ([kind, data]: Sample) => buildDocument(kind, data as never);

describe('document builders', () => {
  it('cover every kind', async () => {
    const kinds = new Set((await samples()).map(([kind]) => kind));
    expect([...kinds].sort()).toEqual([...DOCUMENT_KINDS].sort());
  });

  it('build plain data: no functions, and a JSON round trip is equal', async () => {
    for (const sample of await samples()) {
      const doc = build(sample);
      expect(holdsFunction(doc), sample[0]).toBe(false);
      expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    }
  });

  it('take inputs that survive structured clone unchanged (what postMessage does)', async () => {
    for (const [, data] of await samples()) expect(structuredClone(data)).toEqual(data);
  });

  it('are pure: the same data gives the same definition', async () => {
    for (const sample of await samples()) expect(build(sample)).toEqual(build(sample));
  });

  it('print A4 portrait with the 25 mm binding margin on the left', async () => {
    for (const sample of await samples()) {
      const doc = build(sample);
      expect(doc.pageSize).toBe('A4');
      expect(doc.pageOrientation).toBe('portrait');
      expect((doc.pageMargins as number[])[0]).toBeGreaterThanOrEqual(70);
    }
  });

  it('mask the ID number on notices and lists; a certificate shows it in full, as it attests to that person', async () => {
    for (const sample of (await samples()).filter(([kind]) => kind !== 'certificate')) {
      const text = printedText(build(sample).content);
      expect(text, sample[0]).not.toContain('11010519491231002X');
    }
    // The reports show no ID number at all (the daily one lists cases by number, the monthly
    // one only counts); a certificate shows it in full (below).
    const withoutMaskedId: readonly DocumentKind[] = ['daily-report', 'monthly-report', 'certificate'];
    for (const sample of (await samples()).filter(([kind]) => !withoutMaskedId.includes(kind))) {
      expect(printedText(build(sample).content), sample[0]).toContain('110105********002X');
    }
    const certificate = printedText(build(['certificate', sampleCertificate('no-criminal-record')]).content);
    expect(certificate).toContain('11010519491231002X');
    expect(certificate).not.toContain('110105********002X');
  });

  it('mark reprints 补打（第N份） and originals not at all', () => {
    const reprints: Sample[] = [
      ['missing-materials-notice', sampleMissingMaterialsNotice(3)],
      ['refusal-notice', sampleRefusalNotice(3)],
      ['result-notice', sampleApprovedResult(3)],
      ['material-list', sampleMaterialList(3)],
      ['certificate', sampleCertificate('no-criminal-record', 3)],
    ];
    for (const sample of reprints) {
      const text = printedText(build(sample).content);
      expect(text).toContain('补打（第3份）');
      expect(text).toContain('第3份（补打）');
    }
    expect(printedText(build(['refusal-notice', sampleRefusalNotice(1)]).content)).not.toContain('补打');
    expect(() => build(['refusal-notice', sampleRefusalNotice(0)])).toThrow(RangeError);
  });

  it('reject an unknown kind (it may arrive over postMessage)', () => {
    expect(isDocumentKind('certificate')).toBe(true);
    expect(isDocumentKind('toString')).toBe(false);
    expect(() => buildDocument('nonsense' as DocumentKind, {} as never)).toThrow('未知的文书类型');
  });
});
