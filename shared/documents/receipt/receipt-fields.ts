/**
 * The case facts the 受理回执 prints in its label/value table, as text. Kept apart from
 * the pdfmake layout so the table and the one-page fit estimate read the very same strings.
 */
import { maskIdNumber } from '../../domain/validators/id-number';
import { provinceName, type ProvinceCode } from '../../domain/region/provinces';
import { formatChinaDate, formatChinaDateTime, formatPromise, formatTimeLimit } from '../layout/format';
import type { ReceiptData } from './receipt-data';

export interface Field {
  label: string;
  value: string;
  strong?: boolean;
}

/** One table row: a field across the full width, or two fields side by side. */
export type FieldRow = { wide: Field } | { left: Field; right: Field };

/** "重庆市渝中区" stays as is; "成都市锦江区政务服务中心" becomes "四川省成都市锦江区政务服务中心". */
function withProvince(province: ProvinceCode, name: string): string {
  const prefix = provinceName(province);
  return name.startsWith(prefix) ? name : `${prefix}${name}`;
}

/**
 * The applicant, or a 法人's unit and its 经办人 (one row more than a person, so the worst
 * case still fits one page); then the 代理人 when one applied. The code's label is GB 32100's
 * own short form, 统一代码: the full 统一社会信用代码 wraps in the label column and costs the
 * worst case its one page.
 */
function applicantRows(c: ReceiptData['caseState']): FieldRow[] {
  const rows: FieldRow[] = c.unit
    ? [
        { wide: { label: '申请单位', value: c.unit.name } },
        { left: { label: '统一代码', value: c.unit.uscc }, right: { label: '联系电话', value: c.applicant.mobile } },
        {
          left: { label: '法定代表人', value: c.unit.legalRepresentative },
          right: { label: '经办人', value: `${c.applicant.name}（${c.unit.handlerAuthorised ? '受单位委托' : '法定代表人本人'}）` },
        },
      ]
    : [
        { wide: { label: '申请人', value: c.applicant.name } },
        {
          left: { label: '公民身份号码', value: maskIdNumber(c.applicant.idNumber) },
          right: { label: '联系电话', value: c.applicant.mobile },
        },
      ];
  if (c.agent) {
    rows.push({ left: { label: '代理人', value: c.agent.name }, right: { label: '代理人电话', value: c.agent.mobile } });
  }
  return rows;
}

export function receiptFieldRows(data: ReceiptData): FieldRow[] {
  const c = data.caseState;
  const { legal, promised, forwarding } = data.timeLimits;
  const promise = { label: '承诺办结时限', value: formatPromise(promised, forwarding) };
  // A limit no statute sets is not printed as 法定 (only the promise is).
  const limits: FieldRow = legal
    ? { left: { label: '法定办结时限', value: `${formatTimeLimit(legal)}${forwarding ? '（自办理地受理起）' : ''}` }, right: promise }
    : { wide: promise };
  const clerk = `${c.acceptedBy.clerk}（${c.acceptedBy.window.padStart(2, '0')}号窗口）`;
  return [
    ...applicantRows(c),
    { wide: { label: '申请事项', value: c.matter.name } },
    { left: { label: '事项编码', value: c.matter.code }, right: { label: '办理模式', value: c.mode } },
    { wide: { label: '收件地', value: withProvince(c.routing.receiving.province, data.hall.name) } },
    { wide: { label: '办理地', value: withProvince(c.routing.handling.province, c.routing.handling.name) } },
    {
      left: { label: '受理时间', value: formatChinaDateTime(c.acceptedAt) },
      right: { label: '承诺办结日期', value: formatChinaDate(c.promisedDate), strong: true },
    },
    limits,
    { left: { label: '受理人', value: clerk }, right: { label: '咨询电话', value: data.hall.phone.trim() || '—' } },
  ];
}
