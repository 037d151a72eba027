/**
 * The only place electron-store is constructed. It must run after `app.setPath('userData')`
 * (it reads userData when constructed), so each profile keeps its own settings file.
 */
import Store from 'electron-store';
import type { SettingsStore, StoredSettings } from '../settings/settings-schema';
import { SETTINGS_FILE_NAME, settingsStoreOptions } from './settings-store-options';

export function openElectronSettingsStore(): SettingsStore {
  const store = new Store<StoredSettings>({ ...settingsStoreOptions, name: SETTINGS_FILE_NAME });
  // Adapts the typed store to the service's key/unknown view; the service validates every value it reads.
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
  };
}
