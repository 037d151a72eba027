/**
 * The workstation's scan upload queue over the real Dexie schema (fake-indexeddb) and the
 * scan channels answered in memory: scans of a stored case are journaled, uploaded in
 * chunks and released; a lost connection backs off and resumes with what is missing, also
 * after a restart; a final refusal is parked; scans IndexedDB lost come back from disk.
 */
import 'fake-indexeddb/auto';
import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { attachmentsRepo } from '../../renderer/data/attachments.repo';
import { casesRepo } from '../../renderer/data/cases.repo';
import { db } from '../../renderer/data/db';
import { scanUploadsRepo } from '../../renderer/data/scan-uploads.repo';
import { startScanUploader } from '../../renderer/sync/scan-uploader';
import { sha256HexOfBytes } from '../../shared/util/sha256';
import { acceptedCase } from './fixtures/events';
import { fakeScanBridge, type FakeScanBridge } from './fixtures/fake-scan-bridge';

const DRAFT = 'current';
const CHUNK = 1_000;
const HALL = '51010401';

let bridge: FakeScanBridge;
// casesRepo writes the event journal through the global bridge; the fake answers "written".
(globalThis as { chuanyu?: unknown }).chuanyu = { journalAppend: async () => ({ ok: true, value: { pending: 1 } }) };

function pdfBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  bytes.set(randomBytes(size - 9), 9);
  return bytes;
}

async function caseWithScans(...sizes: number[]): Promise<{ caseId: string; scans: Uint8Array<ArrayBuffer>[] }> {
  const scans = sizes.map(pdfBytes);
  for (const [index, bytes] of scans.entries()) {
    await attachmentsRepo.addToDraft({
      draftId: DRAFT,
      materialCode: index === 0 ? 'ID-CARD' : 'APPLY-FORM',
      file: new Blob([bytes], { type: 'application/pdf' }),
      fileName: `扫描件${index}.pdf`,
      addedBy: '李明',
    });
  }
  const record = await casesRepo.appendLocal(await acceptedCase(), HALL, DRAFT);
  return { caseId: record.caseId, scans };
}

const uploader = () => startScanUploader({ api: bridge.api, automatic: false });
const hashOf = (bytes: Uint8Array) => sha256HexOfBytes(bytes);
const offline = { code: 'HUB_UNREACHABLE', message: '无法连接省级交换平台' };

beforeEach(async () => {
  await Promise.all([
    db.attachments.clear(),
    db.scanUploads.clear(),
    db.cases.clear(),
    db.events.clear(),
    db.outbox.clear(),
    db.statusCounts.clear(),
  ]);
  bridge = fakeScanBridge(CHUNK);
});

describe('scan upload queue', () => {
  it('queues the scans of a stored case, journals each to disk, uploads it and releases the copy', async () => {
    const { caseId, scans } = await caseWithScans(2_500, 900);
    expect((await scanUploadsRepo.listAll()).map((item) => [item.caseId, item.state, item.journaled])).toEqual([
      [caseId, 'pending', 0],
      [caseId, 'pending', 0],
    ]);

    expect(await uploader().runOnce()).toEqual({ uploaded: 2, deferred: 0, rejected: 0 });
    for (const bytes of scans) expect(bridge.assembled(await hashOf(bytes))?.equals(bytes)).toBe(true);
    expect(await scanUploadsRepo.listAll()).toEqual([]);
    expect(bridge.journal.entries.size).toBe(0);
    // The disk copy is sealed before the hub hears of the scan, and released after it confirmed.
    const first = await hashOf(scans[0]!);
    const order = bridge.calls.filter((call) => call.endsWith(first.slice(0, 8)));
    expect(order).toEqual([
      `journalSeal ${first.slice(0, 8)}`,
      `uploadBegin ${first.slice(0, 8)}`,
      `uploadComplete ${first.slice(0, 8)}`,
      `journalRelease ${first.slice(0, 8)}`,
    ]);
  });

  it('backs off after a lost connection and resumes with the missing chunks only, also after a restart', async () => {
    const { caseId, scans } = await caseWithScans(2_500);
    const sha = await hashOf(scans[0]!);
    bridge.failWhen = (channel, input) => (channel === 'uploadChunk' && input.offset === CHUNK ? offline : undefined);

    const before = Date.now();
    expect(await uploader().runOnce()).toEqual({ uploaded: 0, deferred: 1, rejected: 0 });
    const waiting = await scanUploadsRepo.get(caseId, sha);
    expect(waiting).toMatchObject({ state: 'pending', attempts: 1, journaled: 1, lastError: '无法连接省级交换平台' });
    expect(waiting!.nextAttemptAt).toBeGreaterThanOrEqual(before + 750);
    // Backing off: a pass now leaves it alone.
    expect(await uploader().runOnce()).toEqual({ uploaded: 0, deferred: 0, rejected: 0 });

    // The connection is back and the back-off has run out; a new uploader is a restarted app.
    bridge.failWhen = () => undefined;
    await db.scanUploads.update([caseId, sha], { nextAttemptAt: Date.now() });
    bridge.calls.length = 0;
    expect(await uploader().runOnce()).toEqual({ uploaded: 1, deferred: 0, rejected: 0 });
    expect(bridge.calls.filter((call) => call.startsWith('uploadChunk'))).toEqual([`uploadChunk ${CHUNK}`, `uploadChunk ${2 * CHUNK}`]);
    expect(bridge.calls.some((call) => call.startsWith('journalWrite'))).toBe(false);
    expect([...bridge.stores.values()]).toEqual([1, 1, 1]);
    expect(bridge.assembled(sha)?.equals(scans[0]!)).toBe(true);
  });

  it('parks a scan the hub refuses for good, with the hub’s reason, and keeps its disk copy', async () => {
    const { caseId, scans } = await caseWithScans(1_200);
    const sha = await hashOf(scans[0]!);
    bridge.failWhen = (channel) =>
      channel === 'uploadComplete' ? { code: 'HASH_MISMATCH', message: '扫描件内容与登记的SHA-256不符，已丢弃，请重新上传' } : undefined;
    expect(await uploader().runOnce()).toEqual({ uploaded: 0, deferred: 0, rejected: 1 });
    expect(await scanUploadsRepo.get(caseId, sha)).toMatchObject({
      state: 'rejected',
      lastError: 'HASH_MISMATCH：扫描件内容与登记的SHA-256不符，已丢弃，请重新上传',
    });
    expect(await scanUploadsRepo.countPending()).toBe(0);
    expect(bridge.journal.entries.size).toBe(1);
  });

  it('restores scans IndexedDB lost from the disk journal and uploads them', async () => {
    const { caseId, scans } = await caseWithScans(1_500);
    const sha = await hashOf(scans[0]!);
    bridge.failWhen = (channel) => (channel === 'uploadBegin' ? offline : undefined);
    await uploader().runOnce();
    expect(bridge.journal.entries.size).toBe(1);

    // The browser profile's store is wiped (or broken); the case itself comes back from the event journal.
    await Promise.all([db.attachments.clear(), db.scanUploads.clear()]);
    bridge.failWhen = () => undefined;
    expect(await uploader().runOnce()).toEqual({ uploaded: 1, deferred: 0, rejected: 0 });
    const [restored] = await attachmentsRepo.listForCase(caseId);
    expect(restored).toMatchObject({
      sha256: sha,
      materialCode: 'ID-CARD',
      fileName: '扫描件0.pdf',
      mimeType: 'application/pdf',
      addedBy: '李明',
    });
    expect(new Uint8Array(await restored!.blob.arrayBuffer())).toEqual(scans[0]);
    expect(bridge.assembled(sha)?.equals(scans[0]!)).toBe(true);
    expect(bridge.journal.entries.size).toBe(0);
  });
});
