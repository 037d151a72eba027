/**
 * What the 办结通知书 (result notice) prints: the national 办件结果 fields (domain-facts §3.2:
 * 办结时间, 办结结果, 结果证照名称/编号, 是否快递递送) plus case number, matter, applicant,
 * delivery and, for 不予, reasons and remedies. Plain data (see official-data.ts).
 */
import type {
  DocumentApplicant,
  DocumentClerk,
  DocumentMatter,
  IssuingAuthority,
  LegalRemedies,
  PrintInfo,
} from '../official/official-data';

export type ResultOutcome =
  | {
      kind: 'approved';
      /** 结果证照名称, e.g. "无犯罪记录证明". */
      certificateName: string;
      /** 结果证照编号. */
      certificateNumber: string;
      /** Optional remark (办件结果描述). */
      explanation?: string;
    }
  | {
      kind: 'denied';
      /** Why, in full sentences (up to ~300 characters keep one page). */
      reasons: string;
      /** The provision applied. */
      legalBasis: string;
      remedies: LegalRemedies;
    };

export type ResultDelivery =
  | {
      method: 'window';
      /** Where to collect, e.g. "成都市锦江区政务服务中心5号窗口". */
      place: string;
      /** e.g. "工作日 9:00–17:00". */
      hours?: string;
    }
  | {
      method: 'post';
      carrier: string;
      waybillNumber: string;
      /** Address as the applicant gave it. */
      address: string;
    };

export interface ResultNoticeData {
  /** 文书编号, kind result ("…结〔2026〕第00031号"). */
  documentNumber: string;
  /** 办件编号. */
  caseNumber: string;
  applicant: DocumentApplicant;
  matter: DocumentMatter;
  /** "YYYY-MM-DD": handed in / accepted / decided. */
  appliedOn: string;
  acceptedOn: string;
  decidedOn: string;
  /** The deciding authority (办理地), e.g. "重庆市公安局渝中区分局". */
  decidedBy: string;
  outcome: ResultOutcome;
  /** Approved results only: how the certificate reaches the applicant. */
  delivery?: ResultDelivery;
  clerk: DocumentClerk;
  authority: IssuingAuthority;
  issuedOn: string;
  print: PrintInfo;
}
