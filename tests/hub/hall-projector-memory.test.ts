/**
 * The hall projector takes the states its instance's ingest just wrote from memory, and only
 * while the stored case still has the same heads: a remembered state that another write has
 * overtaken is never projected, and a push's own states reach the hall view without being
 * read back.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CaseState } from '../../shared/domain/case/case-state';
import type { HubHandle } from '../../hub/start-hub';
import { startHallProjector } from '../../hub/hall/projector';
import { createRecentCaseStates } from '../../hub/hall/recent-case-states';
import {
  acceptedEvent,
  createTestDatabase,
  describeEachEngine,
  enroll,
  identityFor,
  newHall,
  push,
  routingFor,
  startTestHub,
  type EnrolledWorkstation,
  type TestDatabase,
} from './fixtures';

describeEachEngine('the hall projector’s memory of written states', (engine) => {
  let database: TestDatabase;
  let hub: HubHandle;
  let window: EnrolledWorkstation;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    hub = await startTestHub('51', database.config);
    window = await enroll(hub, identityFor('51', newHall('510104')));
  });

  afterAll(async () => {
    await hub.close();
    await database.drop();
  });

  const pushCase = async () => {
    const event = await acceptedEvent(window.actor, routingFor(window.identity, { province: '50', division: '500103' }));
    expect((await push(hub, window.token, [event])).body.results[0]).toMatchObject({ status: 'applied' });
    return event.caseId;
  };
  const storedState = async (caseId: string) =>
    (await hub.db.query<{ state: CaseState }>('SELECT state FROM case_routes WHERE case_id = $1', [caseId]))[0]!.state;
  const projectedName = async (caseId: string) =>
    (await hub.db.query<{ applicant_name: string }>('SELECT applicant_name FROM hall_case_facts WHERE case_id = $1', [caseId]))[0]
      ?.applicant_name;

  it('projects the stored state when the remembered one has other heads, and the remembered one when the heads match', async () => {
    await hub.hallProjector.drainOnce();
    const overtaken = await pushCase();
    const current = await pushCase();
    const memory = createRecentCaseStates();
    const stale = await storedState(overtaken);
    memory.remember([
      { ...stale, heads: ['0'.repeat(64)], applicant: { ...stale.applicant, name: '过时的姓名' } },
      { ...(await storedState(current)), applicant: { ...stale.applicant, name: '刚写入的姓名' } },
    ]);
    const projector = startHallProjector({ db: hub.db, recentStates: memory, automatic: false });
    try {
      await projector.drainOnce();
    } finally {
      await projector.close();
    }
    expect(await projectedName(overtaken)).toBe(stale.applicant.name);
    expect(await projectedName(current)).toBe('刚写入的姓名');
  });

  it('projects what a push wrote without the projector being told anything else', async () => {
    const caseId = await pushCase();
    await hub.hallProjector.drainOnce();
    expect(await projectedName(caseId)).toBe((await storedState(caseId)).applicant.name);
  });
});
