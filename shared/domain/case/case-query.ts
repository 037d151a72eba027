/**
 * What a clerk typed into the case search box, recognised by shape: a case number (or its
 * prefix), a 公民身份号码, a 统一社会信用代码, a mobile number, a number the handling place gave
 * the case (its own or the national 办件编号), or the start of a name — an applicant's, a
 * 经办人's or a 申请单位's. Each kind has its own index in the local store, so a search never
 * scans.
 */
export type CaseQuery =
  | { kind: 'caseNumber'; prefix: string }
  | { kind: 'idNumber'; value: string }
  | { kind: 'uscc'; value: string }
  | { kind: 'mobile'; value: string }
  | { kind: 'otherNumber'; value: string }
  | { kind: 'name'; prefix: string }
  | { kind: 'empty' };

/** GB 32100's shape: 2 code characters, a 6-digit division code, 10 more (no I, O, S, V, Z). */
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function classifyCaseQuery(raw: string): CaseQuery {
  const text = raw.trim().replace(/\s+/g, '');
  if (text === '') return { kind: 'empty' };
  if (/^1[3-9]\d{9}$/.test(text)) return { kind: 'mobile', value: text };
  // An all-digit 统一社会信用代码 has this shape too: the ID search also tries it as one.
  if (/^\d{17}[\dXx]$/.test(text)) return { kind: 'idNumber', value: text.toUpperCase() };
  if (/^\d{4,22}$/.test(text)) return { kind: 'caseNumber', prefix: text };
  if (USCC_SHAPE.test(text.toUpperCase())) return { kind: 'uscc', value: text.toUpperCase() };
  // Names carry no digits; numbers like "YZ2026-0001" or a national 办件编号 do.
  if (/^[0-9A-Za-z-]+$/.test(text) && /\d/.test(text)) return { kind: 'otherNumber', value: text };
  return { kind: 'name', prefix: text };
}

export const CASE_QUERY_LABELS: Record<CaseQuery['kind'], string> = {
  caseNumber: '按办件编号',
  idNumber: '按公民身份号码',
  uscc: '按统一社会信用代码',
  mobile: '按手机号码',
  otherNumber: '按办理地编号或全国办件编号',
  name: '按申请人、经办人或单位名称',
  empty: '全部',
};
