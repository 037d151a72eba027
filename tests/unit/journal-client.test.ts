/**
 * The renderer's side of the disk journal over the real Dexie schema (fake-indexeddb): a
 * journal that cannot take a new case is reported at once, and the clerk decides whether the
 * case is stored without it; nothing is stored when the clerk declines.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BridgeApi, BridgeResult } from '../../shared/bridge/contract';
import { casesRepo } from '../../renderer/data/cases.repo';
import { db } from '../../renderer/data/db';
import { draftsRepo } from '../../renderer/data/drafts.repo';
import { eventJournal, JournalDeclinedError } from '../../renderer/data/event-journal';
import { journalHealth } from '../../renderer/data/journal-health';
import { acceptedCase, SICHUAN_ACTOR } from './fixtures/events';

const DISK_FULL = '磁盘日志写入失败：磁盘空间已满（/profile/journal/seg-000001.jsonl）';
const failure = (code: string, message: string): BridgeResult<never> => ({ ok: false, error: { code, message } });

/** The host as the renderer sees it; each test says how the journal answers. */
const host: Partial<Record<keyof BridgeApi, (input: unknown) => Promise<BridgeResult<unknown>>>> = {};
(globalThis as { chuanyu?: unknown }).chuanyu = new Proxy(
  {},
  { get: (_, method: string) => (input: unknown) => host[method as keyof BridgeApi]!(input) },
);

beforeEach(async () => {
  await Promise.all([db.events.clear(), db.cases.clear(), db.outbox.clear(), db.drafts.clear(), db.statusCounts.clear()]);
  host.journalAppend = async () => ({ ok: true, value: { pending: 2 } });
  journalHealth.protecting();
});

describe('journal client', () => {
  it('stores a case normally while the journal takes its events, without asking', async () => {
    let asked = false;
    await casesRepo.appendLocal(await acceptedCase(), SICHUAN_ACTOR.hallCode, undefined, async () => (asked = true));
    expect(asked).toBe(false);
    expect(await db.events.count()).toBe(2);
    expect(journalHealth.get()).toEqual({ state: 'protecting' });
  });

  it('reports a failed journal write at once and stores nothing when the clerk declines', async () => {
    host.journalAppend = async () => failure('JOURNAL_WRITE_FAILED', DISK_FULL);
    await draftsRepo.save({ matterCode: 'CY-06-003' }, 'current');
    const reasons: string[] = [];
    const declined = casesRepo.appendLocal(await acceptedCase(), SICHUAN_ACTOR.hallCode, 'current', async (reason) => {
      reasons.push(reason);
      expect(journalHealth.get()).toMatchObject({ state: 'failing', reason: DISK_FULL });
      return false;
    });
    await expect(declined).rejects.toBeInstanceOf(JournalDeclinedError);
    expect(reasons).toEqual([DISK_FULL]);
    expect(await db.events.count()).toBe(0);
    expect(await db.drafts.get('current')).toBeDefined();
  });

  it('stores the case without the journal when the clerk confirms', async () => {
    host.journalAppend = async () => failure('HOST_UNREACHABLE', '无法连接本机工作站主机，请确认程序仍在运行');
    const events = await acceptedCase();
    const record = await casesRepo.appendLocal(events, SICHUAN_ACTOR.hallCode, undefined, async () => true);
    expect(record.caseId).toBe(events[0]!.caseId);
    expect(await db.outbox.count()).toBe(2);
    expect(journalHealth.get()).toMatchObject({ state: 'failing', reason: '无法连接本机工作站主机，请确认程序仍在运行' });
  });

  it('keeps the time a failure started while it lasts, and clears it when the host says the journal writes again', async () => {
    journalHealth.failing('第一次', 1_000);
    journalHealth.failing('第二次', 5_000);
    expect(journalHealth.get()).toEqual({ state: 'failing', reason: '第二次', since: 1_000 });
    host.journalStatus = async () => ({
      ok: true,
      value: { writable: false, reason: DISK_FULL, pendingEvents: 3, bytes: 10, maxBytes: 100 },
    });
    expect(await eventJournal.checkHealth()).toMatchObject({ state: 'failing', reason: DISK_FULL, since: 1_000 });
    host.journalStatus = async () => ({ ok: true, value: { writable: true, reason: null, pendingEvents: 3, bytes: 10, maxBytes: 100 } });
    expect(await eventJournal.checkHealth()).toEqual({ state: 'protecting' });
  });

  it('passes the problems found in the journal on, and counts an unreachable host as one', async () => {
    const [accepted] = await acceptedCase();
    const damaged = {
      kind: 'damaged-line',
      file: '/p/journal/seg-000001.jsonl',
      line: 2,
      eventId: null,
      caseId: null,
      reason: '不是完整的 JSON',
    } as const;
    host.journalPending = async () => ({ ok: true, value: { events: [accepted], problems: [damaged] } });
    expect(await eventJournal.pending()).toEqual({ events: [accepted], problems: [damaged] });

    host.journalPending = async () => failure('HOST_UNREACHABLE', '无法连接本机工作站主机，请确认程序仍在运行');
    expect(await eventJournal.pending()).toEqual({
      events: [],
      problems: [
        {
          kind: 'unreadable-journal',
          file: '',
          line: null,
          eventId: null,
          caseId: null,
          reason: '无法连接本机工作站主机，请确认程序仍在运行',
        },
      ],
    });
    expect(journalHealth.get()).toMatchObject({ state: 'failing' });
  });
});
