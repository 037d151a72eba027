/** What the 材料接收清单 (list of materials received) prints, as plain data (see official-data.ts). */
import type { MaterialForm } from '../domain/material-forms';
import type { DocumentApplicant, DocumentMatter, PrintInfo } from './official-data';

export interface ReceivedMaterialLine {
  /** Up to 40 characters keep 30 lines on one page. */
  name: string;
  form: MaterialForm;
  copies: number;
  /** 页数, when the window counts pages. */
  pages?: number;
}

export interface MaterialListData {
  /** 办件编号. */
  caseNumber: string;
  applicant: DocumentApplicant;
  matter: DocumentMatter;
  materials: ReceivedMaterialLine[];
  /** 接收人 (the clerk) and the hall. */
  receivedBy: string;
  hallName: string;
  /** ISO instant the materials were received. */
  receivedAt: string;
  print: PrintInfo;
}
