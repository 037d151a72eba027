/**
 * Loads SDTAPI.DLL (installed with every certified reader's driver, found on the Windows DLL
 * search path) and the vendor's WLT photo decoder through koffi. Imported only on Windows in
 * Electron, and koffi itself only when a reader is first used: Linux, macOS and browser mode
 * never load a DLL.
 *
 * The signatures are the SDTAPI ones (__stdcall; koffi ignores the convention on x64):
 *   int SDT_OpenPort(int iPort)                       int SDT_ClosePort(int iPort)
 *   int SDT_StartFindIDCard(int iPort, unsigned char *pucManaInfo, int iIfOpen)
 *   int SDT_SelectIDCard(int iPort, unsigned char *pucManaMsg, int iIfOpen)
 *   int SDT_ReadBaseMsg(int iPort, unsigned char *pucCHMsg, unsigned int *puiCHMsgLen,
 *                       unsigned char *pucPHMsg, unsigned int *puiPHMsgLen, int iIfOpen)
 * The decoder is the libwlt2bmp form, `int unpack(char *wlt, char *bmp, int bmpSave)`:
 * 1024 bytes in, a 38,862-byte 102×126 24-bit BMP out, 1 on success.
 */
import type KoffiModule from 'koffi';
import { SDT_PHOTO_BYTES, SDT_TEXT_BYTES, type SdtapiBinding, type WltDecoder } from './sdtapi-binding';

export const SDTAPI_DLL = 'sdtapi.dll';
export const WLT_DECODER_DLLS = ['libwlt2bmp.dll', 'DewltBmp.dll'] as const;
const BMP_BYTES = 38_862;
/** 0: the port is opened by SDT_OpenPort beforehand, not per call. */
const PORT_ALREADY_OPEN = 0;

type Koffi = typeof KoffiModule;

async function loadKoffi(): Promise<Koffi> {
  return (await import('koffi')).default;
}

export async function loadSdtapiBinding(): Promise<SdtapiBinding> {
  const koffi = await loadKoffi();
  const lib = koffi.load(SDTAPI_DLL);
  const openPort = lib.func('int __stdcall SDT_OpenPort(int iPort)');
  const closePort = lib.func('int __stdcall SDT_ClosePort(int iPort)');
  const startFind = lib.func('int __stdcall SDT_StartFindIDCard(int iPort, _Out_ uint8_t *pucManaInfo, int iIfOpen)');
  const select = lib.func('int __stdcall SDT_SelectIDCard(int iPort, _Out_ uint8_t *pucManaMsg, int iIfOpen)');
  const readBase = lib.func(
    'int __stdcall SDT_ReadBaseMsg(int iPort, _Out_ uint8_t *pucCHMsg, _Out_ uint32_t *puiCHMsgLen, _Out_ uint8_t *pucPHMsg, _Out_ uint32_t *puiPHMsgLen, int iIfOpen)',
  );
  return {
    openPort: (port) => Number(openPort(port)),
    closePort: (port) => Number(closePort(port)),
    startFindIdCard: (port) => Number(startFind(port, Buffer.alloc(8), PORT_ALREADY_OPEN)),
    selectIdCard: (port) => Number(select(port, Buffer.alloc(8), PORT_ALREADY_OPEN)),
    readBaseMsg: (port) => {
      const text = Buffer.alloc(SDT_TEXT_BYTES);
      const photo = Buffer.alloc(SDT_PHOTO_BYTES);
      const textLength: [number] = [0];
      const photoLength: [number] = [0];
      const code = Number(readBase(port, text, textLength, photo, photoLength, PORT_ALREADY_OPEN));
      return { code, text: text.subarray(0, textLength[0]), photo: photo.subarray(0, photoLength[0]) };
    },
  };
}

/** The first decoder DLL that loads, or null: then the card is read without its photo. */
export async function loadWltDecoder(): Promise<WltDecoder | null> {
  const koffi = await loadKoffi();
  for (const name of WLT_DECODER_DLLS) {
    try {
      const unpack = koffi.load(name).func('int __stdcall unpack(_In_ uint8_t *wlt, _Out_ uint8_t *bmp, int bmpSave)');
      return {
        decode: (wlt) => {
          const bmp = Buffer.alloc(BMP_BYTES);
          return Number(unpack(Buffer.from(wlt), bmp, 0)) === 1 ? new Uint8Array(bmp) : null;
        },
      };
    } catch {
      // Not installed, or a DLL without `unpack`: try the next name.
    }
  }
  return null;
}
