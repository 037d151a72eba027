/**
 * The scan channels through two browser-mode hosts and a real pair of hubs: the 四川
 * window journals a scan to disk and uploads it in chunks, the hub forwards it, and the
 * 重庆 window fetches it chunk by chunk; a refusal comes back with the hub's Chinese reason.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserHost } from '../../electron/browser-host/host-server';
import { startWorkstationHost } from '../../electron/browser-host/workstation-host';
import type { HubHandle } from '../../hub/start-hub';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import { createTestDatabase, ENROLLMENT_CODE, forwardedEvent, routingFor, startTestHub, type TestDatabase } from '../hub/fixtures';
import { acceptedWithScans, pdfScan } from '../hub/scan-fixtures';
import { sameCodeForBoth } from '../../shared/sync/enrollment-codes';

const CHUNK = 64 * 1024;
const 锦江: WorkstationIdentity = {
  province: '51',
  hall: { division: '510104', code: '51010401', name: '锦江区政务服务中心', phone: '' },
  window: '3',
  clerk: '李明',
};
const 渝中: WorkstationIdentity = {
  province: '50',
  hall: { division: '500103', code: '50010301', name: '渝中区政务服务中心', phone: '' },
  window: '5',
  clerk: '王芳',
};

let root: string;
let databases: TestDatabase[];
let sc: HubHandle;
let cq: HubHandle;
let sichuan: BrowserHost;
let chongqing: BrowserHost;

type Result = { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };

async function call(host: BrowserHost, channel: string, input: unknown): Promise<Result> {
  const response = await fetch(new URL(`/bridge/${channel}`, host.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}`, origin: new URL(host.url).origin },
    body: JSON.stringify(input),
  });
  return (await response.json()) as Result;
}

async function startHost(name: string): Promise<BrowserHost> {
  return startWorkstationHost({
    profileDir: join(root, name),
    port: 0,
    rendererDir: join(root, 'renderer'),
    hubUrls: { '51': sc.url, '50': cq.url },
    enrollmentCodes: sameCodeForBoth(ENROLLMENT_CODE),
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'scan-channels-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  databases = await Promise.all([createTestDatabase('pglite'), createTestDatabase('pglite')]);
  cq = await startTestHub('50', databases[1]!.config, { scanChunkBytes: CHUNK, peerUrl: () => sc?.url });
  sc = await startTestHub('51', databases[0]!.config, { scanChunkBytes: CHUNK, peerUrl: cq.url });
  [sichuan, chongqing] = await Promise.all([startHost('sichuan'), startHost('chongqing')]);
  expect((await call(sichuan, 'settings:saveIdentity', 锦江)).ok).toBe(true);
  expect((await call(chongqing, 'settings:saveIdentity', 渝中)).ok).toBe(true);
});

afterAll(async () => {
  await Promise.allSettled([sichuan?.close(), chongqing?.close()]);
  await Promise.allSettled([sc?.close(), cq?.close()]);
  await Promise.allSettled((databases ?? []).map((database) => database.drop()));
  rmSync(root, { recursive: true, force: true });
});

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('scan channels through the host', () => {
  it('journals, uploads, forwards and fetches a scan, and releases the disk copy', async () => {
    const scan = pdfScan(2 * CHUNK + 300);
    const { sha256 } = scan.reference;
    const workstationId = (await call(sichuan, 'settings:get', {})).value?.workstationId as string;
    const actor = { clerk: 锦江.clerk ?? '李明', workstationId, province: 锦江.province, hallCode: 锦江.hall.code, window: 锦江.window };
    const accepted = await acceptedWithScans(actor, routingFor(锦江, { province: '50', division: '500103' }), [scan.reference]);
    const { caseId } = accepted;
    expect((await call(sichuan, 'sync:push', { events: [accepted, await forwardedEvent(accepted, actor, '50')] })).ok).toBe(true);

    // The disk copy, written in two pieces and checked against its hash.
    expect(
      (await call(sichuan, 'scans:journalWrite', { sha256, offset: 0, dataBase64: base64(scan.bytes.subarray(0, 100_000)) })).value,
    ).toEqual({ written: 100_000 });
    expect((await call(sichuan, 'scans:journalWrite', { sha256, offset: 5, dataBase64: base64(scan.bytes.subarray(5)) })).error?.code).toBe(
      'JOURNAL_OFFSET',
    );
    await call(sichuan, 'scans:journalWrite', { sha256, offset: 100_000, dataBase64: base64(scan.bytes.subarray(100_000)) });
    const entry = {
      caseId,
      sha256,
      materialCode: 'M-ID',
      fileName: scan.reference.fileName,
      mimeType: 'application/pdf',
      bytes: scan.bytes.length,
      addedAt: '2026-11-29T02:00:00.000Z',
      addedBy: '李明',
    };
    expect((await call(sichuan, 'scans:journalSeal', { entry })).value).toEqual({ pending: 1 });
    expect((await call(sichuan, 'scans:journalList', {})).value).toEqual({ entries: [entry] });
    const tail = await call(sichuan, 'scans:journalRead', { sha256, offset: 2 * CHUNK, length: CHUNK });
    expect(Buffer.from(tail.value?.dataBase64 as string, 'base64').equals(scan.bytes.subarray(2 * CHUNK))).toBe(true);

    const started = await call(sichuan, 'scans:uploadBegin', { caseId, scan: scan.reference });
    expect(started.value).toEqual({ status: 'partial', chunkSize: CHUNK, missingOffsets: [0, CHUNK, 2 * CHUNK] });
    for (const offset of [0, CHUNK, 2 * CHUNK]) {
      const sent = await call(sichuan, 'scans:uploadChunk', {
        caseId,
        sha256,
        offset,
        dataBase64: base64(scan.bytes.subarray(offset, offset + CHUNK)),
      });
      expect(sent.value).toEqual({ offset, stored: true });
    }
    expect((await call(sichuan, 'scans:uploadComplete', { caseId, sha256 })).value).toEqual({ status: 'complete' });
    expect((await call(sichuan, 'scans:journalRelease', { caseId, sha256 })).value).toEqual({ pending: 0 });
    expect(readdirSync(join(root, 'sichuan', 'journal', 'scans'))).toEqual([]);

    await sc.forwarder.drainOnce();
    await sc.scanForwarder.drainOnce();
    const info = await call(chongqing, 'scans:info', { caseId, sha256 });
    expect(info.value).toEqual({ sha256, bytes: scan.bytes.length, mimeType: 'application/pdf', chunkSize: CHUNK });
    const parts: Buffer[] = [];
    for (const offset of [0, CHUNK, 2 * CHUNK]) {
      parts.push(
        Buffer.from((await call(chongqing, 'scans:fetchChunk', { caseId, sha256, offset })).value?.dataBase64 as string, 'base64'),
      );
    }
    expect(Buffer.concat(parts).equals(scan.bytes)).toBe(true);
  });

  it('passes the hub’s refusal through with its code and Chinese reason', async () => {
    const scan = pdfScan(CHUNK);
    const refused = await call(chongqing, 'scans:info', { caseId: '01JD0000000000000000000000', sha256: scan.reference.sha256 });
    expect(refused).toEqual({ ok: false, error: { code: 'CASE_NOT_FOUND', message: '交换平台上还没有该办件，请稍后再试' } });
    const bad = await call(sichuan, 'scans:uploadChunk', {
      caseId: '01JD0000000000000000000000',
      sha256: scan.reference.sha256,
      offset: 0,
      dataBase64: '!!',
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '分块内容应为 base64' } });
    const wrongCopy = await call(sichuan, 'scans:journalWrite', {
      sha256: scan.reference.sha256,
      offset: 0,
      dataBase64: base64(Buffer.from('not it')),
    });
    expect(wrongCopy.ok).toBe(true);
    const entry = {
      caseId: '01JD0000000000000000000000',
      sha256: scan.reference.sha256,
      materialCode: 'M',
      fileName: 'a.pdf',
      mimeType: 'application/pdf',
      bytes: 6,
      addedAt: 'x',
      addedBy: '',
    };
    expect((await call(sichuan, 'scans:journalSeal', { entry })).error?.code).toBe('JOURNAL_HASH_MISMATCH');
  });
});
