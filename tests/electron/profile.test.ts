import { describe, expect, it } from 'vitest';
import { chooseProfile, DEFAULT_PROFILE, workstationDataRoot } from '../../electron/main/profile';

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

describe('workstationDataRoot', () => {
  it('lives under the OS app-data directory by default', () => {
    expect(workstationDataRoot('/home/clerk/.config', {})).toBe('/home/clerk/.config/chuanyu-window');
  });

  it('honours an absolute CHUANYU_DATA_DIR and refuses a relative one', () => {
    expect(workstationDataRoot('/home/clerk/.config', { CHUANYU_DATA_DIR: '/srv/chuanyu' })).toBe('/srv/chuanyu');
    expect(() => workstationDataRoot('/home/clerk/.config', { CHUANYU_DATA_DIR: 'data' })).toThrow(/CHUANYU_DATA_DIR/);
  });
});
