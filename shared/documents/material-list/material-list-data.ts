/**
 * What the 材料接收清单 (list of materials received) prints, as plain data (see official-data.ts).
 * Beyond the lines themselves it carries what the handling side needs to decide on what the
 * window collected: the unit and its 经办人, the 代理人 and the 委托书, the materials 免提交 by
 * data sharing, the matter's own fields as entered and the receiving clerk's note. All of
 * those are optional, so a list without them prints as before.
 */
import type { MaterialForm } from '../../domain/matter/material-forms';
import type { DescribedDetail } from '../../forms/describe-details';
import type { DocumentApplicant, DocumentMatter, PrintInfo } from '../official/official-data';

export interface ReceivedMaterialLine {
  /** Up to 40 characters keep 30 lines on one page. */
  name: string;
  form: MaterialForm;
  copies: number;
  /** 页数, when the window counts pages. */
  pages?: number;
  /** How many scans of it travel with the case. */
  scans?: number;
}

export interface MaterialListUnit {
  name: string;
  uscc: string;
  legalRepresentative: string;
  /** The 经办人 (the list's applicant) acts on the unit's 授权委托书. */
  handlerAuthorised: boolean;
}

export interface MaterialListData {
  /** 办件编号. */
  caseNumber: string;
  /** The person who handed the materials in: the applicant, or a unit's 经办人. */
  applicant: DocumentApplicant;
  unit?: MaterialListUnit;
  /** 代理人 (name, 公民身份号码, phone). */
  agent?: DocumentApplicant;
  /** Whether the 授权委托书 the 代理人 or an authorised 经办人 needs is among the materials. */
  powerOfAttorneyReceived?: boolean;
  matter: DocumentMatter;
  materials: ReceivedMaterialLine[];
  /** Names of materials 免提交 because the window obtains them by data sharing. */
  waivedMaterials?: string[];
  /** The matter's own fields as entered; ID numbers are printed masked. */
  details?: DescribedDetail[];
  /** The receiving clerk's note for the handling side. */
  intakeNote?: string;
  /** The case's other numbers: the national-style 办件编号, and the handling place's own once it gave one. */
  otherNumbers?: { local?: string; national?: string };
  /** 接收人 (the clerk) and the hall. */
  receivedBy: string;
  hallName: string;
  /** ISO instant the materials were received. */
  receivedAt: string;
  print: PrintInfo;
}
