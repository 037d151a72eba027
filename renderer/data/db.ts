/**
 * The workstation's offline store (IndexedDB through Dexie). Declared once, here; only the
 * *.repo.ts modules beside it read or write it.
 *
 *   drafts    intake forms in progress, autosaved on every change
 *   events    every case event this workstation knows (its own and pulled), by case
 *   cases     the fold of each case's events, for lists and detail screens
 *   outbox    events waiting to reach the hub, with per-item attempts and back-off
 *   counters  per-day case-number sequences
 *   syncState the change-feed cursor and other sync bookkeeping
 *   matterUsage how often and how lately this window chose each matter (picker ranking)
 *
 * Changing a table? Add a new version() with an upgrade and a test for it; never edit a
 * shipped version.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { CaseEvent } from '../../shared/domain/case-events';
import type { CaseState } from '../../shared/domain/case-state';
import type { IntakeValues } from '../../shared/domain/application';
import type { MatterUsage } from '../../shared/catalog-search/usage';

export interface DraftRecord {
  id: string;
  values: Partial<IntakeValues>;
  savedAt: string;
}

export type StoredEvent = CaseEvent & {
  /** 1-based position in the case's log. */
  position: number;
  /** 1 once the hub has it (pushed and acknowledged, or pulled). */
  synced: 0 | 1;
};

export type CaseSide = 'receiving' | 'handling';
export type CaseRecord = CaseState & { side: CaseSide };

export interface OutboxItem {
  seq?: number;
  eventId: string;
  caseId: string;
  state: 'pending' | 'rejected';
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
}

export interface CounterRecord {
  key: string;
  value: number;
}

/** How many cases of one side are in one status: read on first paint instead of count(). */
export interface StatusCountRecord {
  key: string;
  side: CaseSide;
  status: string;
  count: number;
}

/** Every print of a document: which copy, where it went, and the exact PDF's hash. */
export interface PrintLogRecord {
  id?: number;
  caseId: string;
  kind: 'receipt';
  copyNumber: number;
  sha256: string;
  bytes: number;
  printedAt: string;
  outcome: 'printed' | 'saved';
  printer: string | null;
  jobId: string | null;
}

export interface SyncStateRecord {
  key: string;
  value: string;
}

export const DB_NAME = 'chuanyu-workstation';

export function statusCountKey(side: CaseSide, status: string): string {
  return `${side}:${status}`;
}

export class WorkstationDb extends Dexie {
  drafts!: EntityTable<DraftRecord, 'id'>;
  events!: EntityTable<StoredEvent, 'id'>;
  cases!: EntityTable<CaseRecord, 'caseId'>;
  outbox!: EntityTable<OutboxItem, 'seq'>;
  counters!: EntityTable<CounterRecord, 'key'>;
  syncState!: EntityTable<SyncStateRecord, 'key'>;
  matterUsage!: EntityTable<MatterUsage, 'code'>;
  statusCounts!: EntityTable<StatusCountRecord, 'key'>;
  printLog!: EntityTable<PrintLogRecord, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      drafts: 'id',
      events: 'id, [caseId+position]',
      cases: 'caseId, caseNumber, [side+updatedAt], [side+status+updatedAt]',
      outbox: '++seq, eventId, [state+seq]',
      counters: 'key',
      syncState: 'key',
    });
    // v2 only adds a table: existing data needs no upgrade (tests/unit/db-migrations.test.ts).
    this.version(2).stores({ matterUsage: 'code, lastUsedAt, count' });
    // v3: an index for every way a clerk searches cases, paging keys that end in caseId (so a
    // page boundary is never ambiguous), and status counters kept in step by the repos.
    this.version(3)
      .stores({
        cases:
          'caseId, caseNumber, [side+updatedAt+caseId], [side+status+updatedAt+caseId], applicant.idNumber, applicant.mobile, [applicant.name+caseId], [matter.code+updatedAt+caseId], [side+promisedDate+caseId]',
        statusCounts: 'key',
      })
      .upgrade(async (tx) => {
        const counts = new Map<string, StatusCountRecord>();
        await tx
          .table<CaseRecord, string>('cases')
          .each((record) => {
            const key = statusCountKey(record.side, record.status);
            const entry = counts.get(key) ?? { key, side: record.side, status: record.status, count: 0 };
            entry.count += 1;
            counts.set(key, entry);
          });
        await tx.table<StatusCountRecord, string>('statusCounts').bulkPut([...counts.values()]);
      });
    // v4 only adds the print log.
    this.version(4).stores({ printLog: '++id, [caseId+kind]' });
  }
}

export const db = new WorkstationDb();
