/** The workstation window: sandboxed renderer from app://workstation, bridge via the preload only. */
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';

export const PRODUCT_NAME = '川渝通办窗口工作站';

export function createMainWindow(options: { preloadPath: string; developerTools: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    title: PRODUCT_NAME,
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    backgroundColor: '#f5f5f5',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // Chromium would try to download dictionaries, and they do not help with Chinese forms.
      spellcheck: false,
      devTools: options.developerTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('工作站页面加载失败', error);
  });
  return window;
}
