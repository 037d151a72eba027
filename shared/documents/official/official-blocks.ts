/**
 * Building blocks of the window's official documents (notices, lists, certificates):
 * header with 文书编号, salutation, indented paragraphs, label/value grid, ruled lists,
 * seal block, applicant signature, remedies and the print line. Each returns plain pdfmake
 * content that names its styles and table layouts (official-styles.ts, table-layouts.ts).
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatChinaDateTime } from '../layout/format';
import type { LegalRemedies, PrintInfo } from './official-data';
import { formatSealDate } from './official-format';
import { OFFICIAL_CONTENT_WIDTH, type OfficialDensity } from './official-styles';
import type { Field, FieldRow } from '../receipt/receipt-fields';
import { reprintMarker } from '../receipt/receipt';
import { SEAL_IMAGE_SIZE, sealImageOverlay } from '../layout/seal-image';
import { TABLE_LAYOUT } from '../layout/table-layouts';

const LABEL_FILL = '#eeeeee';
/** Full-width space: Chinese forms separate fields on one line with it. */
export const IDEOGRAPHIC_SPACE = '\u3000';
/** Equal side columns keep the title centred; the left one holds a 补打 marker. */
const SIDE_COLUMN = 86;
/** Room for a 42 mm round seal over the authority name and the date. */
const SEAL_COLUMN = 236;

/** A blank to write on: underlined ideographic spaces draw one unbroken line. */
export const blank = (width: number): Content => ({ text: IDEOGRAPHIC_SPACE.repeat(width), decoration: 'underline' });

export function documentHeader(options: {
  title: string;
  documentNumber?: string;
  copyNumber: number;
  /** Printed right of the title, e.g. a QR code; keep it within SIDE_COLUMN. */
  right?: Content;
}): Content[] {
  const marker = reprintMarker(options.copyNumber);
  return [
    {
      columns: [
        {
          width: SIDE_COLUMN,
          stack: [marker ? { table: { body: [[{ text: marker, style: 'reprint' }]] }, layout: TABLE_LAYOUT.grid } : { text: '' }],
        },
        {
          width: '*',
          text: options.title,
          style: Array.from(options.title).length > 12 ? 'titleLong' : 'title',
          margin: [0, Array.from(options.title).length > 12 ? 7 : 4, 0, 0],
        },
        { width: SIDE_COLUMN, stack: [options.right ?? { text: '' }] },
      ],
      columnGap: 6,
    },
    ...(options.documentNumber ? [{ text: options.documentNumber, style: 'documentNumber', margin: [0, 4, 0, 0] } as Content] : []),
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: OFFICIAL_CONTENT_WIDTH, y2: 0, lineWidth: 0.8 }], margin: [0, 3, 0, 0] },
  ];
}

/** "张三：" — whom the notice addresses. */
export function salutation(name: string, density: OfficialDensity): Content {
  return { text: `${name}：`, style: 'salutation', margin: [0, density.gap, 0, 0] };
}

/** A body paragraph with the customary two-character first-line indent. */
export function paragraph(text: string | Content[], density: OfficialDensity, marginTop = density.gap / 2): Content {
  return { text, style: 'body', leadingIndent: 2 * density.bodySize, margin: [0, marginTop, 0, 0] } as Content;
}

export function sectionTitle(text: string, density: OfficialDensity): Content {
  return { text, style: 'section', margin: [0, density.gap, 0, 3] };
}

const labelCell = (text: string): TableCell => ({ text, style: 'label', fillColor: LABEL_FILL });

/** Label/value grid: a field across the full width, or two side by side. */
export function fieldGrid(rows: FieldRow[], density: OfficialDensity, marginTop = density.gap): Content {
  const cells = (field: Field): TableCell[] => [
    labelCell(field.label),
    { text: field.value, style: field.strong ? 'valueStrong' : 'value' },
  ];
  return {
    table: {
      widths: [64, '*', 64, '*'],
      body: rows.map((row) =>
        'wide' in row
          ? [labelCell(row.wide.label), { text: row.wide.value, style: 'value', colSpan: 3 }, '', '']
          : [...cells(row.left), ...cells(row.right)],
      ),
    },
    layout: density.gridLayout,
    margin: [0, marginTop, 0, 0],
  };
}

export interface ListColumn {
  header: string;
  width: number | '*';
  align?: 'left' | 'center' | 'right';
}

/**
 * A ruled list with a header row. headerRows + dontBreakRows: a list that outgrows the page
 * continues under a repeated header instead of splitting a row. A `caption` becomes a first
 * header row spanning the table, so a continued page still says what the list is.
 */
export function listTable(
  columns: ListColumn[],
  rows: string[][],
  density: OfficialDensity,
  emptyText = '（无）',
  caption?: string,
): Content {
  const span = (cell: TableCell): TableCell[] => [cell, ...columns.slice(1).map(() => '')];
  const header: TableCell[] = columns.map((column) => ({ text: column.header, style: 'listHeader', fillColor: LABEL_FILL }));
  const captionRows: TableCell[][] = caption
    ? [span({ text: caption, style: 'listHeader', colSpan: columns.length, alignment: 'left' })]
    : [];
  const body: TableCell[][] =
    rows.length > 0
      ? rows.map((row) => row.map((text, index) => ({ text, style: 'listCell', alignment: columns[index]?.align ?? 'left' })))
      : [span({ text: emptyText, style: 'listCell', alignment: 'center', colSpan: columns.length })];
  return {
    table: {
      headerRows: captionRows.length + 1,
      dontBreakRows: true,
      widths: columns.map((column) => column.width),
      body: [...captionRows, header, ...body],
    },
    layout: density.listLayout,
  };
}

/** Authority line, gap and date line: the seal image is centred on them. */
const SEAL_LINES_HEIGHT = 11 * 1.448 + 4 + 11 * 1.448;

/**
 * The seal area: authority name and the date in Chinese numerals, right-aligned, with room
 * above for the round seal to overlap both (as 公文 do). `left` fills the space beside it,
 * usually the applicant's signature. `sealImage` (IssuingAuthority.sealImage, a PNG data
 * URL) is drawn over the name and date; it reaches about 42 pt below the date, which the
 * footer normally covers.
 */
export function sealBlock(authorityName: string, isoDate: string, density: OfficialDensity, left?: Content, sealImage?: string): Content {
  return {
    columns: [
      { width: '*', stack: [left ?? { text: '' }] },
      {
        width: SEAL_COLUMN,
        stack: [
          { text: '（盖章）', style: 'sealHint' },
          { text: authorityName, style: 'sealAuthority', margin: [0, density.dense ? 8 : 16, 0, 0] },
          { text: formatSealDate(isoDate), style: 'sealAuthority', margin: [0, 4, 0, 0] },
          ...sealImageOverlay(sealImage, SEAL_COLUMN, SEAL_IMAGE_SIZE / 2 + SEAL_LINES_HEIGHT / 2),
        ],
      },
    ],
    columnGap: 16,
    margin: [0, 2 * density.gap, 0, 0],
    unbreakable: true,
  };
}

/** 申请人（签名）____ and 签收时间 with room for year, month, day, hour and minute. */
export function applicantSignature(density: OfficialDensity, caption = '申请人（签名）：', withTime = true): Content {
  const space = (count: number) => IDEOGRAPHIC_SPACE.repeat(count);
  return {
    stack: [
      { text: [caption, blank(9)], style: 'signature', margin: [0, density.dense ? 14 : 22, 0, 0] },
      {
        text: withTime
          ? `签收时间：${space(3)}年${space(2)}月${space(2)}日${space(2)}时${space(2)}分`
          : `签收日期：${space(3)}年${space(2)}月${space(2)}日`,
        style: 'signature',
        margin: [0, density.gap, 0, 0],
      },
    ],
  };
}

/** 行政复议 within 60 days, 行政诉讼 within 6 months (domain-facts §3.1; 行政复议法, 行政诉讼法). */
export function remediesText(remedies: LegalRemedies): string {
  const court = remedies.court?.trim() || '有管辖权的人民法院';
  return (
    `如不服本决定，可以自收到本通知书之日起六十日内向${remedies.reconsiderationBody}申请行政复议，` +
    `或者自收到本通知书之日起六个月内向${court}提起行政诉讼。`
  );
}

/** 尾部: how many copies and where they go, then who printed this one and when. */
export function documentFooter(copiesNote: string, print: PrintInfo, density: OfficialDensity): Content[] {
  const copy = print.copyNumber > 1 ? `第${print.copyNumber}份（补打）` : '第1份';
  return [
    { text: copiesNote, style: 'footnote', margin: [0, density.gap, 0, 0] },
    {
      text: [`打印时间：${formatChinaDateTime(print.printedAt)}`, `打印人：${print.printedBy}`, copy].join(IDEOGRAPHIC_SPACE),
      style: 'printLine',
      margin: [0, 2, 0, 0],
    },
  ];
}
