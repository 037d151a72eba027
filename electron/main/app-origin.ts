/**
 * Where the renderer lives in Electron and what counts as "our" page. No Electron import:
 * the IPC sender check, the navigation lock and the tests all use these.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'workstation';

/**
 * The production origin of the renderer, and therefore of its IndexedDB: every offline case
 * a clerk has not yet synced lives in the database of this exact origin. It must NEVER
 * change; a different scheme or host opens an empty database and the cases look lost.
 */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True when `raw` is a page of the app origin. Compares scheme and host rather than
 * `URL.origin`, because Node's URL gives custom schemes an opaque origin ("null").
 */
export function isAppUrl(raw: string): boolean {
  const url = parseUrl(raw);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

/** The part of an IPC event the sender check reads; a destroyed or navigated-away frame is null. */
export interface SenderFrameLike {
  readonly url: string;
}

/** Only our own page may call the bridge: not a navigated-away frame, an iframe of another site, or devtools. */
export function isTrustedSenderFrame(frame: SenderFrameLike | null | undefined): boolean {
  return frame !== null && frame !== undefined && isAppUrl(frame.url);
}

/**
 * The only sites a link may open in the system browser: the two provinces' government
 * service portals and the national one, which guides and notices point clerks to. Any other
 * address is dropped: a page (or an injected link) cannot make the workstation open
 * arbitrary URLs or local handlers in the clerk's browser.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = ['zwfw.sc.gov.cn', 'zwfw.cq.gov.cn', 'www.gov.cn', 'gjzwfw.www.gov.cn'];

/** Links leave the app only to the system browser, only over https and only to EXTERNAL_LINK_HOSTS. */
export function externalLinkTarget(raw: string): string | null {
  const url = parseUrl(raw);
  if (url === null || url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return null;
  return EXTERNAL_LINK_HOSTS.includes(url.hostname) ? url.href : null;
}
