/**
 * 办结通知书: tells the applicant the case is decided. 准予: the certificate's name and number
 * and how it is delivered (window pick-up or post with the waybill number). 不予: reasons,
 * legal basis and the remedies. One page; the applicant signs on collection.
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
import { OFFICIAL_NORMAL, type OfficialDensity } from '../official/official-styles';
import type { FieldRow } from '../receipt/receipt-fields';
import type { ResultDelivery, ResultNoticeData } from './result-notice-data';

export const RESULT_NOTICE_TITLE = '办结通知书';

export const OUTCOME_LABELS = { approved: '准予', denied: '不予' } as const;

/** An opinion as a sentence: closed with "。" unless it already ends with punctuation. */
export function sentence(text: string | undefined): string {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' || /[。！？；.!?]$/.test(trimmed) ? trimmed : `${trimmed}。`;
}

function deliveryText(delivery: ResultDelivery): string {
  if (delivery.method === 'window') {
    return `窗口领取：${delivery.place}${delivery.hours ? `（${delivery.hours}）` : ''}，领取时请携带本通知书和本人有效身份证件。`;
  }
  return `邮寄送达：已交${delivery.carrier}寄出，运单号${delivery.waybillNumber}，收件地址：${delivery.address}。`;
}

function outcomeBlocks(data: ResultNoticeData, density: OfficialDensity): Content[] {
  const { outcome } = data;
  if (outcome.kind === 'approved') {
    return [
      paragraph(
        `经${data.decidedBy}审查，你（单位）的申请符合法定条件、标准，决定准予办理，` +
          `并出具《${outcome.certificateName}》（编号：${outcome.certificateNumber}）。${sentence(outcome.explanation)}`,
        density,
        density.gap,
      ),
      ...(data.delivery ? [paragraph([{ text: '结果送达：', bold: true }, deliveryText(data.delivery)], density)] : []),
    ];
  }
  return [
    paragraph(`经${data.decidedBy}审查，你（单位）的申请不符合法定条件、标准，决定不予办理。`, density, density.gap),
    paragraph([{ text: '一、理由：', bold: true }, outcome.reasons], density),
    paragraph([{ text: '二、法律依据：', bold: true }, `${outcome.legalBasis}。`], density),
    paragraph([{ text: '三、救济途径：', bold: true }, remediesText(outcome.remedies)], density),
  ];
}

/** Long values (authority, certificate, delivery) get whole rows: numbers with 〔〕 and dashes do not wrap well in half a row. */
function resultRows(data: ResultNoticeData): FieldRow[] {
  const { applicant, outcome } = data;
  const rows: FieldRow[] = [
    {
      left: { label: '办件编号', value: data.caseNumber, strong: true },
      right: { label: '办结结果', value: OUTCOME_LABELS[outcome.kind], strong: true },
    },
    { wide: { label: '申请人', value: applicant.name } },
    {
      left: applicantIdField(applicant),
      right: { label: '联系电话', value: applicant.phone },
    },
    { wide: { label: '申请事项', value: data.matter.name } },
    { left: { label: '事项编码', value: data.matter.code }, right: { label: '申请日期', value: formatChinaDate(data.appliedOn) } },
    {
      left: { label: '受理日期', value: formatChinaDate(data.acceptedOn) },
      right: { label: '办结日期', value: formatChinaDate(data.decidedOn) },
    },
    { wide: { label: '办理机关', value: data.decidedBy } },
  ];
  if (outcome.kind === 'approved') {
    rows.push(
      { wide: { label: '结果证照', value: outcome.certificateName } },
      { wide: { label: '证照编号', value: outcome.certificateNumber } },
    );
    if (data.delivery) {
      const { delivery } = data;
      const value =
        delivery.method === 'window' ? `窗口领取（${delivery.place}）` : `邮寄（${delivery.carrier}，运单号：${delivery.waybillNumber}）`;
      rows.push({ wide: { label: '送达方式', value } });
    }
  }
  return rows;
}

export function buildResultNoticeDoc(data: ResultNoticeData): TDocumentDefinitions {
  const density = OFFICIAL_NORMAL;
  const { authority } = data;
  const content: Content[] = [
    ...documentHeader({ title: RESULT_NOTICE_TITLE, documentNumber: data.documentNumber, copyNumber: data.print.copyNumber }),
    salutation(data.applicant.name, density),
    paragraph(`你（单位）于${formatChinaDate(data.appliedOn)}提出的“${data.matter.name}”申请已办结。办理情况如下：`, density),
    fieldGrid(resultRows(data), density, density.gap / 2),
    ...outcomeBlocks(data, density),
    {
      text: [`经办人：${data.clerk.name}`, `联系电话：${data.clerk.phone}`, `咨询电话：${authority.hallPhone}`].join(
        IDEOGRAPHIC_SPACE.repeat(2),
      ),
      style: 'signature',
      margin: [0, density.gap, 0, 0],
    },
    sealBlock(
      authority.name,
      data.issuedOn,
      density,
      applicantSignature(density, data.outcome.kind === 'approved' ? '领取人签收：' : '申请人签收：'),
      authority.sealImage,
    ),
    ...documentFooter('本通知书一式两份，一份送申请人，一份随卷存档。', data.print, density),
  ];
  return officialPage({
    title: `${RESULT_NOTICE_TITLE} ${data.documentNumber}`,
    subject: RESULT_NOTICE_TITLE,
    author: authority.name,
    density,
    content,
  });
}
