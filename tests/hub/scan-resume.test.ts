/**
 * A scan upload survives the hub being killed (kill -9 of a real hub process, on both
 * engines): after the restart the hub asks only for the chunks it had not stored, a chunk
 * sent again is not stored twice, and the assembled file is the original.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCAN_CHUNK_BYTES } from '../../shared/sync/scan-protocol';
import {
  acceptedEvent,
  createTestDatabase,
  describeEachEngine,
  identityFor,
  newHall,
  push,
  request,
  routingFor,
  type TestDatabase,
} from './fixtures';
import type { HubHandle } from '../../hub/start-hub';
import { begin, complete, download, pdfScan, putChunk } from './scan-fixtures';
import { serveHub, type ServedHub } from './serve-process';
import { ulid } from 'ulid';

const CODE = 'scan-resume-code';
const C = SCAN_CHUNK_BYTES;

describeEachEngine('scan upload across a killed hub', (engine) => {
  let database: TestDatabase;
  let hub: ServedHub | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await hub?.stop();
    await database?.drop();
  });

  it('resumes where it stopped after kill -9, without storing any chunk twice', async () => {
    hub = await serveHub(database.config, '51', CODE);
    const identity = identityFor('51', newHall('510104', '锦江区政务服务中心'));
    const workstationId = ulid();
    const { body } = await request<{ token: string }>(`${hub.url}/v1/enroll`, { json: { enrollmentCode: CODE, workstationId, identity } });
    const { token } = body;
    const actor = {
      clerk: identity.clerk,
      workstationId,
      province: identity.province,
      hallCode: identity.hall.code,
      window: identity.window,
    };
    const accepted = await acceptedEvent(actor, routingFor(identity, { province: '51', division: '510104' }));
    await push({ url: hub.url } as HubHandle, token, [accepted]);

    const scan = pdfScan(3 * C + C / 2);
    const { sha256 } = scan.reference;
    const chunk = (offset: number) => scan.bytes.subarray(offset, offset + C);
    expect((await begin(hub.url, token, accepted.caseId, scan.reference)).body).toMatchObject({ missingOffsets: [0, C, 2 * C, 3 * C] });
    await putChunk(hub.url, token, accepted.caseId, sha256, 0, chunk(0));
    await putChunk(hub.url, token, accepted.caseId, sha256, C, chunk(C));
    // Killed with a chunk in flight: whether it committed is the hub's to say after the restart.
    const inFlight = putChunk(hub.url, token, accepted.caseId, sha256, 2 * C, chunk(2 * C)).catch(() => undefined);
    await hub.kill();
    await inFlight;

    hub = await serveHub(database.config, '51', CODE);
    const resumed = await begin(hub.url, token, accepted.caseId, scan.reference);
    if (resumed.body.status !== 'partial') throw new Error(`expected a partial upload, got ${JSON.stringify(resumed.body)}`);
    expect(resumed.body.missingOffsets).toContain(3 * C);
    expect([[3 * C], [2 * C, 3 * C]]).toContainEqual(resumed.body.missingOffsets);
    expect((await putChunk(hub.url, token, accepted.caseId, sha256, 0, chunk(0))).body).toEqual({ offset: 0, stored: false });
    for (const offset of resumed.body.missingOffsets) {
      expect((await putChunk(hub.url, token, accepted.caseId, sha256, offset, chunk(offset))).status).toBe(200);
    }
    expect((await complete(hub.url, token, accepted.caseId, sha256)).body).toEqual({ status: 'complete' });
    const fetched = await download(hub.url, token, accepted.caseId, sha256);
    expect(fetched.bytes?.equals(scan.bytes)).toBe(true);
  });
});
