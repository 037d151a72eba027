/**
 * Electron entry (bundled to dist/electron/main.cjs). Order matters:
 *  1. before ready: scheme privileges, profile -> userData, hubs started in the background;
 *  2. on ready: guards, app:// handler, menu, settings, bridge handlers, then the window.
 * The bridge is registered before the window exists; calls made while the embedded hubs
 * are still starting wait for them (deferred-handlers.ts).
 */
import { join } from 'node:path';
import { app, dialog, ipcMain, Menu, session, type BrowserWindow } from 'electron';
import { createHandlers } from '../handlers/create-handlers';
import { createWindowsIdCardReader } from './windows-id-card-reader';
import { createSettingsService } from '../settings/settings-service';
import { isTrustedSenderFrame } from './app-origin';
import { appMenuTemplate } from './app-menu';
import { registerAppSchemePrivileges, serveRenderer } from './app-protocol';
import { deferHandlers } from './deferred-handlers';
import { createElectronPrintBackend } from './electron-print-backend';
import { openElectronSettingsStore } from './electron-settings-store';
import { connectHubs, NO_HUBS, type HubConnection } from './hub-connection';
import { hubSourceFromEnv, type HubSource } from './hub-source';
import { createMainWindow, PRODUCT_NAME } from './main-window';
import { ensureProfileDir, workstationDataRoot } from '../data-root';
import { chooseProfile } from './profile';
import { registerBridgeHandlers } from './register-bridge-handlers';
import { utilityProcessPairLauncher } from './utility-process-pair';
import { installWebContentsGuards } from './web-contents-guards';

const APP_USER_MODEL_ID = 'cn.gov.chuanyu.window';

function failStartup(error: unknown): never {
  dialog.showErrorBox(`${PRODUCT_NAME}无法启动`, error instanceof Error ? error.message : String(error));
  app.exit(1);
  throw error;
}

registerAppSchemePrivileges();
// Chromium's own controls (date and month inputs, the file picker's button, spell-check
// menus) follow its UI language, not the page's: a clerk on an English Windows still sees
// 2026/12/07 and 选择文件.
app.commandLine.appendSwitch('lang', 'zh-CN');

/**
 * The data root holds every profile's userData (settings, IndexedDB) and the shared
 * embedded hubs. Like APP_ORIGIN, this layout must not change: moving a profile directory
 * makes its offline cases look lost.
 */
let dataRoot: string;
let hubSource: HubSource;
try {
  dataRoot = workstationDataRoot();
  app.setPath('userData', ensureProfileDir(dataRoot, chooseProfile(process.argv, process.env)));
  hubSource = hubSourceFromEnv(process.env);
} catch (error) {
  failStartup(error);
}

// The lock is scoped to userData, so this keeps one process per profile (two writers would
// fight over its IndexedDB) while other profiles still run side by side.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start(dataRoot, hubSource);
}

function start(root: string, source: HubSource): void {
  const appRoot = app.getAppPath();
  const developerTools = !app.isPackaged;
  let mainWindow: BrowserWindow | null = null;

  // Started before ready so the hubs come up while Chromium does.
  const hubs: Promise<HubConnection> = connectHubs(source, {
    dataDir: join(root, 'hubs'),
    script: join(appRoot, 'dist', 'hub', 'embedded-pair.mjs'),
    launcher: (script) => utilityProcessPairLauncher(script, process.env),
  }).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    console.error('交换平台不可用', error);
    void app.whenReady().then(() =>
      dialog.showMessageBox({
        type: 'warning',
        title: PRODUCT_NAME,
        message: '内置交换平台未能启动',
        detail: `${reason}\n\n案件仍可离线受理；同步在交换平台恢复并重新启动工作站后进行。`,
      }),
    );
    return NO_HUBS;
  });

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => app.quit());

  // Stop the embedded pair (if this instance owns it) before exiting, so PGlite closes cleanly.
  let hubsStopped = false;
  app.on('will-quit', (event) => {
    if (hubsStopped) return;
    event.preventDefault();
    void hubs
      .then((connection) => connection.stop())
      .catch((error: unknown) => console.error('停止内置交换平台失败', error))
      .finally(() => {
        hubsStopped = true;
        app.quit();
      });
  });

  void app.whenReady().then(() => {
    if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
    installWebContentsGuards(session.defaultSession);
    serveRenderer(join(appRoot, 'dist', 'renderer'));
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ developerTools })));

    const settings = createSettingsService(openElectronSettingsStore());
    const handlers = hubs.then((connection) =>
      createHandlers({
        shell: 'electron',
        version: app.getVersion(),
        dataDir: app.getPath('userData'),
        settings,
        hubUrls: connection.hubUrls,
        enrollmentCodes: connection.enrollmentCodes,
        printing: createElectronPrintBackend(() => mainWindow?.webContents),
        ...(process.platform === 'win32' ? { createIdCardReader: createWindowsIdCardReader } : {}),
      }),
    );
    registerBridgeHandlers(ipcMain, deferHandlers(handlers), (event) => isTrustedSenderFrame(event.senderFrame));

    mainWindow = createMainWindow({ preloadPath: join(appRoot, 'dist', 'electron', 'preload.cjs'), developerTools });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}
