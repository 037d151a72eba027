/**
 * 法定节假日安排 through the browser-mode host: an entered year is validated with the shared
 * schema (Chinese messages), stored in the profile, replaced when entered again, removed on
 * request, and carried by settings:get. The 2027 dates are a TEST FIXTURE, not official data.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserHost } from '../../electron/browser-host/host-server';
import { startWorkstationHost } from '../../electron/browser-host/workstation-host';
import { TEST_FIXTURE_2027 } from '../fixtures/holiday-year-2027';

let root: string;
let host: BrowserHost;

async function startHost(): Promise<BrowserHost> {
  return startWorkstationHost({
    profileDir: join(root, 'profile'),
    port: 0,
    rendererDir: join(root, 'renderer'),
    hubUrls: { '50': 'http://127.0.0.1:9', '51': 'http://127.0.0.1:9' },
    enrollmentCode: null,
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'settings-holidays-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  host = await startHost();
});

afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

interface Answer {
  ok: boolean;
  value?: { holidayYears?: unknown[] };
  error?: { code: string; message: string };
}

async function call(channel: string, input: unknown): Promise<Answer> {
  const response = await fetch(new URL(`/bridge/${channel}`, host.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}`, origin: new URL(host.url).origin },
    body: JSON.stringify(input),
  });
  return (await response.json()) as Answer;
}

describe('holiday year channels through the browser-mode host', () => {
  it('starts with no entered years', async () => {
    expect((await call('settings:get', {})).value?.holidayYears).toEqual([]);
  });

  it('stores an entered year and reads it back, also after a host restart', async () => {
    expect((await call('settings:saveHolidayYear', TEST_FIXTURE_2027)).value?.holidayYears).toEqual([TEST_FIXTURE_2027]);
    await host.close();
    host = await startHost();
    expect((await call('settings:get', {})).value?.holidayYears).toEqual([TEST_FIXTURE_2027]);
  });

  it('replaces the entry of the same year instead of adding a second one', async () => {
    const corrected = { ...TEST_FIXTURE_2027, source: '测试数据（非官方，已更正）' };
    expect((await call('settings:saveHolidayYear', corrected)).value?.holidayYears).toEqual([corrected]);
  });

  it('refuses a bad schedule with the shared Chinese messages', async () => {
    const weekdayMakeup = await call('settings:saveHolidayYear', { ...TEST_FIXTURE_2027, makeupWorkdays: ['2027-02-15'] });
    expect(weekdayMakeup.error).toEqual({ code: 'BAD_INPUT', message: '调休上班日应为周六或周日：2027-02-15' });
    const outside = await call('settings:saveHolidayYear', { ...TEST_FIXTURE_2027, holidays: ['2028-01-01'] });
    expect(outside.error?.message).toBe('放假日期不在2027年内：2028-01-01');
  });

  it('removes an entered year, and says so when the year was never entered', async () => {
    expect((await call('settings:removeHolidayYear', { year: 2027 })).value?.holidayYears).toEqual([]);
    expect((await call('settings:removeHolidayYear', { year: 2027 })).error).toEqual({ code: 'NOT_FOUND', message: '没有录入过2027年的节假日安排' });
  });
});
