/**
 * The hub operator's 异常 list: what the peer would not take, with its reason, and retry or
 * resolve on record (who, when, why). Through the HTTP API and through the CLI
 * (hub/bin/forward-queue.ts: `list` as a real child process, the other commands through the
 * same command function in this process). Only the operator token opens it.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import type { ForwardExceptionActions, ForwardExceptionsPage, ForwardingStatus } from '../../shared/sync/forward-admin-protocol';
import { forwardQueueCommand } from '../../hub/bin/forward-queue-command';
import type { HubHandle } from '../../hub/start-hub';
import {
  acceptedEvent,
  createTestDatabase,
  describeEachEngine,
  ENROLLMENT_CODE,
  enroll,
  forwardedEvent,
  identityFor,
  newHall,
  PEER_SECRET,
  push,
  request,
  routingFor,
  startTestHub,
  type EnrolledWorkstation,
  type TestDatabase,
} from './fixtures';
import { startScriptedPeer, type ScriptedPeer } from './scripted-peer';

const ADMIN_TOKEN = 'operator-token-for-tests-0001';
const 渝中 = '500103';

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI as a real child process, as an operator runs it. */
function runCli(args: string[], token = ADMIN_TOKEN): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'hub/bin/forward-queue.ts', ...args], {
    env: { ...process.env, HUB_ADMIN_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** The same command in this process: what it prints and its exit code, without a process start each. */
async function runCommand(args: string[], token = ADMIN_TOKEN): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await forwardQueueCommand(args, token, { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) });
  return { code, stdout, stderr };
}

describeEachEngine('the hub operator’s 异常 list', (engine) => {
  let database: TestDatabase;
  let hub: HubHandle;
  let peer: ScriptedPeer;
  let receiver: EnrolledWorkstation;
  /** Cases the scripted peer refuses: the first event with PEER_RULE, the later ones for the gap. */
  const refused = new Set<string>();

  beforeAll(async () => {
    [database, peer] = await Promise.all([createTestDatabase(engine), startScriptedPeer()]);
    hub = await startTestHub('51', database.config, { peerUrl: () => peer.url, adminToken: ADMIN_TOKEN });
    receiver = await enroll(hub, identityFor('51', newHall('510104', '锦江区政务服务中心')));
    peer.answer = () => ({
      results: (event) => {
        if (!refused.has(event.caseId)) return { id: event.id, status: 'applied' };
        return event.prevHash === ''
          ? { id: event.id, status: 'rejected', code: 'PEER_RULE', message: '对端规则不允许' }
          : { id: event.id, status: 'rejected', code: 'NOT_ACCEPTED', message: '对端没有该办件' };
      },
    });
  });
  afterAll(async () => {
    await Promise.allSettled([hub?.close(), peer?.close()]);
    await database?.drop();
  });
  beforeEach(() => {
    refused.clear();
    peer.received.length = 0;
  });

  const admin = <T>(path: string, json?: unknown, token = ADMIN_TOKEN) => request<T>(`${hub.url}${path}`, { token, json });
  const exceptions = async () => (await admin<ForwardExceptionsPage>('/v1/admin/forward-exceptions')).body.exceptions;

  /** A case whose first event the peer refuses; its second waits behind it. */
  async function refusedCase(): Promise<[CaseEvent, CaseEvent]> {
    const accepted = await acceptedEvent(receiver.actor, routingFor(receiver.identity, { province: '50', division: 渝中 }));
    const forwarded = await forwardedEvent(accepted, receiver.actor, '50');
    refused.add(accepted.caseId);
    await push(hub, receiver.token, [accepted, forwarded]);
    await hub.forwarder.drainOnce();
    return [accepted, forwarded];
  }

  it('lists a refused event with its case number, reason and the events held behind it', async () => {
    const [accepted] = await refusedCase();
    const listed = (await exceptions()).find((item) => item.eventId === accepted.id);
    expect(listed).toMatchObject({
      caseId: accepted.caseId,
      caseNumber: accepted.type === 'accepted' ? accepted.payload.caseNumber : undefined,
      eventType: 'accepted',
      kind: 'rejected',
      reason: 'PEER_RULE: 对端规则不允许',
      attempts: 1,
      heldBehind: 1,
    });
    const status = await admin<ForwardingStatus>('/v1/admin/forwarding');
    expect(status.body).toMatchObject({ province: '51', peer: { configured: true, state: 'ok' }, queue: { held: expect.any(Number) } });
    expect(status.body.queue.exception).toBeGreaterThanOrEqual(1);
  });

  it('retries an item on record: it and the events behind it are sent again, in order', async () => {
    const [accepted, forwarded] = await refusedCase();
    refused.clear();
    const retry = await admin('/v1/admin/forward-exceptions:retry', { eventIds: [accepted.id], operator: '王工', note: '对端已更新规则' });
    expect(retry.body).toEqual({ results: [{ eventId: accepted.id, status: 'retried' }] });
    peer.received.length = 0;
    await hub.forwarder.drainOnce();
    expect(peer.received.flatMap((batch) => batch.events.map((event) => event.id))).toEqual([accepted.id, forwarded.id]);
    expect(await hub.db.query('SELECT 1 FROM forward_queue WHERE case_id = $1', [accepted.caseId])).toEqual([]);

    const history = await admin<ForwardExceptionActions>(`/v1/admin/forward-exception-actions?eventId=${accepted.id}`);
    expect(history.body.actions).toEqual([
      {
        eventId: accepted.id,
        caseId: accepted.caseId,
        action: 'retry',
        exceptionKind: 'rejected',
        reason: 'PEER_RULE: 对端规则不允许',
        operator: '王工',
        note: '对端已更新规则',
        actedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      },
    ]);
  });

  it('resolves an item on record: it leaves the queue and the events behind it go on', async () => {
    const [accepted, forwarded] = await refusedCase();
    const resolve = await admin('/v1/admin/forward-exceptions:resolve', {
      eventIds: [accepted.id],
      operator: '王工',
      note: '已与重庆核实，线下处理',
    });
    expect(resolve.body).toEqual({ results: [{ eventId: accepted.id, status: 'resolved' }] });
    expect((await exceptions()).some((item) => item.eventId === accepted.id)).toBe(false);
    peer.received.length = 0;
    await hub.forwarder.drainOnce();
    expect(peer.received.flatMap((batch) => batch.events.map((event) => event.id))).toEqual([forwarded.id]);
    // The event itself stays in the hub's log; only its forwarding ended.
    expect(await hub.db.query('SELECT 1 FROM events WHERE id = $1', [accepted.id])).toHaveLength(1);
    const history = await admin<ForwardExceptionActions>(`/v1/admin/forward-exception-actions?eventId=${accepted.id}`);
    expect(history.body.actions).toMatchObject([{ action: 'resolve', operator: '王工', note: '已与重庆核实，线下处理' }]);
  });

  it('acts only on items in the list, and needs who and why', async () => {
    const [accepted, forwarded] = await refusedCase();
    const mixed = await admin('/v1/admin/forward-exceptions:retry', { eventIds: [forwarded.id], operator: '王工', note: '试试' });
    expect(mixed.body).toEqual({
      results: [{ eventId: forwarded.id, status: 'notAnException', message: expect.stringContaining('不在异常列表') }],
    });
    const anonymous = await admin<{ error: { message: string } }>('/v1/admin/forward-exceptions:resolve', {
      eventIds: [accepted.id],
      operator: ' ',
      note: '',
    });
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.error.message).toMatch(/请填写处理人/);
    expect((await exceptions()).some((item) => item.eventId === accepted.id)).toBe(true);
  });

  it('opens only with the operator token: not a workstation token, not the peer secret', async () => {
    for (const token of [receiver.token, PEER_SECRET, 'wrong-token-wrong-token']) {
      expect((await admin('/v1/admin/forwarding', undefined, token)).status).toBe(401);
    }
    expect((await request(`${hub.url}/v1/admin/forward-exceptions`)).status).toBe(401);
    // And the operator token opens nothing else.
    expect((await request(`${hub.url}/v1/changes`, { token: ADMIN_TOKEN })).status).toBe(401);
    expect((await request(`${hub.url}/v1/exchange/forward`, { token: ADMIN_TOKEN, json: { events: [] } })).status).toBe(401);
  });

  it('lists, resolves and shows the record through the CLI', async () => {
    const [accepted] = await refusedCase();
    const list = await runCli(['--hub', hub.url, 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(accepted.id);
    expect(list.stdout).toContain('对端拒收');
    expect(list.stdout).toContain('原因：PEER_RULE: 对端规则不允许');

    const missingNote = await runCommand(['--hub', hub.url, 'resolve', accepted.id, '--operator', '李工']);
    expect(missingNote.code).toBe(2);
    expect(missingNote.stderr).toContain('请填写处理说明');

    const resolve = await runCommand(['--hub', hub.url, 'resolve', accepted.id, '--operator', '李工', '--note', '申请人已撤回']);
    expect(resolve).toMatchObject({ code: 0, stdout: `${accepted.id}  已标记为已处理\n` });
    const history = await runCommand(['--hub', hub.url, '--json', 'history', '--event', accepted.id]);
    expect(JSON.parse(history.stdout)).toMatchObject({ actions: [{ action: 'resolve', operator: '李工', note: '申请人已撤回' }] });

    const status = await runCommand(['--hub', hub.url, 'status']);
    expect(status.stdout).toContain('对端交换中心：正常');
    expect((await runCommand(['--hub', hub.url, 'status'], 'not-the-token')).code).toBe(1);
  });
});

describe('the operator API switched off or misconfigured', () => {
  let database: TestDatabase;
  let hub: HubHandle;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    hub = await startTestHub('51', database.config);
  });
  afterAll(async () => {
    await hub?.close();
    await database?.drop();
  });

  it('is closed on a hub started without an operator token', async () => {
    const response = await request<{ error: { code: string; message: string } }>(`${hub.url}/v1/admin/forwarding`, { token: ADMIN_TOKEN });
    expect(response.status).toBe(403);
    expect(response.body.error).toEqual({ code: 'ADMIN_DISABLED', message: expect.stringContaining('HUB_ADMIN_TOKEN') });
  });

  it('refuses to start with an operator token equal to the peer secret or the enrollment code', async () => {
    for (const adminToken of [PEER_SECRET, `${ENROLLMENT_CODE}`.padEnd(16, '0')]) {
      const options = adminToken === PEER_SECRET ? { adminToken } : { adminToken, enrollmentCode: adminToken };
      await expect(startTestHub('51', database.config, options)).rejects.toThrow(/operator token must differ/);
    }
    await expect(startTestHub('51', database.config, { adminToken: 'short' })).rejects.toThrow(/at least 16/);
  });
});
