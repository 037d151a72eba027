/**
 * 一次性告知书: everything the applicant still has to bring, at once (domain-facts §3.2),
 * citing the law of the matter's type. One A4 page even with 30 missing items and 40-character names; the
 * applicant signs and writes the time received (the 5-day notice period is audited on it).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatChinaDate } from '../layout/format';
import type { MissingMaterialsNoticeData } from './missing-materials-notice-data';
import {
  applicantSignature,
  documentFooter,
  documentHeader,
  fieldGrid,
  IDEOGRAPHIC_SPACE,
  listTable,
  paragraph,
  salutation,
  sealBlock,
  sectionTitle,
} from '../official/official-blocks';
import { missingMaterialColumns, missingMaterialDensity } from './missing-material-table';
import { applicantIdField } from '../official/official-format';
import { officialPage } from '../official/official-page';

export const MISSING_MATERIALS_NOTICE_TITLE = '一次性告知书';
/** What a 行政许可's notice cites (other types cite their own law, see matter-classification.ts). */
export const MISSING_MATERIALS_LEGAL_BASIS = '《中华人民共和国行政许可法》第三十二条第一款第（四）项';

/** The closing instructions: a deadline (and its consequence) only where the hall set one. */
function closingText(data: MissingMaterialsNoticeData): string {
  const where = `请按上述要求一次性补齐全部材料后，携带本告知书到${data.authority.hallName}办理（办件编号：${data.caseNumber}）。材料补齐之日为受理日期。`;
  const deadline = data.supplementWorkingDays
    ? `请自收到本告知书之日起${data.supplementWorkingDays}个工作日内补正；逾期未补正又无正当理由的，视为放弃申请。`
    : '';
  return `${where}${deadline}本告知书未列明的材料，本机关不再要求提供。`;
}

export function buildMissingMaterialsNoticeDoc(data: MissingMaterialsNoticeData): TDocumentDefinitions {
  const density = missingMaterialDensity(data.missingMaterials);
  const { applicant, matter, authority, clerk } = data;
  const appliedOn = formatChinaDate(data.appliedOn);
  const rows = data.missingMaterials.map((material, index) => [String(index + 1), material.name, material.requirement]);
  const content: Content[] = [
    ...documentHeader({ title: MISSING_MATERIALS_NOTICE_TITLE, documentNumber: data.documentNumber, copyNumber: data.print.copyNumber }),
    salutation(applicant.name, density),
    paragraph(
      `你（单位）于${appliedOn}提出的“${matter.name}”申请，经审查，申请材料不齐全或者不符合法定形式。` +
        `根据${data.legalBasis}的规定，现将需要补正的全部内容一次性告知如下。`,
      density,
    ),
    fieldGrid(
      [
        { wide: { label: '申请人', value: applicant.name } },
        {
          left: applicantIdField(applicant),
          right: { label: '联系人', value: applicant.contactName ?? applicant.name },
        },
        { left: { label: '联系电话', value: applicant.phone }, right: { label: '申请日期', value: appliedOn } },
        { wide: { label: '申请事项', value: matter.name } },
        { left: { label: '办件编号', value: data.caseNumber, strong: true }, right: { label: '事项编码', value: matter.code } },
      ],
      density,
      density.gap / 2,
    ),
    sectionTitle(`需要补正的材料（共${data.missingMaterials.length}项）`, density),
    listTable(missingMaterialColumns(density, '要求（受理标准）'), rows, density),
    paragraph(closingText(data), density, density.gap),
    {
      text: [`承办人：${clerk.name}`, `联系电话：${clerk.phone}`, `咨询电话：${authority.hallPhone}`].join(IDEOGRAPHIC_SPACE.repeat(2)),
      style: 'signature',
      margin: [0, density.gap / 2, 0, 0],
    },
    sealBlock(authority.name, data.issuedOn, density, applicantSignature(density, '申请人签收：'), authority.sealImage),
    ...documentFooter('本告知书一式两份，一份送申请人，一份由承办机关存档。', data.print, density),
  ];
  return officialPage({
    title: `${MISSING_MATERIALS_NOTICE_TITLE} ${data.documentNumber}`,
    subject: MISSING_MATERIALS_NOTICE_TITLE,
    author: authority.name,
    density,
    content,
  });
}
