/**
 * 法定节假日安排 through the browser-mode host: an entered year is validated with the shared
 * schema (Chinese messages), stored in the profile, replaced when entered again, removed on
 * request, and carried by settings:get. The 2027 dates are a TEST FIXTURE, not official data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_FIXTURE_2027 } from '../fixtures/holiday-year-2027';
import { startSignedInHost, type SignedInHost } from './support/signed-in-host';

let root: string;
let host: SignedInHost;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'settings-holidays-'));
  host = await startSignedInHost(root);
});

afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

const call = (channel: string, input: unknown) => host.call<{ holidayYears?: unknown[] }>(channel, input);

describe('holiday year channels through the browser-mode host', () => {
  it('starts with no entered years', async () => {
    expect((await call('settings:get', {})).value?.holidayYears).toEqual([]);
  });

  it('stores an entered year and reads it back, also after a host restart', async () => {
    expect((await call('settings:saveHolidayYear', TEST_FIXTURE_2027)).value?.holidayYears).toEqual([TEST_FIXTURE_2027]);
    await host.restart();
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
    expect((await call('settings:removeHolidayYear', { year: 2027 })).error).toEqual({
      code: 'NOT_FOUND',
      message: '没有录入过2027年的节假日安排',
    });
  });
});
