/**
 * 材料接收清单: the materials a window took in, one line each, signed by the applicant.
 * Handed out with the receipt or when missing materials arrive (domain-facts §3.2: "issue a
 * receipt and a list"), and printed by the handling side as its copy of what the window
 * collected: who applied (unit, 经办人, 代理人 and the 委托书), the materials with their scans,
 * what was 免提交 by data sharing, the matter's own fields and the clerk's note.
 * A list of materials alone fits one A4 page with 30 lines of 40-character names; the
 * matter's fields may carry a long application onto a second page.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { maskIdNumber } from '../../domain/validators/id-number';
import { MATERIAL_FORM_LABELS } from '../../domain/matter/material-forms';
import { isDetailGroup, type DescribedDetail, type DetailLine } from '../../forms/describe-details';
import { formatChinaDateTime } from '../layout/format';
import type { MaterialListData } from './material-list-data';
import {
  applicantSignature,
  documentFooter,
  documentHeader,
  fieldGrid,
  listTable,
  paragraph,
  sectionTitle,
  type ListColumn,
} from '../official/official-blocks';
import { rowLines } from '../official/official-fit';
import { applicantIdField } from '../official/official-format';
import { officialPage } from '../official/official-page';
import { OFFICIAL_CONTENT_WIDTH, OFFICIAL_DENSE, OFFICIAL_NORMAL, type OfficialDensity } from '../official/official-styles';
import type { FieldRow } from '../receipt/receipt-fields';

export const MATERIAL_LIST_TITLE = '材料接收清单';

/** Narrow enough that, dense, a 40-character name stays on one 7.5 pt line. */
const FIXED = { index: 20, form: 60, copies: 24, pages: 24, scans: 30 };
const COLUMNS: ListColumn[] = [
  { header: '序号', width: FIXED.index, align: 'center' },
  { header: '材料名称', width: '*' },
  { header: '原件/复印件', width: FIXED.form, align: 'center' },
  { header: '份数', width: FIXED.copies, align: 'center' },
  { header: '页数', width: FIXED.pages, align: 'center' },
];
const SCANS_COLUMN: ListColumn = { header: '扫描件', width: FIXED.scans, align: 'center' };
/** Estimated name lines at the normal 9.5 pt that fit one page in the normal layout (measured). */
const NORMAL_LIST_LINE_BUDGET = 18;

const withScans = (data: MaterialListData) => data.materials.some((material) => material.scans !== undefined);

/** Grid and section rows the optional parts add, counted like list lines for the density choice. */
function extraLines(data: MaterialListData): number {
  const details = (data.details ?? []).reduce((sum, entry) => sum + (isDetailGroup(entry) ? Math.max(1, entry.items.length) : 1), 0);
  return (
    (data.unit ? 4 : 0) +
    (data.agent ? 2 : 0) +
    (data.otherNumbers?.national ? 1 : 0) +
    (data.otherNumbers?.local ? 1 : 0) +
    (data.waivedMaterials?.length ? 2 : 0) +
    (details > 0 ? details + 2 : 0) +
    (data.intakeNote ? 3 : 0)
  );
}

function chooseDensity(data: MaterialListData): OfficialDensity {
  const nameWidth =
    OFFICIAL_CONTENT_WIDTH - FIXED.index - FIXED.form - FIXED.copies - FIXED.pages - (withScans(data) ? FIXED.scans : 0) - 33;
  const lines = data.materials.reduce((sum, material) => sum + rowLines([{ text: material.name, widthPt: nameWidth }], 9.5), 0);
  return lines + extraLines(data) <= NORMAL_LIST_LINE_BUDGET ? OFFICIAL_NORMAL : OFFICIAL_DENSE;
}

/** Who handed the materials in, and for whom. */
function partyRows(data: MaterialListData): FieldRow[] {
  const { applicant, unit, agent } = data;
  const attorney = data.powerOfAttorneyReceived === undefined ? '—' : data.powerOfAttorneyReceived ? '已收取' : '未收取';
  const person = applicantIdField(applicant);
  const rows: FieldRow[] = unit
    ? [
        { wide: { label: '申请单位', value: unit.name } },
        { left: { label: '统一社会信用代码', value: unit.uscc }, right: { label: '法定代表人', value: unit.legalRepresentative } },
        { left: { label: '经办人', value: applicant.name }, right: { label: person.label, value: person.value } },
        {
          left: { label: '联系电话', value: applicant.phone },
          right: { label: '经办人身份', value: unit.handlerAuthorised ? '受单位委托' : '法定代表人本人' },
        },
        ...(unit.handlerAuthorised ? [{ wide: { label: '授权委托书', value: attorney } }] : []),
      ]
    : [{ wide: { label: '申请人', value: applicant.name } }, { left: person, right: { label: '联系电话', value: applicant.phone } }];
  if (agent) {
    rows.push(
      {
        left: { label: '代理人', value: agent.name },
        right: { label: '证件号码', value: agent.idNumber ? maskIdNumber(agent.idNumber) : '—' },
      },
      { left: { label: '代理人电话', value: agent.phone }, right: { label: '授权委托书', value: attorney } },
    );
  }
  return rows;
}

function lineText(line: DetailLine): string {
  return line.kind === 'idNumber' ? maskIdNumber(line.value) : line.value;
}

function detailRows(details: readonly DescribedDetail[]): FieldRow[] {
  return details.map((entry) => ({
    wide: {
      label: entry.label,
      value: isDetailGroup(entry)
        ? entry.items.map((item, index) => `${index + 1}. ${item.map((line) => `${line.label}：${lineText(line)}`).join('；')}`).join('\n')
        : lineText(entry),
    },
  }));
}

export function buildMaterialListDoc(data: MaterialListData): TDocumentDefinitions {
  const density = chooseDensity(data);
  const scans = withScans(data);
  const rows = data.materials.map((material, index) => [
    String(index + 1),
    material.name,
    MATERIAL_FORM_LABELS[material.form],
    String(material.copies),
    material.pages === undefined ? '' : String(material.pages),
    ...(scans ? [material.scans ? `${material.scans}个` : '—'] : []),
  ]);
  const totalCopies = data.materials.reduce((sum, material) => sum + material.copies, 0);
  const { local, national } = data.otherNumbers ?? {};
  const content: Content[] = [
    ...documentHeader({ title: MATERIAL_LIST_TITLE, copyNumber: data.print.copyNumber }),
    fieldGrid(
      [
        { wide: { label: '办件编号', value: data.caseNumber, strong: true } },
        // A national number is 43 characters without a break: it needs a whole row.
        ...(national ? [{ wide: { label: '全国办件编号', value: national } }] : []),
        ...(local ? [{ wide: { label: '办理地编号', value: local } }] : []),
        ...partyRows(data),
        { wide: { label: '申请事项', value: data.matter.name } },
        { left: { label: '接收人', value: data.receivedBy }, right: { label: '接收时间', value: formatChinaDateTime(data.receivedAt) } },
        { wide: { label: '接收地点', value: data.hallName } },
      ],
      density,
    ),
    sectionTitle(`接收材料（共${data.materials.length}项，${totalCopies}份）`, density),
    listTable(scans ? [...COLUMNS, SCANS_COLUMN] : COLUMNS, rows, density, '（未接收纸质材料）'),
    ...(data.waivedMaterials?.length
      ? [paragraph(`免提交材料（窗口通过数据共享获取，申请人无需提交）：${data.waivedMaterials.join('、')}。`, density, density.gap / 2)]
      : []),
    ...(data.details?.length ? [sectionTitle('事项信息（申请人填报）', density), fieldGrid(detailRows(data.details), density, 0)] : []),
    ...(data.intakeNote ? [sectionTitle('收件备注', density), paragraph(data.intakeNote, density, 0)] : []),
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
  return officialPage({
    title: `${MATERIAL_LIST_TITLE} ${data.caseNumber}`,
    subject: MATERIAL_LIST_TITLE,
    author: data.hallName,
    density,
    content,
  });
}
