/**
 * The supervisor's hall view at the hub: every case of the hall and none of another's, with
 * window and person; 预警 for both sides; 改派 and 督办 as events that the view and the
 * responsible window see; workload and the dashboard's aggregates.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CaseEvent, UnsealedEvent } from '../../shared/domain/case/case-events';
import { sealEvent } from '../../shared/domain/case/event-seal';
import { addWorkingDays, chinaDate } from '../../shared/domain/calendar/working-days';
import {
  dashboardSchema,
  hallCasesResponseSchema,
  hallWarningsSchema,
  hallWorkloadSchema,
  monthlyReportCountsSchema,
  mySupervisionsSchema,
} from '../../shared/sync/hall-protocol';
import type { HubHandle } from '../../hub/start-hub';
import { hubCalendar } from '../../hub/hall/hub-calendar';
import {
  acceptedEvent,
  createTestDatabase,
  describeEachEngine,
  enroll,
  identityFor,
  newHall,
  nextEvent,
  push,
  routingFor,
  startTestHub,
  type EnrolledWorkstation,
  type TestDatabase,
} from './fixtures';
import { actorAs, bootstrapAdmin, createAccount, signIn, staffCall } from './staff-fixtures';

describeEachEngine('the supervisor’s hall view', (engine) => {
  let database: TestDatabase;
  let hub: HubHandle;
  let window3: EnrolledWorkstation;
  let window4: EnrolledWorkstation;
  let chiefSession: string;
  let clerkSession: string;
  const today = chinaDate(new Date());
  const events: Record<string, CaseEvent> = {};

  const get = async <T>(path: string, schema: { parse(value: unknown): T }, session = chiefSession, workstation = window3) => {
    const result = await staffCall(hub, path, workstation, { session });
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    return schema.parse(result.body);
  };
  const pushed = async (workstation: EnrolledWorkstation, event: CaseEvent) => {
    expect((await push(hub, workstation.token, [event])).body.results[0]).toMatchObject({ status: 'applied' });
    await hub.hallProjector.drainOnce();
    return event;
  };

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    hub = await startTestHub('51', database.config);
    const hall = newHall('510104');
    window3 = await enroll(hub, identityFor('51', hall));
    window4 = await enroll(hub, identityFor('51', hall));
    const admin = await bootstrapAdmin(hub, window3);
    await createAccount(hub, window3, admin.session, 'chief01', '王科长', ['supervisor']);
    await createAccount(hub, window3, admin.session, 'clerk04', '李明', ['clerk']);
    chiefSession = (await signIn(hub, window3, 'chief01')).session;
    const clerk = await signIn(hub, window4, 'clerk04');
    clerkSession = clerk.session;

    // Window 3 accepted a Chongqing case a week ago (the receiving window's forward is overdue),
    // window 4 one handled in the hall's own county whose promised date is tomorrow's working day.
    const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString();
    events.crossProvince = await pushed(
      window3,
      await acceptedEvent(actorAs(window3, admin), routingFor(window3.identity, { province: '50', division: '500103' }), { at: weekAgo }),
    );
    const local = await acceptedEvent(actorAs(window4, clerk), routingFor(window4.identity, { province: '51', division: hall.division }));
    const { hash: _hash, ...unsealed } = local;
    const soon = addWorkingDays(today, 1, hubCalendar);
    events.local = await pushed(
      window4,
      await sealEvent({ ...unsealed, payload: { ...local.payload, promisedDate: soon } } as UnsealedEvent),
    );
    // Another hall of the same county: its supervisor must not see ours, nor we theirs.
    const other = await enroll(hub, identityFor('51', newHall('510104')));
    const otherAdmin = await bootstrapAdmin(hub, other);
    await pushed(
      other,
      await acceptedEvent(actorAs(other, otherAdmin), routingFor(other.identity, { province: '50', division: '500103' })),
    );
  });
  afterAll(async () => {
    await hub?.close();
    await database?.drop();
  });

  it('lists every case of the hall with window and person, and no other hall’s', async () => {
    const listed = await get('/v1/hall/cases', hallCasesResponseSchema);
    expect(listed.total).toBe(2);
    expect(listed.rows.map((row) => [row.receivingWindow, row.receivingPerson, row.direction]).sort()).toEqual([
      [3, '周管理', 'receiving'],
      [4, '李明', 'both'],
    ]);
    const byWindow = await get('/v1/hall/cases?window=3', hallCasesResponseSchema);
    expect(byWindow.rows.map((row) => row.caseId)).toEqual([events.crossProvince?.caseId]);
    const paged = await get('/v1/hall/cases?limit=1', hallCasesResponseSchema);
    expect(paged.rows).toHaveLength(1);
    const rest = await get(`/v1/hall/cases?limit=1&cursor=${encodeURIComponent(paged.nextCursor ?? '')}`, hallCasesResponseSchema);
    expect(rest.rows).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
  });

  it('is for supervisors only', async () => {
    const refused = await staffCall(hub, '/v1/hall/cases', window4, { session: clerkSession });
    expect(refused.status).toBe(403);
  });

  it('warns of overdue and soon-due cases on both sides', async () => {
    const warnings = await get('/v1/hall/warnings', hallWarningsSchema);
    expect(warnings.receiving.overdue.map((row) => row.caseId)).toEqual([events.crossProvince?.caseId]);
    expect(warnings.handling.dueSoon.map((row) => row.caseId)).toEqual([events.local?.caseId]);
    expect(warnings.handling.overdue).toEqual([]);
    const workload = await get('/v1/hall/workload', hallWorkloadSchema);
    expect(workload.rows).toContainEqual({ side: 'receiving', window: 3, person: '周管理', open: 1, dueSoon: 0, overdue: 1 });
  });

  it('shows a 改派 in the list and a 督办 on the responsible window until it is answered', async () => {
    const chief = actorAs(window3, await signIn(hub, window3, 'chief01'));
    const opened = events.crossProvince as CaseEvent;
    const moved = await pushed(
      window3,
      await nextEvent(opened, chief, 'reassigned', { side: 'receiving', toWindow: '4', toName: '李明', reason: '3号窗口人员请假' }),
    );
    const listed = await get('/v1/hall/cases?window=4', hallCasesResponseSchema);
    expect(listed.rows.map((row) => row.caseId)).toContain(opened.caseId);

    const supervision = await pushed(
      window3,
      await nextEvent(moved, chief, 'supervisionIssued', { side: 'receiving', message: '已超期，请今日推送办理地', replyBy: today }),
    );
    const forWindow4 = mySupervisionsSchema.parse((await staffCall(hub, '/v1/hall/supervisions', window4)).body);
    expect(forWindow4.supervisions).toEqual([
      expect.objectContaining({ caseId: opened.caseId, message: '已超期，请今日推送办理地', by: '王科长' }),
    ]);
    expect(mySupervisionsSchema.parse((await staffCall(hub, '/v1/hall/supervisions', window3)).body).supervisions).toEqual([]);

    const clerk = actorAs(window4, await signIn(hub, window4, 'clerk04'));
    await pushed(
      window4,
      await nextEvent(supervision, clerk, 'supervisionAnswered', { supervisionId: supervision.id, side: 'receiving', answer: '已推送' }),
    );
    expect(mySupervisionsSchema.parse((await staffCall(hub, '/v1/hall/supervisions', window4)).body).supervisions).toEqual([]);
  });

  it('aggregates the dashboard for a date range', async () => {
    const from = chinaDate(new Date(Date.now() - 30 * 86_400_000));
    const dashboard = await get(`/v1/hall/dashboard?from=${from}&to=${today}&granularity=month`, dashboardSchema);
    expect(dashboard.totals).toMatchObject({ opened: 2, accepted: 2, decided: 0 });
    expect(dashboard.byMode).toEqual([{ mode: '异地代收代办', count: 2 }]);
    expect(dashboard.volume.filter((row) => row.direction === 'receiving').reduce((sum, row) => sum + row.count, 0)).toBe(2);
    expect(dashboard.volume.filter((row) => row.direction === 'handling').reduce((sum, row) => sum + row.count, 0)).toBe(1);
    // The 改派 above moved window 3's case to window 4: the window filter follows it.
    const window4 = await get(`/v1/hall/dashboard?from=${from}&to=${today}&window=4`, dashboardSchema);
    expect(window4.totals).toMatchObject({ opened: 2, accepted: 2 });
    expect(window4.byMatter.reduce((sum, row) => sum + row.receiving, 0)).toBe(2);
    const window3 = await get(`/v1/hall/dashboard?from=${from}&to=${today}&window=3`, dashboardSchema);
    expect(window3.totals.opened).toBe(0);
    expect(window3.byMatter).toEqual([]);
  });

  it('counts a month for the 月报表 per matter and per receiving window', async () => {
    const month = today.slice(0, 7);
    // The cross-province case was received a week ago: in this month or the last.
    const both = chinaDate(new Date(Date.now() - 7 * 86_400_000)).startsWith(month);
    const expected = both ? 2 : 1;
    const report = await get(`/v1/hall/monthly-report?month=${month}`, monthlyReportCountsSchema);
    expect(report.totals).toMatchObject({ opened: expected, accepted: expected, decided: 0 });
    expect(report.byMatter.reduce((sum, row) => sum + row.opened, 0)).toBe(expected);
    expect(report.byWindow).toEqual([expect.objectContaining({ window: 4, opened: expected, ratings: [] })]);
    const badMonth = await staffCall(hub, '/v1/hall/monthly-report?month=2026-13', window3, { session: chiefSession });
    expect(badMonth.status).toBe(400);
  });

  it('answers as of every event the hub has taken, without waiting for the projector’s tick', async () => {
    // The test hub's projector never runs by itself: only the read can have projected this.
    const opened = await acceptedEvent(
      actorAs(window4, await signIn(hub, window4, 'clerk04')),
      routingFor(window4.identity, { province: '50', division: '500103' }),
    );
    expect((await push(hub, window4.token, [opened])).body.results[0]).toMatchObject({ status: 'applied' });
    const listed = await get('/v1/hall/cases?window=4', hallCasesResponseSchema);
    expect(listed.rows.map((row) => row.caseId)).toContain(opened.caseId);
  });
});
