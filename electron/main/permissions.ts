/**
 * Which web permissions the renderer gets: none, except the two a clerk's work needs, and
 * only for our own page. Camera, location, notifications, HID and the rest stay denied.
 */
import { isAppUrl } from './app-origin';

const GRANTED_TO_APP: ReadonlySet<string> = new Set([
  // Copying a case number or receipt text to the clipboard.
  'clipboard-sanitized-write',
  // Offline cases in IndexedDB must not be evicted under storage pressure.
  'persistent-storage',
]);

export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return GRANTED_TO_APP.has(permission) && isAppUrl(requestingUrl);
}
