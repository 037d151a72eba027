/**
 * 不予受理通知书 (《不予受理行政许可申请通知书》): reason, legal basis, where to apply instead
 * when the matter is outside this authority's powers, and the remedies (行政复议 within 60
 * days, 行政诉讼 within 6 months), sealed and dated; the applicant signs for receipt, since
 * the remedy periods run from it. Short text: always one page.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatChinaDate } from '../layout/format';
import {
  applicantSignature,
  documentFooter,
  documentHeader,
  fieldGrid,
  IDEOGRAPHIC_SPACE,
  paragraph,
  remediesText,
  salutation,
  sealBlock,
} from '../official/official-blocks';
import { applicantIdField } from '../official/official-format';
import { officialPage } from '../official/official-page';
import { OFFICIAL_NORMAL } from '../official/official-styles';
import type { RefusalNoticeData } from './refusal-notice-data';

export const REFUSAL_NOTICE_TITLE = '不予受理通知书';

export function buildRefusalNoticeDoc(data: RefusalNoticeData): TDocumentDefinitions {
  const density = OFFICIAL_NORMAL;
  const { applicant, matter, authority } = data;
  const appliedOn = formatChinaDate(data.appliedOn);
  const competent = data.competentAuthority?.trim();
  const content: Content[] = [
    ...documentHeader({ title: REFUSAL_NOTICE_TITLE, documentNumber: data.documentNumber, copyNumber: data.print.copyNumber }),
    salutation(applicant.name, density),
    paragraph(`你（单位）于${appliedOn}提出的“${matter.name}”申请，本机关已收悉。经审查，决定不予受理。现将有关事项告知如下。`, density),
    fieldGrid(
      [
        { wide: { label: '申请人', value: applicant.name } },
        {
          left: applicantIdField(applicant),
          right: { label: '联系电话', value: applicant.phone },
        },
        { wide: { label: '申请事项', value: matter.name } },
        { left: { label: '事项编码', value: matter.code }, right: { label: '申请日期', value: appliedOn } },
      ],
      density,
      density.gap / 2,
    ),
    paragraph([{ text: '一、不予受理的理由：', bold: true }, data.reason], density, density.gap),
    paragraph([{ text: '二、法律依据：', bold: true }, `根据${data.legalBasis}的规定，决定不予受理。`], density),
    ...(competent
      ? [paragraph([{ text: '三、告知事项：', bold: true }, `该申请事项不属于本机关职权范围，请向${competent}提出申请。`], density)]
      : []),
    paragraph([{ text: `${competent ? '四' : '三'}、救济途径：`, bold: true }, remediesText(data.remedies)], density),
    {
      text: [`承办人：${data.clerk.name}`, `联系电话：${data.clerk.phone}`, `办理地点：${authority.hallName}`].join(
        IDEOGRAPHIC_SPACE.repeat(2),
      ),
      style: 'signature',
      margin: [0, density.gap, 0, 0],
    },
    sealBlock(authority.name, data.issuedOn, density, applicantSignature(density, '申请人签收：'), authority.sealImage),
    ...documentFooter('本通知书一式两份，一份送申请人，一份由承办机关存档。', data.print, density),
  ];
  return officialPage({
    title: `${REFUSAL_NOTICE_TITLE} ${data.documentNumber}`,
    subject: REFUSAL_NOTICE_TITLE,
    author: authority.name,
    density,
    content,
  });
}
