/**
 * Plain-data parts shared by the notices, lists and certificates a window hands out. Every
 * document input is posted to the PDF worker (structured clone), so these hold only strings,
 * numbers and booleans: no functions, Dates or class instances. Dates are ISO strings:
 * "YYYY-MM-DD" for a China calendar day, full instants ("…Z") for a moment.
 *
 * These are this module's own types on purpose: the case lifecycle maps its events onto
 * them, so documents do not change when the event payloads do.
 */

/** The person or organisation a document is addressed to. */
export interface DocumentApplicant {
  /** Natural person: real name; organisation: its legal name. */
  name: string;
  /** 公民身份号码 or 统一社会信用代码; printed masked for persons (maskIdNumber), in full for organisations. */
  idNumber?: string;
  /** A unit (法人): `name` is its legal name, `idNumber` its 统一社会信用代码, `contactName` its 经办人. */
  organisation?: boolean;
  /** 联系人, when someone else (agent, organisation contact) handles the application. */
  contactName?: string;
  /** 联系电话. */
  phone: string;
}

export interface DocumentMatter {
  /** 事项编码 (实施编码 or the catalog code). */
  code: string;
  name: string;
}

/** The authority whose seal goes on the document, and where the window is. */
export interface IssuingAuthority {
  /** Full name as on the seal, e.g. "成都市锦江区政务服务管理和网络理政办公室". */
  name: string;
  /** The hall the applicant comes back to, e.g. "成都市锦江区政务服务中心". */
  hallName: string;
  /** 咨询电话 of the hall. */
  hallPhone: string;
  /** The seal as a PNG data URL (document settings), drawn over the seal area by sealBlock. */
  sealImage?: string;
}

/** Who handled it at the window, for 承办人 / 经办人 lines. */
export interface DocumentClerk {
  name: string;
  /** Direct line; the hall phone when the clerk has none. */
  phone: string;
}

/** 行政复议 / 行政诉讼 avenues printed on refusals (domain-facts §3.1): names only, the periods are law. */
export interface LegalRemedies {
  /** 复议机关, e.g. "成都市锦江区人民政府". */
  reconsiderationBody: string;
  /** The court with jurisdiction, e.g. "成都市锦江区人民法院"; omitted: "有管辖权的人民法院". */
  court?: string;
}

/** Printing facts common to every document. */
export interface PrintInfo {
  /** ISO instant of printing. */
  printedAt: string;
  /** Who printed this copy. */
  printedBy: string;
  /** 1 for the original; from 2 on the document is marked 补打（第N份）. */
  copyNumber: number;
}
