/**
 * Uploads the scans of stored cases to the province hub in the background, beside the sync
 * engine (a loop of its own: scans are large, and events must never wait behind them).
 *
 * Per scan (scanUploads, oldest first): copy it to the disk journal if not done yet, ask
 * the hub which chunks it still needs, send those, and ask it to check the whole file.
 * Confirmed -> the queue item and the disk copy go. A lost connection or a restarted hub ->
 * the item backs off (the outbox's back-off) and the next attempt sends only what is still
 * missing. A refusal no resend can change (too large, hash mismatch) -> parked with the
 * hub's reason. On start, journaled scans IndexedDB lost are restored and queued again.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { BridgeApi } from '../../shared/bridge/contract';
import { bytesToBase64 } from '../../shared/util/base64';
import { isFinalScanRefusal, type ScanUploadState } from '../../shared/sync/scan-protocol';
import { BridgeCallError, unwrap } from '../bridge/bridge';
import { attachmentsRepo, scanReferenceOf } from '../data/attachments.repo';
import type { ScanUploadRecord } from '../data/db';
import { journalEntryOf, restoreScansFromJournal, scanJournal } from '../data/scan-journal';
import { scanUploadsRepo } from '../data/scan-uploads.repo';

const IDLE_INTERVAL_MS = 5_000;
const BATCH = 10;

export interface ScanUploader {
  /** Looks for due scans now. */
  kick(): void;
  /** One pass over the due scans (tests drive the uploader with it). */
  runOnce(): Promise<ScanPassSummary>;
  stop(): void;
}

export interface ScanPassSummary {
  uploaded: number;
  deferred: number;
  rejected: number;
}

type Outcome = 'uploaded' | 'deferred' | 'rejected';

async function uploadOne(api: BridgeApi, item: ScanUploadRecord): Promise<Outcome> {
  const record = await attachmentsRepo.findInCase(item.caseId, item.sha256);
  if (!record?.caseId || !record.sha256) {
    await scanUploadsRepo.reject(item, '本机已找不到该扫描件，且磁盘上没有副本，无法上传');
    return 'rejected';
  }
  const scan = { ...record, caseId: record.caseId, sha256: record.sha256 };
  const journal = scanJournal(api);
  let journalError: string | undefined;
  if (!item.journaled) {
    // A disk that refuses the copy must not stop the upload: the hub is the safer place.
    try {
      await journal.write(journalEntryOf(scan), scan.blob);
      await scanUploadsRepo.markJournaled(item);
    } catch (error) {
      journalError = error instanceof Error ? error.message : String(error);
    }
  }
  try {
    const target = { caseId: scan.caseId, sha256: scan.sha256 };
    let state: ScanUploadState = unwrap(await api.scanUploadBegin({ caseId: scan.caseId, scan: scanReferenceOf(scan) }));
    if (state.status === 'partial') {
      for (const offset of state.missingOffsets) {
        const data = new Uint8Array(await scan.blob.slice(offset, offset + state.chunkSize).arrayBuffer());
        unwrap(await api.scanUploadChunk({ ...target, offset, dataBase64: bytesToBase64(data) }));
      }
      state = unwrap(await api.scanUploadComplete(target));
    }
    if (state.status !== 'complete') {
      await scanUploadsRepo.deferAfterFailure(item, '交换平台仍缺少部分分块，稍后继续上传', Date.now());
      return 'deferred';
    }
    await scanUploadsRepo.done(item);
    // Best effort: a copy left behind is re-queued at the next start, and released then.
    await journal.release(scan.caseId, scan.sha256).catch(() => undefined);
    return 'uploaded';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof BridgeCallError && isFinalScanRefusal(error.code)) {
      await scanUploadsRepo.reject(item, `${error.code}：${message}`);
      return 'rejected';
    }
    await scanUploadsRepo.deferAfterFailure(item, journalError ? `${message}（磁盘副本也未写入：${journalError}）` : message, Date.now());
    return 'deferred';
  }
}

export function startScanUploader(options: { api: BridgeApi; automatic?: boolean; onError?(error: unknown): void }): ScanUploader {
  const { api } = options;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restored: Promise<unknown> | undefined;
  let chain: Promise<unknown> = Promise.resolve();

  async function pass(): Promise<ScanPassSummary> {
    restored ??= restoreScansFromJournal(api).catch((error: unknown) => {
      restored = undefined; // the host was not reachable: try again next pass
      throw error;
    });
    await restored;
    const summary: ScanPassSummary = { uploaded: 0, deferred: 0, rejected: 0 };
    for (;;) {
      const due = await scanUploadsRepo.takeDue(Date.now(), BATCH);
      for (const item of due) {
        if (stopped) return summary;
        summary[await uploadOne(api, item)] += 1;
      }
      if (due.length < BATCH) return summary;
    }
  }

  function runOnce(): Promise<ScanPassSummary> {
    // One pass at a time per origin: two open tabs never send the same chunks at once.
    const locks = globalThis.navigator?.locks;
    const run = chain.then(() => (locks ? locks.request('chuanyu-scan-upload', pass) : pass()));
    chain = run.catch(() => undefined);
    return run;
  }

  const schedule = (delay: number) => {
    if (stopped || options.automatic === false) return;
    clearTimeout(timer);
    timer = setTimeout(() => void tick(), delay);
  };

  async function tick(): Promise<void> {
    try {
      await runOnce();
    } catch (error) {
      options.onError?.(error);
    }
    const nextDue = await scanUploadsRepo.nextDueAt().catch(() => undefined);
    schedule(nextDue === undefined ? IDLE_INTERVAL_MS : Math.min(IDLE_INTERVAL_MS, Math.max(0, nextDue - Date.now())));
  }

  // A case stored with scans (or a 补正 that brings some) shows up here at once.
  let subscription: Subscription | undefined;
  if (options.automatic !== false) {
    subscription = liveQuery(() => scanUploadsRepo.countPending()).subscribe({ next: () => schedule(0), error: () => undefined });
  }
  const onOnline = () => schedule(0);
  globalThis.addEventListener?.('online', onOnline);
  schedule(0);

  return {
    kick: () => schedule(0),
    runOnce,
    stop() {
      stopped = true;
      clearTimeout(timer);
      subscription?.unsubscribe();
      globalThis.removeEventListener?.('online', onOnline);
    },
  };
}
