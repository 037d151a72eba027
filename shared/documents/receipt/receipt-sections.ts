/**
 * The blocks of the 受理回执, top to bottom. Each returns plain pdfmake content that refers
 * to styles and table layouts by name only (see receipt-styles.ts and table-layouts.ts).
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatChinaDateTime, formatChinaDay } from '../layout/format';
import { MATERIAL_FORM_LABELS } from '../../domain/matter/material-forms';
import type { ReceiptCase, ReceiptData } from './receipt-data';
import type { Field, FieldRow } from './receipt-fields';
import { CASE_TABLE_WIDTHS, MATERIALS_TABLE_WIDTHS } from './receipt-geometry';
import { SEAL_IMAGE_SIZE, sealImageOverlay } from '../layout/seal-image';
import { PRINT_LINE_SIZE, type ReceiptDensity } from './receipt-styles';
import { TABLE_LAYOUT } from '../layout/table-layouts';

const LABEL_FILL = '#eeeeee';
/** The full-width space Chinese forms use to separate fields on one line. */
const IDEOGRAPHIC_SPACE = '\u3000';
const QR_SIZE = 72;
/** The side columns are equally wide so the title stays centred on the page. */
const SIDE_COLUMN = 90;
/** Room for a 42 mm round seal to sit over 受理单位（盖章） and the date. */
const SEAL_COLUMN = 150;
const HOTLINE = '12345';
/** Noto Sans SC's line box, in em. */
const LINE_EM = 1.448;

const label = (text: string): TableCell => ({ text, style: 'label', fillColor: LABEL_FILL });
const value = (text: string, style = 'value'): TableCell => ({ text, style });

/**
 * Title and the two keys the applicant needs later, centred, with the 文书编号 under them; the
 * QR code on the right and, on a reprint, a boxed 补打 marker on the left where a clerk sees
 * it first. The centre stays shorter than the QR column, so the number costs no height.
 */
export function headerBlock(
  title: string,
  reprintMarker: string | undefined,
  receiptCase: ReceiptCase,
  sealedQr: string,
  documentNumber?: string,
  nationalCaseNumber?: string,
): Content {
  const key = (name: string, text: string, marginTop = 0): Content => ({
    text: [
      { text: `${name}：`, style: 'keyLabel' },
      { text, style: 'key' },
    ],
    alignment: 'center',
    margin: [0, marginTop, 0, 0],
  });
  const marker: Content = reprintMarker
    ? { table: { body: [[{ text: reprintMarker, style: 'reprint' }]] }, layout: TABLE_LAYOUT.grid, margin: [0, 4, 0, 0] }
    : { text: '' };
  return {
    columns: [
      { width: SIDE_COLUMN, stack: [marker] },
      {
        width: '*',
        stack: [
          { text: title, style: 'title' },
          key('办件编号', receiptCase.caseNumber, 6),
          key('查询密码', receiptCase.queryPassword),
          // The national-style number sits with the window's numbers (it matches the case on the
          // national platform); with it both small lines get the smaller print, so the centre
          // column stays no taller than the QR code's and costs the page no height.
          ...(documentNumber
            ? [
                {
                  text: `文书编号：${documentNumber}`,
                  style: nationalCaseNumber ? 'documentNumberSmall' : 'documentNumber',
                  alignment: 'center',
                  margin: [0, 2, 0, 0],
                } as Content,
              ]
            : []),
          ...(nationalCaseNumber
            ? [{ text: `全国办件编号：${nationalCaseNumber}`, style: 'documentNumberSmall', alignment: 'center' } as Content]
            : []),
        ],
      },
      {
        width: SIDE_COLUMN,
        stack: [
          { qr: sealedQr, fit: QR_SIZE, eccLevel: 'M', alignment: 'right' },
          { text: '扫码查询进度、验证真伪', style: 'hint', alignment: 'right' },
        ],
      },
    ],
    columnGap: 8,
  };
}

export function caseTable(rows: FieldRow[], density: ReceiptDensity): Content {
  const cells = (field: Field): TableCell[] => [label(field.label), value(field.value, field.strong ? 'valueStrong' : 'value')];
  return {
    table: {
      widths: CASE_TABLE_WIDTHS,
      body: rows.map((row) =>
        'wide' in row
          ? [label(row.wide.label), { text: row.wide.value, style: 'value', colSpan: 3 }, '', '']
          : [...cells(row.left), ...cells(row.right)],
      ),
    },
    layout: density.gridLayout,
    margin: [0, density.gap, 0, 0],
  };
}

export function materialsBlock(receiptCase: ReceiptCase, density: ReceiptDensity): Content[] {
  const header: TableCell[] = ['序号', '材料名称', '收取方式', '份数'].map((text) => ({
    text,
    style: 'listHeader',
    fillColor: LABEL_FILL,
  }));
  const rows: TableCell[][] = receiptCase.materials.map((material, index) => [
    { text: String(index + 1), style: 'listCell', alignment: 'center' },
    { text: material.name, style: 'listCell' },
    { text: MATERIAL_FORM_LABELS[material.form], style: 'listCell', alignment: 'center' },
    { text: String(material.copies), style: 'listCell', alignment: 'center' },
  ]);
  const none: TableCell[] = [{ text: '（未收取纸质材料）', style: 'listCell', colSpan: 4, alignment: 'center' }, '', '', ''];
  return [
    { text: `已收取材料清单（共${receiptCase.materials.length}项）`, style: 'section', margin: [0, density.gap, 0, 3] },
    {
      // headerRows + dontBreakRows: should a list ever outgrow the page, it continues
      // under a repeated header instead of splitting a row.
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: MATERIALS_TABLE_WIDTHS,
        body: [header, ...(rows.length > 0 ? rows : [none])],
      },
      layout: density.listLayout,
    },
  ];
}

/** 监督投诉电话: the hall's own line, and 12345 (the hotline every place has) besides. */
function supervisionNote(phone: string | undefined): string {
  const own = phone?.trim() || HOTLINE;
  return own === HOTLINE
    ? `对办理服务有意见或建议，可拨打监督投诉电话${HOTLINE}（政务服务便民热线）。`
    : `对办理服务有意见或建议，可拨打监督投诉电话${own}或${HOTLINE}政务服务便民热线。`;
}

export function notesBlock(data: ReceiptData, density: ReceiptDensity): Content {
  const { legal, promised, forwarding } = data.timeLimits;
  const countsWorkingDays = legal?.unit === 'working-days' || promised.unit === 'working-days' || forwarding !== undefined;
  const items = [
    '凭办件编号和查询密码，可在“川渝通办”专区、大厅窗口或拨打咨询电话查询办理进度；领取办理结果时请携带本回执和本人有效身份证件。',
    ...(countsWorkingDays ? ['时限以工作日计算的，法定节假日不计入，承诺办结日期已据此推算。'] : []),
    ...(forwarding
      ? [
          // One line: the worst-case receipt has no room for a second.
          `${data.caseState.mode}：本窗口收件并作形式审查，办理地主管部门审批决定；承诺办结日期含转送${forwarding.transfer.amount}个、回传${forwarding.return.amount}个工作日。`,
        ]
      : data.caseState.mode === '异地代收代办'
        ? ['本事项为异地代收代办：本窗口负责收件和形式审查，材料转送办理地主管部门审批，办理结果以办理地决定为准。']
        : []),
    supervisionNote(data.supervisionPhone),
  ];
  return {
    stack: [
      { text: '温馨提示', style: 'section' },
      { ol: items, style: 'note', margin: [0, 1, 0, 0] },
    ],
    margin: [0, density.gap, 0, 0],
  };
}

/**
 * How far the seal image reaches above the date line's foot: as high as it must for its
 * lower edge to end with the print line, the last line on the page. So a receipt that fits
 * without the seal fits with it, and the seal still covers 受理单位（盖章） and the date.
 */
function sealReachAboveDate(density: ReceiptDensity): number {
  const printLineHeight = PRINT_LINE_SIZE * LINE_EM;
  return SEAL_IMAGE_SIZE - (density.gap + printLineHeight) - 1;
}

/**
 * The applicant signs for the list; the hall seals on the right, over the date. The seal
 * names the hall, so the block does not repeat a (possibly long) hall name.
 */
export function signatureBlock(data: ReceiptData, density: ReceiptDensity): Content {
  return {
    columns: [
      {
        width: '*',
        stack: [
          { text: '以上信息及材料清单经本人核对无误。', style: 'signature' },
          {
            // Underlined ideographic spaces draw one continuous line; underscores break into dashes.
            text: ['申请人（签名）：', { text: IDEOGRAPHIC_SPACE.repeat(12), decoration: 'underline' }],
            style: 'signature',
            margin: [0, 2 * density.gap, 0, 0],
          },
          {
            text: `签收日期：${IDEOGRAPHIC_SPACE.repeat(4)}年${IDEOGRAPHIC_SPACE.repeat(2)}月${IDEOGRAPHIC_SPACE.repeat(2)}日`,
            style: 'signature',
            margin: [0, density.gap, 0, 0],
          },
        ],
      },
      {
        width: SEAL_COLUMN,
        stack: [
          { text: '受理单位（盖章）', style: 'signature' },
          { text: formatChinaDay(data.caseState.acceptedAt), style: 'signature', margin: [0, 3 * density.gap, 0, 0] },
          ...sealImageOverlay(data.sealImage, SEAL_COLUMN, sealReachAboveDate(density)),
        ],
        alignment: 'center',
      },
    ],
    columnGap: 16,
    margin: [0, density.gap, 0, 0],
  };
}

export function printLine(data: ReceiptData, density: ReceiptDensity): Content {
  const copy = data.copyNumber > 1 ? `第${data.copyNumber}份（补打）` : '第1份';
  return {
    text: [`打印时间：${formatChinaDateTime(data.printedAt)}`, `打印人：${data.clerkName}`, copy, '本回执由申请人留存'].join(
      IDEOGRAPHIC_SPACE,
    ),
    style: 'printLine',
    margin: [0, density.gap, 0, 0],
  };
}
