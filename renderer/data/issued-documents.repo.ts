/**
 * 文书编号 for a case's documents. The first print of a document issues its number (next in
 * the hall's per-year sequence for that kind); every reprint finds and reuses it, so a 补打
 * copy is the same 文书 and numbers have no gaps from reprints. Counter and issue record are
 * written in one transaction: two tabs printing at once cannot get the same number.
 */
import { documentCounterKey, nextDocumentNumber, type DocumentNumberKind } from '../../shared/documents/document-number';
import type { DocumentKind } from '../../shared/documents/document-registry';
import { db, type IssuedDocumentRecord } from './db';

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

export const issuedDocumentsRepo = {
  get: (caseId: string, kind: DocumentKind) => db.issuedDocuments.get([caseId, kind]),

  issue(request: IssueRequest): Promise<IssuedDocumentRecord> {
    return db.transaction('rw', db.issuedDocuments, db.counters, async () => {
      const existing = await db.issuedDocuments.get([request.caseId, request.kind]);
      if (existing) return existing;
      const key = documentCounterKey(request.hallCode, request.numberKind, request.year);
      const stored = await db.counters.get(key);
      const next = nextDocumentNumber(stored && { year: request.year, value: stored.value }, {
        issuerShortName: request.issuerShortName,
        kind: request.numberKind,
        year: request.year,
      });
      const record: IssuedDocumentRecord = { caseId: request.caseId, kind: request.kind, number: next.number, issuedAt: request.issuedAt };
      await db.counters.put({ key, value: next.counter.value });
      await db.issuedDocuments.add(record);
      return record;
    });
  },
};
