/**
 * 文书编号 for a case's documents. Every window of a hall draws from one per-year sequence
 * per kind, kept by the hub: the workstation leases blocks (号段) while online and issues
 * from them offline. The first print of a document takes the next number of a block; every
 * reprint finds and reuses it, so a 补打 copy is the same 文书. Block and issue record are
 * written in one transaction: two tabs printing at once cannot get the same number.
 */
import { formatDocumentNumber, type DocumentNumberKind } from '../../shared/domain/document-number';
import type { DocumentKind } from '../../shared/documents/document-registry';
import type { DocumentNumberLease } from '../../shared/sync/protocol';
import { db, type IssuedDocumentRecord, type NumberBlockRecord } from './db';

export interface IssueRequest {
  caseId: string;
  kind: DocumentKind;
  numberKind: DocumentNumberKind;
  hallCode: string;
  issuerShortName: string;
  /** The China-calendar year the number is issued in. */
  year: number;
  issuedAt: string;
}

/** No leased number is left for this kind and year: the hub must be reached first. */
export class NoDocumentNumberError extends Error {
  constructor() {
    super('本机已领取的文书编号已用完，请连接交换平台领取新的编号段后重试');
    this.name = 'NoDocumentNumberError';
  }
}

function blocksOf(hallCode: string, kind: DocumentNumberKind, year: number): Promise<NumberBlockRecord[]> {
  return db.numberBlocks.where('[hallCode+kind+year]').equals([hallCode, kind, year]).sortBy('from');
}

export const issuedDocumentsRepo = {
  get: (caseId: string, kind: DocumentKind) => db.issuedDocuments.get([caseId, kind]),

  /** Numbers still unissued in the leased blocks. */
  async remaining(hallCode: string, kind: DocumentNumberKind, year: number): Promise<number> {
    return (await blocksOf(hallCode, kind, year)).reduce((sum, block) => sum + (block.to - block.next + 1), 0);
  },

  /** A certificate as printed (its number is the issued result's 证照编号, not a leased one). */
  saveFormDocument: (caseId: string, kind: DocumentKind, number: string, formData: Record<string, unknown>, issuedAt: string) =>
    db.issuedDocuments.put({ caseId, kind, number, formData, issuedAt }),

  addBlock: (lease: DocumentNumberLease) => db.numberBlocks.add({ ...lease, next: lease.from }),

  issue(request: IssueRequest): Promise<IssuedDocumentRecord> {
    return db.transaction('rw', db.issuedDocuments, db.numberBlocks, async () => {
      const existing = await db.issuedDocuments.get([request.caseId, request.kind]);
      if (existing) return existing;
      const block = (await blocksOf(request.hallCode, request.numberKind, request.year)).find(
        (candidate) => candidate.next <= candidate.to,
      );
      if (!block?.id) throw new NoDocumentNumberError();
      const number = formatDocumentNumber({
        issuerShortName: request.issuerShortName,
        kind: request.numberKind,
        year: request.year,
        sequence: block.next,
      });
      await db.numberBlocks.update(block.id, { next: block.next + 1 });
      const record: IssuedDocumentRecord = { caseId: request.caseId, kind: request.kind, number, issuedAt: request.issuedAt };
      await db.issuedDocuments.add(record);
      return record;
    });
  },
};
