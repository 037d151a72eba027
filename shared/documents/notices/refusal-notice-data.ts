/** What the 不予受理通知书 prints (domain-facts §3.1–3.2), as plain data (see official-data.ts). */
import type {
  DocumentApplicant,
  DocumentClerk,
  DocumentMatter,
  IssuingAuthority,
  LegalRemedies,
  PrintInfo,
} from '../official/official-data';

export interface RefusalNoticeData {
  /** 文书编号, kind refuse ("…不受〔2026〕第00003号"). */
  documentNumber: string;
  applicant: DocumentApplicant;
  matter: DocumentMatter;
  /** "YYYY-MM-DD" the application was handed in. */
  appliedOn: string;
  /** Why, in full sentences; printed as given (up to ~300 characters keep one page). */
  reason: string;
  /** The provision applied, e.g. "《中华人民共和国行政许可法》第三十二条第一款第（二）项". */
  legalBasis: string;
  /** When the matter is outside this authority's powers: whom to apply to instead. */
  competentAuthority?: string;
  remedies: LegalRemedies;
  clerk: DocumentClerk;
  authority: IssuingAuthority;
  /** "YYYY-MM-DD" under the seal. */
  issuedOn: string;
  print: PrintInfo;
}
