/**
 * What the 一次性告知书 (notice of missing materials) prints, as plain data (see
 * official-data.ts for the shared parts and the no-functions rule). It cites the law of the
 * matter's 事项类型: 行政许可法 §32(4) for a 行政许可, the matter's own law otherwise.
 */
import type { DocumentApplicant, DocumentClerk, DocumentMatter, IssuingAuthority, PrintInfo } from '../official/official-data';

export interface MissingMaterial {
  /** The material's exact name, as in the matter's 申请材料目录. */
  name: string;
  /**
   * What it must satisfy (受理标准), in its short form: "原件及复印件各1份，加盖公章". Up to
   * 16 characters keep 30 items on one page; the matter guide carries the long text.
   */
  requirement: string;
}

export interface MissingMaterialsNoticeData {
  /** 文书编号, kind notify ("…告〔2026〕第00012号"). */
  documentNumber: string;
  /** 办件编号: the applicant brings it back with the missing materials. */
  caseNumber: string;
  /** The provision cited (matter-classification.ts acceptanceLawFor). */
  legalBasis: string;
  /**
   * 补正期限 in working days from receipt of the notice, as the hall sets it; absent: no
   * deadline is printed, and so no "视为放弃申请" either (a lapse needs a deadline).
   */
  supplementWorkingDays?: number;
  applicant: DocumentApplicant;
  matter: DocumentMatter;
  /** "YYYY-MM-DD": the day the application was handed in (starts the 5-day notice period). */
  appliedOn: string;
  /** Every missing item at once: the point of 一次性告知. */
  missingMaterials: MissingMaterial[];
  /** 承办人 and their phone. */
  clerk: DocumentClerk;
  authority: IssuingAuthority;
  /** "YYYY-MM-DD" under the seal. */
  issuedOn: string;
  print: PrintInfo;
}
