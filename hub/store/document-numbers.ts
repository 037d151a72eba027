/**
 * 文书编号 blocks (号段): one counter per hall, kind and year, moved forward atomically by
 * the size of each lease, so concurrent leases of two windows never overlap.
 */
import { MAX_DOCUMENT_SEQUENCE } from '../../shared/documents/document-number';
import type { DocumentNumberLease, DocumentNumberLeaseRequest } from '../../shared/sync/protocol';
import type { Queryable } from '../db/database';

export class DocumentNumbersExhaustedError extends Error {
  constructor(readonly request: DocumentNumberLeaseRequest) {
    super('DOCUMENT_NUMBERS_EXHAUSTED');
    this.name = 'DocumentNumbersExhaustedError';
  }
}

export async function leaseDocumentNumbers(db: Queryable, hallCode: string, request: DocumentNumberLeaseRequest): Promise<DocumentNumberLease> {
  const { kind, year, count } = request;
  // One statement: the row lock of the upsert serialises concurrent leases. The guard keeps
  // the counter where it was when the block would run past the five-digit range.
  const rows = await db.query<{ last_value: number }>(
    `INSERT INTO document_number_counters AS c (hall_code, kind, year, last_value)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (hall_code, kind, year) DO UPDATE
       SET last_value = c.last_value + $4
       WHERE c.last_value + $4 <= $5
     RETURNING last_value`,
    [hallCode, kind, year, count, MAX_DOCUMENT_SEQUENCE],
  );
  const last = rows[0]?.last_value;
  if (last === undefined) throw new DocumentNumbersExhaustedError(request);
  return { hallCode, kind, year, from: last - count + 1, to: last };
}
