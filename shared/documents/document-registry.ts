/**
 * Every printable document by kind: its plain input type and its builder. The PDF worker
 * and the Node renderer both dispatch through buildDocument, so a new document is one entry
 * here (plus its builder), not a new message type.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildCertificateDoc } from './certificates/certificate';
import type { CertificateData } from './certificates/certificate-data';
import { buildDailyReportDoc } from './reports/daily-report';
import type { DailyReportData } from './reports/daily-report-data';
import { buildMaterialListDoc } from './material-list/material-list';
import type { MaterialListData } from './material-list/material-list-data';
import { buildMonthlyReportDoc } from './reports/monthly-report';
import type { MonthlyReportData } from './reports/monthly-report-data';
import { buildMissingMaterialsNoticeDoc } from './notices/missing-materials-notice';
import type { MissingMaterialsNoticeData } from './notices/missing-materials-notice-data';
import { buildReceiptDoc } from './receipt/receipt';
import type { ReceiptData } from './receipt/receipt-data';
import { buildRefusalNoticeDoc } from './notices/refusal-notice';
import type { RefusalNoticeData } from './notices/refusal-notice-data';
import { buildResultNoticeDoc } from './notices/result-notice';
import type { ResultNoticeData } from './notices/result-notice-data';
import { buildSupplementRequestNoticeDoc } from './notices/supplement-request-notice';
import type { SupplementRequestNoticeData } from './notices/supplement-request-notice-data';

/** The input of each document kind. All plain data: posted to the worker as is. */
export interface DocumentDataByKind {
  receipt: ReceiptData;
  'missing-materials-notice': MissingMaterialsNoticeData;
  'refusal-notice': RefusalNoticeData;
  'result-notice': ResultNoticeData;
  'material-list': MaterialListData;
  certificate: CertificateData;
  'daily-report': DailyReportData;
  'monthly-report': MonthlyReportData;
  'supplement-request-notice': SupplementRequestNoticeData;
}

export type DocumentKind = keyof DocumentDataByKind;

const BUILDERS: { [K in DocumentKind]: (data: DocumentDataByKind[K]) => TDocumentDefinitions } = {
  receipt: buildReceiptDoc,
  'missing-materials-notice': buildMissingMaterialsNoticeDoc,
  'refusal-notice': buildRefusalNoticeDoc,
  'result-notice': buildResultNoticeDoc,
  'material-list': buildMaterialListDoc,
  certificate: buildCertificateDoc,
  'daily-report': buildDailyReportDoc,
  'monthly-report': buildMonthlyReportDoc,
  'supplement-request-notice': buildSupplementRequestNoticeDoc,
};

/** Chinese names for messages to the clerk ("一次性告知书生成失败：…"). */
export const DOCUMENT_KIND_NAMES: Record<DocumentKind, string> = {
  receipt: '受理回执',
  'missing-materials-notice': '一次性告知书',
  'refusal-notice': '不予受理通知书',
  'result-notice': '办结通知书',
  'material-list': '材料接收清单',
  certificate: '证明',
  'daily-report': '日报表',
  'monthly-report': '月报表',
  'supplement-request-notice': '补正材料通知书',
};

export const DOCUMENT_KINDS = Object.keys(BUILDERS) as DocumentKind[];

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && Object.hasOwn(BUILDERS, value);
}

export function buildDocument<K extends DocumentKind>(kind: K, data: DocumentDataByKind[K]): TDocumentDefinitions {
  if (!isDocumentKind(kind)) throw new Error(`未知的文书类型：${String(kind)}`);
  return BUILDERS[kind](data);
}
