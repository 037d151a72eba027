/**
 * Keeps every web contents on our own page: no navigation away, no new windows but the
 * applicant's rating screen (on the second monitor), no <webview>, and web permissions denied
 * unless permissions.ts grants them. https links to the allowlisted portals (app-origin.ts)
 * open in the system browser; anything else is dropped.
 */
import { app, screen, shell, type Session, type WebContents } from 'electron';
import { caseIdFromRatingHash } from '../../shared/domain/rating-screen-address';
import { externalLinkTarget, isAppUrl } from './app-origin';
import { isPermissionGranted } from './permissions';
import { ratingWindowBounds } from './rating-display';

function openExternally(url: string): void {
  const target = externalLinkTarget(url);
  if (target) void shell.openExternal(target);
}

function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAppUrl(url) && caseIdFromRatingHash(new URL(url).hash) !== null) {
      const { fullscreen, ...bounds } = ratingWindowBounds(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
      return { action: 'allow', overrideBrowserWindowOptions: { ...bounds, fullscreen, title: '好差评', autoHideMenuBar: true } };
    }
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function denyPermissionsByDefault(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(
      isPermissionGranted(
        permission,
        details.requestingUrl,
        'mediaTypes' in details ? { mediaTypes: details.mediaTypes ?? [] } : undefined,
      ),
    );
  });
  // Checks come before requests (e.g. enumerateDevices asks whether camera names may be shown).
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionGranted(permission, requestingOrigin, permission === 'media' ? { mediaType: details.mediaType ?? '' } : undefined),
  );
  session.setDevicePermissionHandler(() => false);
}

/** Call before the first window is created, so no web contents escapes the guards. */
export function installWebContentsGuards(session: Session): void {
  denyPermissionsByDefault(session);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
