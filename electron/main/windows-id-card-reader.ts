/**
 * The SDTAPI reader as Electron on Windows builds it. The koffi module (and so any DLL) is
 * imported only when the first read or status asks for it.
 */
import type { IdCardReader } from '../../shared/devices/id-card/id-card';
import { createSdtapiReader } from '../devices/id-card/sdtapi-reader';

export function createWindowsIdCardReader(): IdCardReader {
  return createSdtapiReader({
    loadBinding: async () => (await import('../devices/id-card/sdtapi-koffi')).loadSdtapiBinding(),
    loadDecoder: async () => (await import('../devices/id-card/sdtapi-koffi')).loadWltDecoder(),
  });
}
