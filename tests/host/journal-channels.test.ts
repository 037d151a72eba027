/**
 * The journal channels through the browser-mode host: events in, events and problems out,
 * and a journal that cannot be written says so (journal:status, a failed journal:append).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserHost } from '../../electron/browser-host/host-server';
import { startWorkstationHost } from '../../electron/browser-host/workstation-host';
import { idsOf, journalEvents } from './support/journal-fixtures';

let host: BrowserHost;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'journal-channels-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  host = await startWorkstationHost({
    profileDir: join(root, 'profile'),
    port: 0,
    rendererDir: join(root, 'renderer'),
    hubUrls: { '50': 'http://127.0.0.1:9', '51': 'http://127.0.0.1:9' },
    enrollmentCodes: {},
  });
});

afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

async function call(
  channel: string,
  input: unknown,
): Promise<{ ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } }> {
  const response = await fetch(new URL(`/bridge/${channel}`, host.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}`, origin: new URL(host.url).origin },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };
}

describe('journal channels through the browser-mode host', () => {
  it('keeps events until acknowledged and reads them back with no problems', async () => {
    const events = await journalEvents(3);
    expect(await call('journal:status', {})).toMatchObject({ ok: true, value: { writable: true, reason: null, pendingEvents: 0 } });
    expect(await call('journal:append', { events })).toEqual({ ok: true, value: { pending: 3 } });
    expect(await call('journal:acknowledge', { eventIds: [events[0]!.id] })).toEqual({ ok: true, value: { pending: 2 } });
    const pending = await call('journal:pending', {});
    expect(idsOf((pending.value?.events ?? []) as typeof events)).toEqual(idsOf(events.slice(1)));
    expect(pending.value?.problems).toEqual([]);
  });

  it('reports a journal directory it cannot write, on status and on append', async () => {
    const journalDir = join(root, 'profile', 'journal');
    rmSync(journalDir, { recursive: true, force: true });
    writeFileSync(journalDir, '');
    expect((await call('journal:status', {})).value).toMatchObject({
      writable: false,
      reason: expect.stringContaining('磁盘日志写入失败'),
    });
    expect(await call('journal:append', { events: await journalEvents(1, 10) })).toEqual({
      ok: false,
      error: { code: 'JOURNAL_WRITE_FAILED', message: expect.stringContaining('日志目录被同名文件占用') },
    });
  });
});
