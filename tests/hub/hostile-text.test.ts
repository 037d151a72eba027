/**
 * Hostile text at the hub's door: NUL, lone surrogates, control and bidi characters in any
 * field of any request are a 400 naming the field, never a 500, never a row, never a log
 * line with the applicant's data.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ulid } from 'ulid';
import type { HubHandle } from '../../hub/start-hub';
import {
  acceptedEvent,
  countRows,
  createTestDatabase,
  describeEachEngine,
  enroll,
  ENROLLMENT_CODE,
  identityFor,
  newDivision,
  newHall,
  push,
  request,
  routingFor,
  startTestHub,
  type EnrolledWorkstation,
  type TestDatabase,
} from './fixtures';

const HOSTILE = ['\u0000', '\ud800', '\udfff', '\u001b[2J', '\u202E', '\u2066', '\uFEFF', '\u0085'];

describeEachEngine('hostile text', (engine) => {
  let database: TestDatabase;
  let hub: HubHandle;
  let window: EnrolledWorkstation;
  const logLines: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    hub = await startTestHub('51', database.config, { logger: { write: (line) => void logLines.push(line) } });
    window = await enroll(hub, identityFor('51', newHall('510104')));
  });
  afterAll(async () => {
    await hub?.close();
    await database?.drop();
  });

  it('refuses it in every text field of a pushed event with a 400 naming the field, and stores nothing', async () => {
    const event = await acceptedEvent(window.actor, routingFor(window.identity, { province: '51', division: newDivision('51') }));
    const strings: string[][] = [];
    const collect = (node: unknown, path: string[]) => {
      if (typeof node === 'string') strings.push(path);
      else if (node && typeof node === 'object') for (const [key, child] of Object.entries(node)) collect(child, [...path, key]);
    };
    collect(event, []);
    expect(strings.length).toBeGreaterThan(15);
    const before = await countRows(hub, 'events');
    for (const [index, path] of strings.entries()) {
      const hostile = structuredClone(event) as unknown as Record<string, unknown>;
      let node = hostile;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
      const last = path[path.length - 1] ?? '';
      node[last] = `${String(node[last])}${HOSTILE[index % HOSTILE.length] ?? ''}`;
      const response = await push(hub, window.token, [hostile]);
      expect(response.status, path.join('.')).toBe(400);
      expect((response.body as unknown as { error: { code: string; message: string } }).error).toMatchObject({ code: 'BAD_TEXT' });
      expect((response.body as unknown as { error: { message: string } }).error.message).toContain(last);
    }
    expect(await countRows(hub, 'events')).toBe(before);
  });

  it('refuses it in enrollment and keys too, and logs none of the applicant data', async () => {
    const identity = identityFor('51', newHall('510104'), '李\u0000明');
    const enrolled = await request(`${hub.url}/v1/enroll`, { json: { enrollmentCode: ENROLLMENT_CODE, workstationId: ulid(), identity } });
    expect(enrolled.status).toBe(400);
    const badKey = await request(`${hub.url}/v1/enroll`, {
      json: { enrollmentCode: ENROLLMENT_CODE, workstationId: ulid(), identity: identityFor('51', newHall('510104')), ['x\ud800']: 1 },
    });
    expect(badKey.status).toBe(400);
    const everything = logLines.join('');
    expect(everything).not.toContain('李建国');
    expect(everything).not.toContain('"statusCode":500');
  });
});
