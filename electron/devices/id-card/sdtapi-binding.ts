/**
 * The SDTAPI.DLL functions the reader adapter calls, as plain functions over bytes: the seam
 * between our adapter (sdtapi-reader.ts, tested against a fake of this) and the FFI
 * (sdtapi-koffi.ts, the only code that touches the DLL).
 *
 * Return codes are the reader's SW3 status byte, as in the vendor-neutral SDTAPI manual and
 * the reader protocol (https://softs.im/身份证阅读器通信协议): 0x90 success, 0x9F card found,
 * 0x80 no card found, 0x81 card could not be selected, 0x41 read failed.
 */
export const SDT_OK = 0x90;
export const SDT_CARD_FOUND = 0x9f;
export const SDT_FIND_FAILED = 0x80;

/** USB readers answer on ports 1001-1016, serial readers on COM1-COM16, in that order of likelihood. */
export const SDT_PORTS: readonly number[] = [
  ...Array.from({ length: 16 }, (_, index) => 1001 + index),
  ...Array.from({ length: 16 }, (_, index) => 1 + index),
];

/** Sizes SDT_ReadBaseMsg fills: 256 bytes of text, 1024 bytes of WLT photo. */
export const SDT_TEXT_BYTES = 256;
export const SDT_PHOTO_BYTES = 1024;

export interface SdtapiBinding {
  openPort(port: number): number;
  closePort(port: number): number;
  startFindIdCard(port: number): number;
  selectIdCard(port: number): number;
  /** Text and photo cut to the lengths the DLL reported. */
  readBaseMsg(port: number): { code: number; text: Uint8Array; photo: Uint8Array };
}

/** Decodes the card's 1024-byte WLT photo into a BMP; null when the decoder refuses it. */
export interface WltDecoder {
  decode(wlt: Uint8Array): Uint8Array | null;
}
