/**
 * The handling window opening a scan it does not hold: fetched chunk by chunk with
 * progress, checked against the hash the case's event names, kept for next time; bytes
 * that do not match are refused in Chinese and never stored.
 */
import 'fake-indexeddb/auto';
import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { attachmentsRepo } from '../../renderer/data/attachments.repo';
import { db } from '../../renderer/data/db';
import { loadCaseScan, ScanIntegrityError, type CaseScanTarget } from '../../renderer/features/attachments/fetch-case-scan';
import { sha256HexOfBytes } from '../../shared/util/sha256';
import { fakeScanBridge, type FakeScanBridge } from './fixtures/fake-scan-bridge';

const CASE_ID = '01JD0000000000000000000000';
let bridge: FakeScanBridge;

async function scanAtHub(size: number): Promise<{ bytes: Uint8Array; target: CaseScanTarget }> {
  const bytes = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...randomBytes(size - 9)]);
  const sha256 = await sha256HexOfBytes(bytes);
  bridge.holdAtHub(sha256, bytes);
  return {
    bytes,
    target: {
      caseId: CASE_ID,
      materialCode: 'ID-CARD',
      addedBy: '李明',
      reference: { sha256, fileName: '身份证.pdf', mimeType: 'application/pdf', bytes: size },
    },
  };
}

beforeEach(async () => {
  await db.attachments.clear();
  bridge = fakeScanBridge(1_000);
});

describe('fetching a case scan', () => {
  it('fetches with progress, checks the hash, keeps it under the case and reads it locally next time', async () => {
    const { bytes, target } = await scanAtHub(2_500);
    const progress: [number, number][] = [];
    const record = await loadCaseScan(target, (received, total) => progress.push([received, total]), bridge.api);
    expect(progress).toEqual([
      [0, 2_500],
      [1_000, 2_500],
      [2_000, 2_500],
      [2_500, 2_500],
    ]);
    expect(record).toMatchObject({
      caseId: CASE_ID,
      materialCode: 'ID-CARD',
      fileName: '身份证.pdf',
      sha256: target.reference.sha256,
      source: 'hub',
    });
    expect(new Uint8Array(await record.blob.arrayBuffer())).toEqual(bytes);

    bridge.calls.length = 0;
    expect((await loadCaseScan(target, undefined, bridge.api)).id).toBe(record.id);
    expect(bridge.calls).toEqual([]);
  });

  it('refuses bytes that do not hash to the case’s reference and stores nothing', async () => {
    const { target } = await scanAtHub(2_500);
    bridge.hub.get(target.reference.sha256)!.chunks.set(1_000, new Uint8Array(1_000));
    const loading = loadCaseScan(target, undefined, bridge.api);
    await expect(loading).rejects.toBeInstanceOf(ScanIntegrityError);
    await expect(loading).rejects.toThrow(/^扫描件校验未通过：收到的内容与办件记录的SHA-256不一致，已拒收/);
    expect(await attachmentsRepo.listForCase(CASE_ID)).toEqual([]);
  });

  it('passes the hub’s reason on when it does not have the scan yet', async () => {
    const { target } = await scanAtHub(100);
    bridge.hub.clear();
    await expect(loadCaseScan(target, undefined, bridge.api)).rejects.toThrow('交换平台尚未收到该扫描件');
  });
});
