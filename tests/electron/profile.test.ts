import { describe, expect, it } from 'vitest';
import { profileDir, workstationDataRoot } from '../../electron/data-root';
import { chooseProfile, DEFAULT_PROFILE } from '../../electron/main/profile';

describe('chooseProfile', () => {
  it('uses the default profile when none is asked for', () => {
    expect(chooseProfile(['/opt/chuanyu/chuanyu-window'], {})).toBe(DEFAULT_PROFILE);
  });

  it('takes --profile NAME and --profile=NAME from the command line', () => {
    expect(chooseProfile(['electron', '.', '--profile', 'chongqing-1'], {})).toBe('chongqing-1');
    expect(chooseProfile(['electron', '.', '--profile=sichuan_2'], {})).toBe('sichuan_2');
  });

  it('falls back to CHUANYU_PROFILE, with the command line winning', () => {
    expect(chooseProfile(['electron', '.'], { CHUANYU_PROFILE: 'demo' })).toBe('demo');
    expect(chooseProfile(['electron', '.', '--profile', 'cli'], { CHUANYU_PROFILE: 'env' })).toBe('cli');
  });

  it.each(['../other-user', 'a/b', 'C:\\x', '', '.', 'x'.repeat(41)])('refuses the unsafe name %j', (name) => {
    expect(() => chooseProfile(['electron', '.', '--profile', name], {})).toThrow(/配置名/);
  });

  it('refuses --profile without a name rather than silently using the default', () => {
    expect(() => chooseProfile(['electron', '.', '--profile'], {})).toThrow(/配置名/);
  });
});

describe('workstationDataRoot: one rule for Electron and the launcher', () => {
  const home = '/home/clerk';
  it('lives under the platform data directory by default', () => {
    expect(workstationDataRoot({ env: {}, platform: 'linux', home })).toBe('/home/clerk/.local/share/chuanyu-window');
    expect(workstationDataRoot({ env: { XDG_DATA_HOME: '/data/xdg' }, platform: 'linux', home })).toBe('/data/xdg/chuanyu-window');
    expect(workstationDataRoot({ env: { APPDATA: 'C:\\Users\\clerk\\AppData\\Roaming' }, platform: 'win32', home })).toBe(
      'C:\\Users\\clerk\\AppData\\Roaming\\chuanyu-window',
    );
    expect(workstationDataRoot({ env: {}, platform: 'darwin', home })).toBe('/home/clerk/Library/Application Support/chuanyu-window');
  });

  it('honours an absolute CHUANYU_DATA_DIR and refuses a relative one', () => {
    expect(workstationDataRoot({ env: { CHUANYU_DATA_DIR: '/srv/chuanyu' }, platform: 'linux', home })).toBe('/srv/chuanyu');
    expect(() => workstationDataRoot({ env: { CHUANYU_DATA_DIR: 'data' }, platform: 'linux', home })).toThrow(/CHUANYU_DATA_DIR/);
  });

  it('keeps profile names inside the profiles folder', () => {
    expect(profileDir('/srv/chuanyu', 'chongqing')).toBe('/srv/chuanyu/profiles/chongqing');
    expect(() => profileDir('/srv/chuanyu', '../x')).toThrow(/配置名/);
  });
});
