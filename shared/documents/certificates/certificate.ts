/**
 * Certificates the window prints (证明), one template per `certificateTemplate`: title and
 * 证明编号, the template's body, a verification note with a QR code carrying the number, and
 * the issuing department's seal area with the date. One A4 page; 社会保险参保证明 switches to
 * the dense set when its period table is long (up to 30 periods). The department named under
 * the seal issues it; the footer names the hall that printed it and carries no hall seal.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  householdRegistrationBody,
  housingFundLoanBody,
  noCriminalRecordBody,
  socialInsuranceBody,
  unemploymentRegistrationBody,
} from './certificate-bodies';
import { CERTIFICATE_TITLES, type CertificateData } from './certificate-data';
import { documentFooter, documentHeader, paragraph, sealBlock } from '../official/official-blocks';
import { rowLines } from '../official/official-fit';
import { officialPage } from '../official/official-page';
import { OFFICIAL_DENSE, OFFICIAL_NORMAL, type OfficialDensity } from '../official/official-styles';

const QR_SIZE = 64;
/** Estimated period-table lines at 9.5 pt that fit one page in the normal layout (measured). */
const NORMAL_PERIOD_LINE_BUDGET = 18;

/**
 * QR payload "CYZM:<证明编号>": a verifier's scanner looks the number up; nothing else
 * (no personal data) is encoded.
 */
export function formatCertificateQr(certificateNumber: string): string {
  return `CYZM:${certificateNumber}`;
}

function chooseDensity(data: CertificateData): OfficialDensity {
  if (data.certificateTemplate !== 'social-insurance') return OFFICIAL_NORMAL;
  const lines = data.periods.reduce(
    (sum, period) =>
      sum +
      rowLines(
        [
          { text: period.insurance, widthPt: 80 },
          { text: period.employer, widthPt: 200 },
        ],
        9.5,
      ),
    0,
  );
  return lines <= NORMAL_PERIOD_LINE_BUDGET ? OFFICIAL_NORMAL : OFFICIAL_DENSE;
}

function body(data: CertificateData, density: OfficialDensity): Content[] {
  switch (data.certificateTemplate) {
    case 'social-insurance':
      return socialInsuranceBody(data, density);
    case 'housing-fund-loan':
      return housingFundLoanBody(data, density);
    case 'household-registration':
      return householdRegistrationBody(data, density);
    case 'no-criminal-record':
      return noCriminalRecordBody(data, density);
    case 'unemployment-registration':
      return unemploymentRegistrationBody(data, density);
  }
}

function verificationNote(data: CertificateData, density: OfficialDensity): Content {
  const { url, phone } = data.verification;
  const where = [url ? `登录${url}` : '', `拨打${phone}`].filter(Boolean).join('或');
  return paragraph(
    `核验说明：本证明编号为${data.certificateNumber}，可扫描右上角二维码、${where}核验真伪。涂改、复印无效。`,
    density,
    density.gap,
  );
}

export function buildCertificateDoc(data: CertificateData): TDocumentDefinitions {
  const density = chooseDensity(data);
  const title = CERTIFICATE_TITLES[data.certificateTemplate];
  const qr: Content = {
    stack: [
      { qr: formatCertificateQr(data.certificateNumber), fit: QR_SIZE, eccLevel: 'M', alignment: 'right' },
      { text: '扫码核验', style: 'hint', alignment: 'right' },
    ],
  };
  const content: Content[] = [
    ...documentHeader({ title, documentNumber: `证明编号：${data.certificateNumber}`, copyNumber: data.print.copyNumber, right: qr }),
    ...body(data, density),
    verificationNote(data, density),
    sealBlock(data.issuerName, data.issuedOn, density),
    ...documentFooter(`本证明由${data.issuerName}出具，加盖其印章后生效，交持证人收执；${data.printedBy}代为打印。`, data.print, density),
  ];
  return officialPage({ title: `${title} ${data.certificateNumber}`, subject: title, author: data.issuerName, density, content });
}
