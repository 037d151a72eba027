/**
 * What the 补正材料通知书 prints: the handling department's request for missing materials
 * after 受理, handed to the applicant by the receiving window that took the application (see
 * official-data.ts for the shared parts and the no-functions rule).
 */
import type { MissingMaterial } from './missing-materials-notice-data';
import type { DocumentApplicant, DocumentClerk, DocumentMatter, PrintInfo } from '../official/official-data';

export interface SupplementRequestNoticeData {
  /** 办件编号: the applicant brings it back with the materials. */
  caseNumber: string;
  applicant: DocumentApplicant;
  matter: DocumentMatter;
  /** "YYYY-MM-DD": the 受理 date the request refers to. */
  acceptedOn: string;
  /** The department (or place) that asks: "重庆市渝中区". */
  requestedBy: string;
  /** "YYYY-MM-DD" of the request. */
  requestedOn: string;
  reason: string;
  missingMaterials: MissingMaterial[];
  /** "YYYY-MM-DD" by which the materials are to be handed in. */
  deadline: string;
  /** The receiving window where the applicant hands them in. */
  receivingHall: { name: string; phone: string };
  clerk: DocumentClerk;
  print: PrintInfo;
}
