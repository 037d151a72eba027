/**
 * The workstation's offline store (IndexedDB through Dexie). Declared once, here; only the
 * *.repo.ts modules beside it read or write it.
 *
 *   drafts    intake forms in progress, autosaved on every change
 *   events    every case event this workstation knows (its own and pulled), by case
 *   cases     the fold of each case's events, for lists and detail screens
 *   outbox    events waiting to reach the hub (each item carries its event, as sealed), with
 *             per-item attempts and back-off
 *   counters  per-day case-number sequences
 *   syncState the change-feed cursor and other sync bookkeeping
 *   matterUsage how often and how lately this window chose each matter (picker ranking)
 *   attachments scanned materials (Blobs), first held against the intake draft, then the case
 *   printLog  every print of every document, with copy number and the PDF's hash
 *   issuedDocuments the 文书编号 given to each case's documents
 *   numberBlocks    blocks of 文书编号 leased from the hub, issued from while offline
 *   pendingEvents   pulled events that follow an event not here yet, retried after each pull
 *   conflictNotices this hall's acts that lost to a concurrent act, until a clerk acknowledges
 *   syncResolutions what a clerk did about a sync 异常 (retry, discard, fetch the history)
 *   scanUploads     a case's scans still to reach the hub (scan-uploads.repo.ts), each with
 *                   its own back-off; gone once the hub confirms the whole file
 *   deliveredBatches events the hub acknowledged, one record per push batch, kept for a while
 *                   to check that a restored hub still holds them (delivered.repo.ts)
 *
 * Changing a table? Add a new version() with an upgrade and a test for it; never edit a
 * shipped version.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { DocumentNumberKind } from '../../shared/domain/document-number';
import type { DocumentKind } from '../../shared/documents/document-registry';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import type { CaseState, OverruledEvent } from '../../shared/domain/case/case-state';
import type { IntakeValues } from '../../shared/domain/matter/application';
import type { MatterUsage } from '../../shared/catalog-search/usage';
import type { ScanMimeType } from '../../shared/domain/matter/attachment-rules';
import { plainEvent } from './stored-event';

export interface DraftRecord {
  id: string;
  values: Partial<IntakeValues>;
  savedAt: string;
}

/**
 * Whether the hub has an event is not kept on it: an event of this window waits for the hub
 * exactly while its outbox item exists (cases.repo.ts `timeline` reads it there). Marking each
 * acknowledged event rewrote its whole record, 200 reads and writes per push batch. Records
 * stored by earlier releases may still carry a `synced` field: plainEvent leaves it out.
 */
export type StoredEvent = CaseEvent & {
  /** 1-based position in the case's fold order (case-log.ts); renumbered when a concurrent event lands. */
  position: number;
};

export type CaseSide = 'receiving' | 'handling';
export type CaseRecord = CaseState & { side: CaseSide };

/**
 * An event waiting for the hub. It carries the event itself, as sealed, so a push batch is one
 * read of the queue rather than one read per event (a copy only while the event waits).
 */
export interface OutboxItem {
  seq?: number;
  eventId: string;
  caseId: string;
  event: CaseEvent;
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
  kind: DocumentKind;
  copyNumber: number;
  sha256: string;
  bytes: number;
  printedAt: string;
  outcome: 'printed' | 'saved';
  printer: string | null;
  jobId: string | null;
}

/** A document number once issued to a case: reprints carry the same number (补打, not a new 文书). */
export interface IssuedDocumentRecord {
  caseId: string;
  kind: DocumentKind;
  number: string;
  /** ISO instant of issue. */
  issuedAt: string;
  /**
   * For documents made from a form (证明): what the clerk entered, so a 补打 after the drawer
   * was closed prints the same facts without retyping them.
   */
  formData?: Record<string, unknown>;
}

/**
 * A scanned material. While the intake is a draft it has a draftId and no caseId; 受理 swaps
 * them in the case's own transaction (attachmentsRepo.claimDraftAttachments), which also
 * queues them for the hub (scanUploads). The handling side stores the scans it fetched from
 * the hub here too, under the case.
 */
export interface AttachmentRecord {
  id?: number;
  caseId: string | null;
  draftId: string | null;
  /** The matter's material (MaterialSpec.code) this is a scan of. */
  materialCode: string;
  fileName: string;
  /** Sniffed from the content (attachment-rules.ts), never the name's guess. */
  mimeType: ScanMimeType;
  bytes: number;
  blob: Blob;
  /** A JPEG at most THUMBNAIL_EDGE px on its long side; null for PDFs (no renderer for them). */
  thumbnail: Blob | null;
  addedAt: string;
  /** The clerk's name. */
  addedBy: string;
  /** Hex SHA-256 of the bytes: the scan's name at the hub (v9; older records get it when needed). */
  sha256?: string;
  /** 'hub': fetched by this (handling) workstation; absent: taken at this window. */
  source?: 'hub';
}

/** One scan of one case on its way to the hub; removed once the hub holds the whole file. */
export interface ScanUploadRecord {
  caseId: string;
  sha256: string;
  state: 'pending' | 'rejected';
  /** 1 once the disk journal holds a copy. */
  journaled: 0 | 1;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  queuedAt: number;
}

/**
 * A block (号段) of 文书编号 sequence numbers leased from the hub for this hall, one kind and
 * year; numbers are issued from `next` to `to` while offline.
 */
export interface NumberBlockRecord {
  id?: number;
  hallCode: string;
  kind: DocumentNumberKind;
  year: number;
  from: number;
  to: number;
  next: number;
}

/**
 * An event from the hub's feed that follows an event this workstation does not hold yet. Kept
 * (never skipped) and merged as soon as its parents are here; `reason` says what it waits for.
 */
export interface PendingEventRecord {
  id: string;
  caseId: string;
  event: CaseEvent;
  /** Pulled from the feed, or this workstation's own event restored from the disk journal. */
  origin: 'pulled' | 'journal';
  /** ISO instant it first came in. */
  receivedAt: string;
  attempts: number;
  reason: string;
}

/** A notice to this hall's clerk whose act was overruled by a concurrent one (case-conflicts.ts). */
export interface ConflictNoticeRecord {
  /** The overruled event. */
  eventId: string;
  caseId: string;
  caseNumber: string;
  overruled: OverruledEvent;
  state: 'open' | 'acknowledged';
  /** ISO instant this workstation learnt of it. */
  createdAt: string;
  acknowledgedAt?: string;
  acknowledgedBy?: string;
}

/** The record of a clerk's answer to a sync 异常. */
export interface SyncResolutionRecord {
  id?: number;
  at: string;
  clerk: string;
  action: 'retried' | 'discarded' | 'fetchedHistory';
  caseId: string;
  eventId: string | null;
  /** The 异常's reason at the time, and the clerk's own words where asked. */
  detail: string;
}

/**
 * The events one push batch got acknowledged, and when: checked again until
 * DELIVERY_RETENTION_DAYS pass. One record per batch, not per event: recording an answer is
 * one write, however many events it acknowledged.
 */
export interface DeliveredBatchRecord {
  id?: number;
  ackedAt: number;
  eventIds: string[];
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
  attachments!: EntityTable<AttachmentRecord, 'id'>;
  issuedDocuments!: Dexie.Table<IssuedDocumentRecord, [string, DocumentKind]>;
  numberBlocks!: EntityTable<NumberBlockRecord, 'id'>;
  pendingEvents!: EntityTable<PendingEventRecord, 'id'>;
  conflictNotices!: EntityTable<ConflictNoticeRecord, 'eventId'>;
  syncResolutions!: EntityTable<SyncResolutionRecord, 'id'>;
  scanUploads!: Dexie.Table<ScanUploadRecord, [string, string]>;
  deliveredBatches!: EntityTable<DeliveredBatchRecord, 'id'>;

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
        await tx.table<CaseRecord, string>('cases').each((record) => {
          const key = statusCountKey(record.side, record.status);
          const entry = counts.get(key) ?? { key, side: record.side, status: record.status, count: 0 };
          entry.count += 1;
          counts.set(key, entry);
        });
        await tx.table<StatusCountRecord, string>('statusCounts').bulkPut([...counts.values()]);
      });
    // v4 only adds the print log.
    this.version(4).stores({ printLog: '++id, [caseId+kind]' });
    // v5 only adds attachments. Compound keys serve both "all of a case/draft" (a prefix range,
    // in checklist order) and "one material's scans"; a null caseId or draftId leaves the
    // record out of that index, so drafts and cases never mix.
    this.version(5).stores({ attachments: '++id, [caseId+materialCode], [draftId+materialCode]' });
    // v6 only adds the issued document numbers (v5 is the attachments table).
    this.version(6).stores({ issuedDocuments: '[caseId+kind], number' });
    // v7 only adds the leased 文书编号 blocks (numbers now come from the hub's per-hall sequence).
    this.version(7).stores({ numberBlocks: '++id, [hallCode+kind+year]' });
    // v8: a case's log became a DAG. Cases folded before name their single head; pulled
    // events waiting for their parents and conflict notices get their own tables.
    this.version(8)
      .stores({
        pendingEvents: 'id, caseId, receivedAt',
        conflictNotices: 'eventId, caseId, [state+createdAt]',
        syncResolutions: '++id, at',
      })
      .upgrade(async (tx) => {
        await tx
          .table<CaseRecord, string>('cases')
          .toCollection()
          .modify((record) => {
            record.heads ??= [record.lastHash];
          });
      });
    // v9 (v8 is the event-model change): scans by content hash (the handling side looks a
    // fetched scan up by it), and the upload queue. No upgrade: hashes of older scans are
    // computed when they are next needed (WebCrypto is async, an upgrade must not wait on it).
    this.version(9).stores({
      attachments: '++id, [caseId+materialCode], [draftId+materialCode], sha256',
      scanUploads: '[caseId+sha256], [state+queuedAt]',
    });
    // v10: 法人 cases by their 申请单位 (name prefix, 统一社会信用代码), and cases by their other
    // numbers (the national-style 办件编号 minted at opening, the handling place's own given at
    // 接收). No upgrade: a case without these keys is simply not in those indexes, and a refold
    // adds it once its events carry them.
    this.version(10).stores({
      cases:
        'caseId, caseNumber, [side+updatedAt+caseId], [side+status+updatedAt+caseId], applicant.idNumber, applicant.mobile, [applicant.name+caseId], [matter.code+updatedAt+caseId], [side+promisedDate+caseId], [unit.name+caseId], unit.uscc, handlingReceipt.localCaseNumber, nationalCaseNumber',
    });
    // v14 (11-13 are other tables) only adds the acknowledged events kept for delivery checks.
    // No upgrade: events acknowledged before it are not checked after a hub restore.
    this.version(14).stores({ delivered: 'eventId, ackedAt' });
    // v15: a push batch costs a few requests, not a few per event. Outbox items carry their
    // event (taking a batch was one read per event), and acknowledged events are recorded one
    // record per batch (they were one write each). The upgrade copies each waiting event into
    // its item and groups the acknowledged ones by the moment they were acknowledged.
    this.version(15).stores({ delivered: null, deliveredBatches: '++id, ackedAt' }).upgrade(upgradeToBatchedDelivery);
  }
}

/** v15's upgrade (see the constructor). Dexie upgrades run in one transaction: plain reads and writes only. */
async function upgradeToBatchedDelivery(tx: Transaction): Promise<void> {
  const outbox = tx.table<OutboxItem, number>('outbox');
  const items = await outbox.toArray();
  const stored = await tx.table<StoredEvent, string>('events').bulkGet(items.map((item) => item.eventId));
  const upgraded = items.map((item, index): OutboxItem => {
    const event = stored[index];
    if (event) return { ...item, event: plainEvent(event) };
    // Never expected: an item whose event is gone could never be sent. It goes to the clerk's
    // 异常 list (放弃 clears it) instead of waiting unseen.
    return { ...item, state: 'rejected', lastError: '本机缺少该事件的记录，无法上报' };
  });
  await outbox.bulkPut(upgraded);

  const byMoment = new Map<number, string[]>();
  await tx.table<{ eventId: string; ackedAt: number }, string>('delivered').each((record) => {
    const eventIds = byMoment.get(record.ackedAt) ?? [];
    eventIds.push(record.eventId);
    byMoment.set(record.ackedAt, eventIds);
  });
  const batches = [...byMoment].sort(([a], [b]) => a - b).map(([ackedAt, eventIds]) => ({ ackedAt, eventIds }));
  await tx.table<DeliveredBatchRecord, number>('deliveredBatches').bulkAdd(batches);
}

export const db = new WorkstationDb();
