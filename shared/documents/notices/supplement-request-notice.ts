/**
 * 补正材料通知书: the handling department, reviewing a case accepted at another province's
 * window, asks for materials; the receiving window prints this for the applicant. It names
 * the department that asks (the window only delivers it, so no hall seal), every item with
 * its standard, the deadline and where to bring them, and that the time limit does not run
 * meanwhile. The applicant signs for it.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatChinaDate } from '../layout/format';
import {
  applicantSignature,
  documentFooter,
  documentHeader,
  fieldGrid,
  IDEOGRAPHIC_SPACE,
  listTable,
  paragraph,
  salutation,
  sectionTitle,
} from '../official/official-blocks';
import { applicantIdField } from '../official/official-format';
import { officialPage } from '../official/official-page';
import { missingMaterialColumns, missingMaterialDensity } from './missing-material-table';
import type { SupplementRequestNoticeData } from './supplement-request-notice-data';

export const SUPPLEMENT_REQUEST_NOTICE_TITLE = '补正材料通知书';

export function buildSupplementRequestNoticeDoc(data: SupplementRequestNoticeData): TDocumentDefinitions {
  const density = missingMaterialDensity(data.missingMaterials);
  const { applicant, matter } = data;
  const rows = data.missingMaterials.map((material, index) => [String(index + 1), material.name, material.requirement]);
  const content: Content[] = [
    ...documentHeader({ title: SUPPLEMENT_REQUEST_NOTICE_TITLE, copyNumber: data.print.copyNumber }),
    salutation(applicant.name, density),
    paragraph(
      `你（单位）于${formatChinaDate(data.acceptedOn)}在${data.receivingHall.name}提出、已受理的“${matter.name}”申请，` +
        `办理地${data.requestedBy}在审查中需要你（单位）补正下列材料。理由：${data.reason}。`,
      density,
    ),
    fieldGrid(
      [
        { wide: { label: '申请人', value: applicant.name } },
        {
          left: applicantIdField(applicant),
          right: { label: '联系电话', value: applicant.phone },
        },
        { wide: { label: '申请事项', value: matter.name } },
        {
          left: { label: '办件编号', value: data.caseNumber, strong: true },
          right: { label: '补正期限', value: formatChinaDate(data.deadline), strong: true },
        },
      ],
      density,
      density.gap / 2,
    ),
    sectionTitle(`需要补正的材料（共${data.missingMaterials.length}项）`, density),
    listTable(missingMaterialColumns(density, '要求（标准）'), rows, density),
    paragraph(
      `请于${formatChinaDate(data.deadline)}前携带上述材料及本通知书到${data.receivingHall.name}提交（办件编号：${data.caseNumber}），` +
        '窗口收齐后转送办理地。补正期间不计入办理时限，材料补齐后继续计算。',
      density,
      density.gap,
    ),
    {
      text: [
        `要求补正：${data.requestedBy}（${formatChinaDate(data.requestedOn)}）`,
        `经办人：${data.clerk.name}`,
        `联系电话：${data.clerk.phone}`,
        `窗口电话：${data.receivingHall.phone}`,
      ].join(IDEOGRAPHIC_SPACE.repeat(2)),
      style: 'signature',
      margin: [0, density.gap / 2, 0, 0],
    },
    applicantSignature(density, '申请人签收：'),
    ...documentFooter('本通知书一式两份，一份送申请人，一份由收件窗口存档并转办理地。', data.print, density),
  ];
  return officialPage({
    title: `${SUPPLEMENT_REQUEST_NOTICE_TITLE} ${data.caseNumber}`,
    subject: SUPPLEMENT_REQUEST_NOTICE_TITLE,
    author: data.requestedBy,
    density,
    content,
  });
}
