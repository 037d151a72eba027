import { describe, expect, it } from 'vitest';
import { externalLinkTarget, isAppUrl, isTrustedSenderFrame } from '../../electron/main/app-origin';
import { isPermissionGranted } from '../../electron/main/permissions';

describe('what counts as our own page', () => {
  it('accepts any page of app://workstation', () => {
    expect(isAppUrl('app://workstation/index.html')).toBe(true);
    expect(isAppUrl('app://workstation/cases/123?tab=events#top')).toBe(true);
    expect(isTrustedSenderFrame({ url: 'app://workstation/' })).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'app://workstation.evil.example/',
    'app://evil/',
    'app://user@workstation/',
    'http://workstation/',
    'file:///C:/app/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    '',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(isTrustedSenderFrame({ url })).toBe(false);
  });

  it('rejects a sender whose frame is gone', () => {
    expect(isTrustedSenderFrame(null)).toBe(false);
  });
});

describe('links that leave the app', () => {
  it('open in the system browser only over https', () => {
    expect(externalLinkTarget('https://zwfw.sc.gov.cn/guide')).toBe('https://zwfw.sc.gov.cn/guide');
    expect(externalLinkTarget('http://zwfw.sc.gov.cn/')).toBeNull();
    expect(externalLinkTarget('file:///etc/passwd')).toBeNull();
    expect(externalLinkTarget('javascript:alert(1)')).toBeNull();
    expect(externalLinkTarget('smb://fileserver/share')).toBeNull();
  });

  it('open only the allowlisted portals, by exact host', () => {
    expect(externalLinkTarget('https://zwfw.cq.gov.cn/')).toBe('https://zwfw.cq.gov.cn/');
    expect(externalLinkTarget('https://gjzwfw.www.gov.cn/index.html')).toBe('https://gjzwfw.www.gov.cn/index.html');
    for (const url of [
      'https://evil.example/',
      'https://zwfw.sc.gov.cn.evil.example/',
      'https://evil-zwfw.sc.gov.cn/',
      'https://zwfw.sc.gov.cn@evil.example/',
      'https://user:pass@zwfw.sc.gov.cn/',
      'https://zwfw.sc.gov.cn:8443/',
    ]) {
      expect(externalLinkTarget(url), url).toBeNull();
    }
  });
});

describe('web permissions', () => {
  it('grants clipboard writes and persistent storage to our page only', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://workstation/index.html')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'app://workstation')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'https://evil.example/')).toBe(false);
  });

  it('grants the camera (video only) to our page, for the document camera', () => {
    expect(isPermissionGranted('media', 'app://workstation/index.html', { mediaTypes: ['video'] })).toBe(true);
    expect(isPermissionGranted('media', 'app://workstation', { mediaType: 'video' })).toBe(true);
  });

  it('refuses the microphone, an unspecified media request and any other page the camera', () => {
    expect(isPermissionGranted('media', 'app://workstation/index.html', { mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(isPermissionGranted('media', 'app://workstation/index.html', { mediaTypes: ['audio'] })).toBe(false);
    expect(isPermissionGranted('media', 'app://workstation/index.html', { mediaTypes: [] })).toBe(false);
    expect(isPermissionGranted('media', 'app://workstation', { mediaType: 'audio' })).toBe(false);
    expect(isPermissionGranted('media', 'app://workstation', { mediaType: 'unknown' })).toBe(false);
    expect(isPermissionGranted('media', 'https://evil.example/', { mediaTypes: ['video'] })).toBe(false);
    expect(isPermissionGranted('media', 'http://127.0.0.1:8080/', { mediaType: 'video' })).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'openExternal', 'unknown'])(
    'denies %s even to our page',
    (permission) => {
      expect(isPermissionGranted(permission, 'app://workstation/index.html')).toBe(false);
    },
  );
});
