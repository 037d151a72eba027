/**
 * 文书编号 blocks (号段): one counter per hall, kind and year, moved forward atomically by
 * the size of each lease, so concurrent leases of two windows never overlap. A window may
 * lease at most DAILY_QUOTA numbers of a kind per China day: a busy window prints a few
 * dozen, so the quota never stops a real one, while a runaway or hostile window cannot use
 * up its hall's year (99,999) in a second.
 */
import { MAX_DOCUMENT_SEQUENCE } from '../../shared/domain/document-number';
import type { DocumentNumberLease, DocumentNumberLeaseRequest } from '../../shared/sync/protocol';
import type { Database, Queryable } from '../db/database';

export class DocumentNumbersExhaustedError extends Error {
  constructor(readonly request: DocumentNumberLeaseRequest) {
    super('DOCUMENT_NUMBERS_EXHAUSTED');
    this.name = 'DocumentNumbersExhaustedError';
  }
}

export const DAILY_QUOTA = 500;

/** The window already leased its day's quota of this kind. */
export class DocumentNumberQuotaError extends Error {
  constructor() {
    super('DOCUMENT_NUMBER_QUOTA');
    this.name = 'DocumentNumberQuotaError';
  }
}

export interface Leaser {
  hallCode: string;
  workstationId: string;
  /** The China date of the lease, YYYY-MM-DD. */
  day: string;
}

export async function leaseDocumentNumbers(
  db: Database,
  leaser: Leaser,
  request: DocumentNumberLeaseRequest,
): Promise<DocumentNumberLease> {
  return db.transaction(async (tx) => {
    const counted = await tx.query(
      `INSERT INTO document_number_leases AS l (workstation_id, kind, year, day, leased)
       VALUES ($1, $2, $3, $4::date, $5)
       ON CONFLICT (workstation_id, kind, year, day) DO UPDATE SET leased = l.leased + $5 WHERE l.leased + $5 <= $6
       RETURNING leased`,
      [leaser.workstationId, request.kind, request.year, leaser.day, request.count, DAILY_QUOTA],
    );
    if (counted.length === 0) throw new DocumentNumberQuotaError();
    return advanceCounter(tx, leaser.hallCode, request);
  });
}

async function advanceCounter(db: Queryable, hallCode: string, request: DocumentNumberLeaseRequest): Promise<DocumentNumberLease> {
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
