/**
 * The options electron-store is constructed with, apart from its file name. Kept free of
 * Electron so the settings tests build a plain `conf` store from exactly these options.
 */
import { PRIVATE_FILE_MODE } from '../private-files';
import { SETTINGS_DEFAULTS, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../settings/settings-schema';

export const SETTINGS_FILE_NAME = 'settings';

export const settingsStoreOptions = {
  defaults: SETTINGS_DEFAULTS,
  projectVersion: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
  // Holds the hub token: owner-only (conf reduces the mode by the umask, never widens it).
  configFileMode: PRIVATE_FILE_MODE,
};
