/**
 * The documents a case can have printed at this window, and how each is made: which 文书编号
 * sequence it draws from (none for the 材料接收清单, which carries the case number) and how
 * its data is built from the folded case.
 */
import type { DocumentNumberKind } from '../../../shared/domain/document-number';
import type { DocumentDataByKind } from '../../../shared/documents/document-registry';
import type { Workstation } from '../../workstation/workstation-context';
import type { CaseRecord } from '../../data/db';
import {
  materialListData,
  missingMaterialsNoticeData,
  refusalNoticeData,
  resultNoticeData,
  supplementRequestNoticeData,
  type IssueFacts,
} from './case-document-data';

export type CaseDocumentKind =
  'missing-materials-notice' | 'refusal-notice' | 'material-list' | 'result-notice' | 'supplement-request-notice';

export interface CaseDocumentSpec<K extends CaseDocumentKind> {
  /** 文书编号 category; undefined: the document is numbered by the case alone. */
  numberKind?: DocumentNumberKind;
  /** Whether this case, on this workstation, has the facts the document states. */
  applies(record: CaseRecord): boolean;
  build(record: CaseRecord, workstation: Workstation, facts: IssueFacts): DocumentDataByKind[K];
}

export const CASE_DOCUMENTS: { [K in CaseDocumentKind]: CaseDocumentSpec<K> } = {
  'missing-materials-notice': {
    numberKind: 'notify',
    applies: (record) => record.side === 'receiving' && record.notice !== undefined,
    build: missingMaterialsNoticeData,
  },
  'refusal-notice': {
    numberKind: 'refuse',
    applies: (record) => record.side === 'receiving' && record.refusal !== undefined,
    build: refusalNoticeData,
  },
  // Both sides: the handling window prints its copy of what the receiving window collected.
  'material-list': {
    applies: (record) => (record.materials.length > 0 || record.details !== undefined) && record.refusal === undefined,
    build: materialListData,
  },
  'result-notice': {
    numberKind: 'result',
    applies: (record) => record.decision !== undefined,
    build: resultNoticeData,
  },
  // The handling department's document, delivered by this window: numbered by the case, not
  // by this hall's 文书编号 sequence.
  'supplement-request-notice': {
    applies: (record) => record.side === 'receiving' && (record.supplementRequests?.length ?? 0) > 0,
    build: supplementRequestNoticeData,
  },
};

export const CASE_DOCUMENT_KINDS = Object.keys(CASE_DOCUMENTS) as CaseDocumentKind[];

export function documentsFor(record: CaseRecord): CaseDocumentKind[] {
  return CASE_DOCUMENT_KINDS.filter((kind) => CASE_DOCUMENTS[kind].applies(record));
}
