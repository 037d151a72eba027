/**
 * 材料接收清单: the materials a window took in, one line each, signed by the applicant.
 * Handed out with the receipt or when missing materials arrive (domain-facts §3.2: "issue a
 * receipt and a list"). One A4 page with 30 lines of 40-character names.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { maskIdNumber } from '../domain/id-number';
import { MATERIAL_FORM_LABELS } from '../domain/material-forms';
import { formatChinaDateTime } from './format';
import type { MaterialListData } from './material-list-data';
import { applicantSignature, documentFooter, documentHeader, fieldGrid, listTable, paragraph, sectionTitle, type ListColumn } from './official-blocks';
import { rowLines } from './official-fit';
import { officialPage } from './official-page';
import { OFFICIAL_CONTENT_WIDTH, OFFICIAL_DENSE, OFFICIAL_NORMAL, type OfficialDensity } from './official-styles';

export const MATERIAL_LIST_TITLE = '材料接收清单';

/** Narrow enough that, dense, a 40-character name stays on one 7.5 pt line. */
const FIXED = { index: 20, form: 60, copies: 24, pages: 24 };
const COLUMNS: ListColumn[] = [
  { header: '序号', width: FIXED.index, align: 'center' },
  { header: '材料名称', width: '*' },
  { header: '原件/复印件', width: FIXED.form, align: 'center' },
  { header: '份数', width: FIXED.copies, align: 'center' },
  { header: '页数', width: FIXED.pages, align: 'center' },
];
/** Estimated name lines at the normal 9.5 pt that fit one page in the normal layout (measured). */
const NORMAL_LIST_LINE_BUDGET = 18;

function chooseDensity(data: MaterialListData): OfficialDensity {
  const nameWidth = OFFICIAL_CONTENT_WIDTH - FIXED.index - FIXED.form - FIXED.copies - FIXED.pages - 33;
  const lines = data.materials.reduce((sum, material) => sum + rowLines([{ text: material.name, widthPt: nameWidth }], 9.5), 0);
  return lines <= NORMAL_LIST_LINE_BUDGET ? OFFICIAL_NORMAL : OFFICIAL_DENSE;
}

export function buildMaterialListDoc(data: MaterialListData): TDocumentDefinitions {
  const density = chooseDensity(data);
  const { applicant } = data;
  const rows = data.materials.map((material, index) => [
    String(index + 1),
    material.name,
    MATERIAL_FORM_LABELS[material.form],
    String(material.copies),
    material.pages === undefined ? '' : String(material.pages),
  ]);
  const totalCopies = data.materials.reduce((sum, material) => sum + material.copies, 0);
  const content: Content[] = [
    ...documentHeader({ title: MATERIAL_LIST_TITLE, copyNumber: data.print.copyNumber }),
    fieldGrid(
      [
        { wide: { label: '办件编号', value: data.caseNumber, strong: true } },
        { wide: { label: '申请人', value: applicant.name } },
        {
          left: { label: '证件号码', value: applicant.idNumber ? maskIdNumber(applicant.idNumber) : '—' },
          right: { label: '联系电话', value: applicant.phone },
        },
        { wide: { label: '申请事项', value: data.matter.name } },
        { left: { label: '接收人', value: data.receivedBy }, right: { label: '接收时间', value: formatChinaDateTime(data.receivedAt) } },
        { wide: { label: '接收地点', value: data.hallName } },
      ],
      density,
    ),
    sectionTitle(`接收材料（共${data.materials.length}项，${totalCopies}份）`, density),
    listTable(COLUMNS, rows, density, '（未接收纸质材料）'),
    paragraph('以上材料经双方当面清点核对无误。材料原件经核对后当场退还的，以“原件及复印件”登记。', density, density.gap),
    {
      columns: [
        { width: '*', stack: [applicantSignature(density, '申请人（签名）：', false)] },
        { width: '*', stack: [applicantSignature(density, '接收人（签名）：', false)] },
      ],
      columnGap: 16,
    },
    ...documentFooter('本清单一式两份，一份交申请人，一份随卷存档。', data.print, density),
  ];
  return officialPage({ title: `${MATERIAL_LIST_TITLE} ${data.caseNumber}`, subject: MATERIAL_LIST_TITLE, author: data.hallName, density, content });
}
