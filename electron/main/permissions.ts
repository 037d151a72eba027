/**
 * Which web permissions the renderer gets: none, except those a clerk's work needs, and
 * only for our own page. Location, notifications, HID, the microphone and the rest stay
 * denied.
 */
import { isAppUrl } from './app-origin';

const GRANTED_TO_APP: ReadonlySet<string> = new Set([
  // Copying a case number or receipt text to the clipboard.
  'clipboard-sanitized-write',
  // Offline cases in IndexedDB must not be evicted under storage pressure.
  'persistent-storage',
]);

/**
 * What Electron says a 'media' request is for: `mediaTypes` on a request, `mediaType` on a
 * check. Anything not named is treated as asking for more than the camera.
 */
export interface MediaPermissionDetails {
  mediaTypes?: readonly string[];
  mediaType?: string;
}

/**
 * The document camera (高拍仪) is a UVC camera read through getUserMedia: video only. A
 * request that also wants the microphone, or does not say what it wants, is refused.
 */
function isCameraOnly(media: MediaPermissionDetails | undefined): boolean {
  if (!media) return false;
  if (media.mediaTypes) return media.mediaTypes.length > 0 && media.mediaTypes.every((type) => type === 'video');
  return media.mediaType === 'video';
}

export function isPermissionGranted(permission: string, requestingUrl: string, media?: MediaPermissionDetails): boolean {
  if (!isAppUrl(requestingUrl)) return false;
  if (permission === 'media') return isCameraOnly(media);
  return GRANTED_TO_APP.has(permission);
}
