/**
 * What a clerk typed into the case search box, recognised by shape: a case number (or its
 * prefix), a 公民身份号码, a mobile number, or the start of a name. Each kind has its own
 * index in the local store, so a search never scans.
 */
export type CaseQuery =
  | { kind: 'caseNumber'; prefix: string }
  | { kind: 'idNumber'; value: string }
  | { kind: 'mobile'; value: string }
  | { kind: 'name'; prefix: string }
  | { kind: 'empty' };

export function classifyCaseQuery(raw: string): CaseQuery {
  const text = raw.trim().replace(/\s+/g, '');
  if (text === '') return { kind: 'empty' };
  if (/^1[3-9]\d{9}$/.test(text)) return { kind: 'mobile', value: text };
  if (/^\d{17}[\dXx]$/.test(text)) return { kind: 'idNumber', value: text.toUpperCase() };
  if (/^\d{4,22}$/.test(text)) return { kind: 'caseNumber', prefix: text };
  return { kind: 'name', prefix: text };
}

export const CASE_QUERY_LABELS: Record<CaseQuery['kind'], string> = {
  caseNumber: '按办件编号',
  idNumber: '按公民身份号码',
  mobile: '按手机号码',
  name: '按申请人姓名',
  empty: '全部',
};
