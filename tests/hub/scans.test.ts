/**
 * Scanned materials at the hub, on both engines: chunked uploads that resume and never
 * store a chunk twice, the whole-file hash check, the size limits, who may fetch, and
 * delivery of a cross-province case's scans to the handling province's hub.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ScanReference } from '../../shared/domain/matter/application';
import type { HubHandle } from '../../hub/start-hub';
import {
  acceptedEvent,
  createTestDatabase,
  describeEachEngine,
  enroll,
  forwardedEvent,
  identityFor,
  newHall,
  push,
  routingFor,
  startTestHub,
  type EnrolledWorkstation,
  type TestDatabase,
} from './fixtures';
import { acceptedWithScans, begin, complete, download, pdfScan, putChunk, sha256, uploadWhole, type TestScan } from './scan-fixtures';

const CHUNK = 64 * 1024;
const MB = 1024 * 1024;
const 渝中 = '500103';

describeEachEngine('scans at the hub', (engine) => {
  let scDatabase: TestDatabase;
  let cqDatabase: TestDatabase;
  let sc: HubHandle;
  let cq: HubHandle;
  let receiver: EnrolledWorkstation;
  let colleague: EnrolledWorkstation;
  let handler: EnrolledWorkstation;
  let thirdHall: EnrolledWorkstation;

  beforeAll(async () => {
    [scDatabase, cqDatabase] = await Promise.all([createTestDatabase(engine), createTestDatabase(engine)]);
    cq = await startTestHub('50', cqDatabase.config, { scanChunkBytes: CHUNK, peerUrl: () => sc?.url });
    sc = await startTestHub('51', scDatabase.config, { scanChunkBytes: CHUNK, peerUrl: cq.url });
    const jinjiang = newHall('510104', '锦江区政务服务中心');
    receiver = await enroll(sc, identityFor('51', jinjiang));
    colleague = await enroll(sc, { ...identityFor('51', jinjiang, '周丽'), window: '4' });
    handler = await enroll(cq, identityFor('50', newHall(渝中, '渝中区政务服务中心'), '陈静'));
    thirdHall = await enroll(sc, identityFor('51', newHall('510105', '青羊区政务服务中心'), '赵磊'));
  });
  afterAll(async () => {
    await Promise.allSettled([sc?.close(), cq?.close()]);
    await Promise.allSettled([scDatabase?.drop(), cqDatabase?.drop()]);
  });

  /** A 异地代收代办 case received in 锦江 for 渝中, pushed to the Sichuan hub. */
  async function crossProvinceCase(scans: readonly ScanReference[] = []): Promise<string> {
    const accepted = await acceptedWithScans(receiver.actor, routingFor(receiver.identity, { province: '50', division: 渝中 }), scans);
    const forwarded = await forwardedEvent(accepted, receiver.actor, '50');
    const pushed = await push(sc, receiver.token, [accepted, forwarded]);
    expect(pushed.body.results.map((result) => result.status)).toEqual(['applied', 'applied']);
    return accepted.caseId;
  }

  const chunkRows = async (hub: HubHandle, sha: string) =>
    Number((await hub.db.query<{ n: string }>('SELECT count(*)::text AS n FROM scan_chunks WHERE sha256 = $1', [sha]))[0]?.n);
  const slice = (scan: TestScan, offset: number) => scan.bytes.subarray(offset, offset + CHUNK);

  it('takes a scan in chunks, resumes from what it holds, stores a resent chunk once and gives it back', async () => {
    const scan = pdfScan(3 * CHUNK + 1_000);
    const caseId = await crossProvinceCase([scan.reference]);
    const { sha256: sha } = scan.reference;

    expect((await begin(sc.url, receiver.token, caseId, scan.reference)).body).toEqual({
      status: 'partial',
      chunkSize: CHUNK,
      missingOffsets: [0, CHUNK, 2 * CHUNK, 3 * CHUNK],
    });
    expect((await putChunk(sc.url, receiver.token, caseId, sha, 0, slice(scan, 0))).body).toEqual({ offset: 0, stored: true });
    // The answer was lost and the chunk comes again: accepted, not stored a second time.
    expect((await putChunk(sc.url, receiver.token, caseId, sha, 0, slice(scan, 0))).body).toEqual({ offset: 0, stored: false });
    expect((await putChunk(sc.url, receiver.token, caseId, sha, CHUNK, slice(scan, CHUNK))).status).toBe(200);

    // The connection dropped: starting over asks only for what is missing.
    expect((await begin(sc.url, receiver.token, caseId, scan.reference)).body).toMatchObject({ missingOffsets: [2 * CHUNK, 3 * CHUNK] });
    expect((await complete(sc.url, receiver.token, caseId, sha)).body).toMatchObject({
      status: 'partial',
      missingOffsets: [2 * CHUNK, 3 * CHUNK],
    });
    for (const offset of [2 * CHUNK, 3 * CHUNK]) await putChunk(sc.url, receiver.token, caseId, sha, offset, slice(scan, offset));
    expect((await complete(sc.url, receiver.token, caseId, sha)).body).toEqual({ status: 'complete' });
    expect(await chunkRows(sc, sha)).toBe(4);

    expect((await begin(sc.url, receiver.token, caseId, scan.reference)).body).toEqual({ status: 'complete' });
    const fetched = await download(sc.url, colleague.token, caseId, sha);
    expect(fetched.status).toBe(200);
    expect(fetched.bytes?.equals(scan.bytes)).toBe(true);
  });

  it('refuses a file whose bytes do not hash to its name, drops them, and takes the right bytes afterwards', async () => {
    const real = pdfScan(2 * CHUNK);
    const named = { ...real.reference, sha256: sha256(Buffer.from('something else')) };
    const caseId = await crossProvinceCase([named]);
    await begin(sc.url, receiver.token, caseId, named);
    for (const offset of [0, CHUNK]) await putChunk(sc.url, receiver.token, caseId, named.sha256, offset, slice(real, offset));

    const refused = await complete(sc.url, receiver.token, caseId, named.sha256);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: 'HASH_MISMATCH',
      message: expect.stringMatching(/^扫描件内容与登记的SHA-256不符（收到的内容为 [0-9a-f]{12}…），已丢弃，请重新上传$/),
    });
    expect(await chunkRows(sc, named.sha256)).toBe(0);
    expect((await download(sc.url, receiver.token, caseId, named.sha256)).code).toBe('SCAN_NOT_FOUND');
    // Nothing of the bad upload is left to resume from.
    expect((await begin(sc.url, receiver.token, caseId, named)).body).toMatchObject({ missingOffsets: [0, CHUNK] });
  });

  it('refuses bytes that are not the type they were registered as', async () => {
    const text = Buffer.from('这不是扫描件'.repeat(100));
    const reference: ScanReference = { sha256: sha256(text), fileName: '伪装.pdf', mimeType: 'application/pdf', bytes: text.length };
    const caseId = await crossProvinceCase();
    await begin(sc.url, receiver.token, caseId, reference);
    await putChunk(sc.url, receiver.token, caseId, reference.sha256, 0, text);
    expect((await complete(sc.url, receiver.token, caseId, reference.sha256)).body.error).toEqual({
      code: 'NOT_A_SCAN',
      message: '扫描件内容不是登记的类型（application/pdf），已丢弃',
    });
  });

  it('enforces the size limits per file and per case with 413 and the reason', async () => {
    const caseId = await crossProvinceCase();
    const declared = (bytes: number, index: number): ScanReference => ({
      sha256: sha256(Buffer.from(`declared-${caseId}-${index}`)),
      fileName: `扫描件${index}.pdf`,
      mimeType: 'application/pdf',
      bytes,
    });
    const tooBig = await begin(sc.url, receiver.token, caseId, declared(10 * MB + 100_000, 0));
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toEqual({
      error: { code: 'SCAN_TOO_LARGE', message: '文件过大（10.1 MB），单个文件不超过 10 MB，请降低扫描分辨率或分页扫描' },
    });

    // Registered uploads hold their place under the limit before a byte has arrived.
    for (let index = 1; index <= 5; index += 1)
      expect((await begin(sc.url, receiver.token, caseId, declared(9.5 * MB, index))).status).toBe(200);
    const full = await begin(sc.url, receiver.token, caseId, declared(3 * MB, 6));
    expect(full.status).toBe(413);
    expect(full.body).toMatchObject({
      error: { code: 'CASE_SCANS_FULL', message: expect.stringMatching(/^本件扫描件合计将达 50\.5 MB，超过每件 50 MB 的上限/) },
    });
    // Resuming one of the five is not a sixth.
    expect((await begin(sc.url, receiver.token, caseId, declared(9.5 * MB, 3))).status).toBe(200);
  });

  it('answers malformed chunks with a 4xx that says what is wrong', async () => {
    const scan = pdfScan(CHUNK + 10);
    const caseId = await crossProvinceCase([scan.reference]);
    const { sha256: sha } = scan.reference;
    const unknown = await putChunk(sc.url, receiver.token, caseId, sha, 0, slice(scan, 0));
    expect([unknown.status, unknown.body.error?.code]).toEqual([404, 'NO_UPLOAD']);
    await begin(sc.url, receiver.token, caseId, scan.reference);

    const misaligned = await putChunk(sc.url, receiver.token, caseId, sha, 10, slice(scan, 10));
    expect([misaligned.status, misaligned.body.error?.message]).toEqual([
      400,
      `分块偏移量 10 无效（分块大小 ${CHUNK} 字节，文件 ${CHUNK + 10} 字节）`,
    ]);
    const short = await putChunk(sc.url, receiver.token, caseId, sha, CHUNK, Buffer.alloc(5));
    expect([short.status, short.body.error?.message]).toEqual([400, `偏移量 ${CHUNK} 处的分块应为 10 字节，收到 5 字节`]);
    const damaged = await putChunk(sc.url, receiver.token, caseId, sha, 0, slice(scan, 0), { 'x-chunk-sha256': sha256(Buffer.from('x')) });
    expect([damaged.status, damaged.body.error?.code]).toEqual([400, 'CHUNK_CORRUPTED']);
    const asJson = await putChunk(sc.url, receiver.token, caseId, sha, 0, Buffer.from('{}'), { 'content-type': 'application/json' });
    expect([asJson.status, asJson.body.error?.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const badHash = await begin(sc.url, receiver.token, caseId, { ...scan.reference, sha256: 'ABC' });
    expect(badHash.status).toBe(400);
    expect((await begin(sc.url, 'not-a-token', caseId, scan.reference)).status).toBe(401);
  });

  it('lets only the halls of the case fetch: a third hall is refused and cannot claim the scan by its hash alone', async () => {
    const scan = pdfScan(2 * CHUNK);
    const caseId = await crossProvinceCase([scan.reference]);
    await uploadWhole(sc.url, receiver.token, caseId, scan);
    const { sha256: sha } = scan.reference;

    expect(await download(sc.url, thirdHall.token, caseId, sha)).toEqual({ status: 403, code: 'SCAN_FORBIDDEN' });
    const intrude = await begin(sc.url, thirdHall.token, caseId, scan.reference);
    expect([intrude.status, (intrude.body as unknown as { error: { code: string } }).error.code]).toEqual([403, 'NOT_YOUR_CASE']);

    // Its own case naming the same hash: it must send the bytes before the claim counts.
    const own = await acceptedEvent(thirdHall.actor, routingFor(thirdHall.identity, { province: '51', division: '510105' }));
    await push(sc, thirdHall.token, [own]);
    expect((await begin(sc.url, thirdHall.token, own.caseId, scan.reference)).body).toMatchObject({
      status: 'partial',
      missingOffsets: [0, CHUNK],
    });
    expect((await complete(sc.url, thirdHall.token, own.caseId, sha)).body).toMatchObject({ status: 'partial' });
    expect(await download(sc.url, thirdHall.token, own.caseId, sha)).toEqual({ status: 404, code: 'SCAN_NOT_FOUND' });

    // The receiving hall attaching the same scan to another of its cases need not resend it.
    const another = await crossProvinceCase([scan.reference]);
    expect((await begin(sc.url, colleague.token, another, scan.reference)).body).toEqual({ status: 'complete' });
    expect(await chunkRows(sc, sha)).toBe(2);
  });

  it('delivers the scans of a cross-province case to the handling hub, where the handling hall fetches them', async () => {
    const scan = pdfScan(2 * CHUNK + 7);
    const caseId = await crossProvinceCase([scan.reference]);
    await uploadWhole(sc.url, receiver.token, caseId, scan);
    await sc.forwarder.drainOnce();
    expect(await sc.scanForwarder.drainOnce()).toMatchObject({ delivered: expect.any(Number), rejected: 0, failed: 0 });

    const fetched = await download(cq.url, handler.token, caseId, scan.reference.sha256);
    expect(fetched.status).toBe(200);
    expect(fetched.bytes?.equals(scan.bytes)).toBe(true);
    const claims = await cq.db.query('SELECT origin, completed_at IS NOT NULL AS completed FROM scan_claims WHERE case_id = $1', [caseId]);
    expect(claims).toEqual([{ origin: 'peer', completed: true }]);
    expect(await sc.db.query('SELECT 1 FROM scan_forward WHERE case_id = $1', [caseId])).toEqual([]);
    // Received from the peer, never sent back.
    expect(await cq.db.query('SELECT 1 FROM scan_forward')).toEqual([]);
  });

  it('holds a scan that arrives before its case, sends it once the case is here, and keeps single-province scans home', async () => {
    const early = pdfScan(CHUNK);
    const accepted = await acceptedWithScans(receiver.actor, routingFor(receiver.identity, { province: '50', division: 渝中 }), [
      early.reference,
    ]);
    await uploadWhole(sc.url, receiver.token, accepted.caseId, early);
    expect(await sc.scanForwarder.drainOnce({ ignoreBackoff: true })).toEqual({ delivered: 0, rejected: 0, failed: 0 });
    await push(sc, receiver.token, [accepted, await forwardedEvent(accepted, receiver.actor, '50')]);
    expect(await sc.scanForwarder.drainOnce({ ignoreBackoff: true })).toEqual({ delivered: 1, rejected: 0, failed: 0 });

    const local = pdfScan(CHUNK);
    const home = await acceptedWithScans(receiver.actor, routingFor(receiver.identity, { province: '51', division: '510104' }), [
      local.reference,
    ]);
    await push(sc, receiver.token, [home]);
    await uploadWhole(sc.url, receiver.token, home.caseId, local);
    expect(await sc.scanForwarder.drainOnce({ ignoreBackoff: true })).toEqual({ delivered: 0, rejected: 0, failed: 0 });
    expect(await sc.db.query('SELECT 1 FROM scan_forward WHERE case_id = $1', [home.caseId])).toEqual([]);
  });
});
