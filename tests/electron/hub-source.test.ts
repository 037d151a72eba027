import { describe, expect, it } from 'vitest';
import { hubSourceFromEnv } from '../../electron/main/hub-source';

const LAUNCHER_URLS = JSON.stringify({ '51': 'http://127.0.0.1:7151', '50': 'http://127.0.0.1:7150' });
const LAUNCHER_CODES = JSON.stringify({ '51': '123456789012', '50': '210987654321' });

describe('hubSourceFromEnv', () => {
  it("uses the hubs and each province's code the npm start launcher passes", () => {
    expect(
      hubSourceFromEnv({ CHUANYU_HUB_URLS: LAUNCHER_URLS, CHUANYU_ENROLLMENT_CODES: LAUNCHER_CODES, HUB_URL: 'http://other:1' }),
    ).toEqual({
      kind: 'given',
      hubUrls: { '51': 'http://127.0.0.1:7151', '50': 'http://127.0.0.1:7150' },
      enrollmentCodes: { '51': '123456789012', '50': '210987654321' },
    });
  });

  it('uses one HUB_URL for both provinces, with or without an enrollment code', () => {
    expect(hubSourceFromEnv({ HUB_URL: 'https://hub.example.gov.cn', HUB_ENROLLMENT_CODE: 'ABCDEFGH' })).toEqual({
      kind: 'given',
      hubUrls: { '51': 'https://hub.example.gov.cn', '50': 'https://hub.example.gov.cn' },
      enrollmentCodes: { '51': 'ABCDEFGH', '50': 'ABCDEFGH' },
    });
    expect(hubSourceFromEnv({ HUB_URL: 'https://hub.example.gov.cn' })).toMatchObject({ enrollmentCodes: {} });
  });

  it('starts the embedded pair when nothing is configured', () => {
    expect(hubSourceFromEnv({})).toEqual({ kind: 'embedded' });
    // Half of the launcher's pair is not a configuration.
    expect(hubSourceFromEnv({ CHUANYU_HUB_URLS: LAUNCHER_URLS })).toEqual({ kind: 'embedded' });
  });

  it('stops loudly on a malformed launcher value instead of syncing somewhere wrong', () => {
    expect(() => hubSourceFromEnv({ CHUANYU_HUB_URLS: '{"51":"http://x:1"}', CHUANYU_ENROLLMENT_CODES: LAUNCHER_CODES })).toThrow(
      /CHUANYU_HUB_URLS/,
    );
    expect(() => hubSourceFromEnv({ CHUANYU_HUB_URLS: 'not json', CHUANYU_ENROLLMENT_CODES: LAUNCHER_CODES })).toThrow(/CHUANYU_HUB_URLS/);
    expect(() => hubSourceFromEnv({ CHUANYU_HUB_URLS: LAUNCHER_URLS, CHUANYU_ENROLLMENT_CODES: '123456789012' })).toThrow(
      /CHUANYU_ENROLLMENT_CODES/,
    );
    expect(() => hubSourceFromEnv({ CHUANYU_HUB_URLS: LAUNCHER_URLS, CHUANYU_ENROLLMENT_CODES: '{"51":"short"}' })).toThrow(
      /CHUANYU_ENROLLMENT_CODES/,
    );
    expect(() => hubSourceFromEnv({ HUB_URL: 'hub.example' })).toThrow(/HUB_URL/);
  });

  it('refuses a remote hub over plain http (the token would travel in clear); loopback may use http', () => {
    expect(() => hubSourceFromEnv({ HUB_URL: 'http://hub.example.gov.cn' })).toThrow(
      'HUB_URL 不是有效的交换平台地址（远程交换平台地址必须使用 https（只有本机地址 127.0.0.1 / localhost 可以使用 http））',
    );
    expect(() => hubSourceFromEnv({ HUB_URL: 'http://10.0.0.5:7151' })).toThrow(/必须使用 https/);
    expect(() => hubSourceFromEnv({ HUB_URL: 'http://127.0.0.1.evil.example' })).toThrow(/必须使用 https/);
    const remoteLauncher = JSON.stringify({ '51': 'https://hub.sc.example', '50': 'http://hub.cq.example' });
    expect(() => hubSourceFromEnv({ CHUANYU_HUB_URLS: remoteLauncher, CHUANYU_ENROLLMENT_CODES: LAUNCHER_CODES })).toThrow(
      /CHUANYU_HUB_URLS.*必须使用 https/,
    );
    for (const local of ['http://127.0.0.1:7151', 'http://localhost:7151', 'http://[::1]:7151', 'https://hub.example.gov.cn']) {
      expect(hubSourceFromEnv({ HUB_URL: local }), local).toMatchObject({ kind: 'given' });
    }
    expect(() => hubSourceFromEnv({ HUB_URL: 'ftp://127.0.0.1/' })).toThrow(/不是有效的网址/);
  });
});
