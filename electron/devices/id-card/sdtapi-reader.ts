/**
 * The ID-card reader over SDTAPI: find the reader's port once, then per read
 * SDT_StartFindIDCard -> SDT_SelectIDCard -> SDT_ReadBaseMsg on the open port, parse the
 * 256-byte text with the shared parser and decode the WLT photo when a decoder is installed.
 * Every device problem becomes a typed failure; nothing here throws at the bridge.
 */
import { parseBaseMessage } from '../../../shared/devices/id-card/base-message';
import { ID_CARD_FAILURE_MESSAGES, type IdCardPhoto, type IdCardRead, type IdCardReader } from '../../../shared/devices/id-card/id-card';
import { SDT_CARD_FOUND, SDT_FIND_FAILED, SDT_OK, SDT_PORTS, type SdtapiBinding, type WltDecoder } from './sdtapi-binding';

export interface SdtapiReaderOptions {
  /** Loads the DLL binding; called once, on the first connect. */
  loadBinding: () => Promise<SdtapiBinding>;
  /** Loads the photo decoder; null (or a throw) means cards are read without their photo. */
  loadDecoder: () => Promise<WltDecoder | null>;
}

const hex = (code: number) => `0x${code.toString(16).toUpperCase().padStart(2, '0')}`;
export const NO_DRIVER_MESSAGE = '未找到身份证阅读器驱动（sdtapi.dll），请安装阅读器厂商的驱动程序';
export const NO_DEVICE_MESSAGE = '未找到身份证阅读器，请检查USB线或串口连接';
export const NO_DECODER_REASON = '本机未安装身份证相片解码库（libwlt2bmp.dll 或 DewltBmp.dll），不显示相片';

function bmpDataUrl(bmp: Uint8Array): string {
  return `data:image/bmp;base64,${Buffer.from(bmp).toString('base64')}`;
}

export function createSdtapiReader(options: SdtapiReaderOptions): IdCardReader {
  let binding: Promise<SdtapiBinding | null> | undefined;
  let decoder: Promise<WltDecoder | null> | undefined;
  let port: number | null = null;

  const bindingOnce = () => (binding ??= options.loadBinding().catch(() => null));
  const decoderOnce = () => (decoder ??= options.loadDecoder().catch(() => null));

  async function connect(): Promise<{ connected: boolean; message: string }> {
    const sdt = await bindingOnce();
    if (!sdt) return { connected: false, message: NO_DRIVER_MESSAGE };
    if (port !== null) return { connected: true, message: readerName(port) };
    for (const candidate of SDT_PORTS) {
      if (sdt.openPort(candidate) === SDT_OK) {
        port = candidate;
        return { connected: true, message: readerName(candidate) };
      }
    }
    return { connected: false, message: NO_DEVICE_MESSAGE };
  }

  async function photoOf(wlt: Uint8Array): Promise<IdCardPhoto> {
    const decode = await decoderOnce();
    if (!decode) return { kind: 'none', reason: NO_DECODER_REASON };
    const bmp = decode.decode(wlt);
    return bmp ? { kind: 'image', dataUrl: bmpDataUrl(bmp) } : { kind: 'none', reason: '身份证相片解码失败，不显示相片' };
  }

  async function forgetPort(sdt: SdtapiBinding, open: number): Promise<void> {
    sdt.closePort(open);
    port = null;
  }

  return {
    device: 'sdtapi',
    connect,
    async read(): Promise<IdCardRead> {
      const connection = await connect();
      const sdt = await bindingOnce();
      if (!connection.connected || !sdt || port === null) return { ok: false, failure: 'no-reader', message: connection.message };
      const open = port;
      const found = sdt.startFindIdCard(open);
      if (found === SDT_FIND_FAILED) return { ok: false, failure: 'no-card', message: ID_CARD_FAILURE_MESSAGES['no-card'] };
      if (found !== SDT_CARD_FOUND) {
        // Anything else means the port no longer answers (unplugged): look for it again next time.
        await forgetPort(sdt, open);
        return { ok: false, failure: 'no-reader', message: `身份证阅读器无响应（${hex(found)}），请检查连接后重试` };
      }
      if (sdt.selectIdCard(open) !== SDT_OK) return { ok: false, failure: 'no-card', message: '身份证未放稳，请重新放置' };
      const base = sdt.readBaseMsg(open);
      if (base.code !== SDT_OK)
        return { ok: false, failure: 'read-error', message: `${ID_CARD_FAILURE_MESSAGES['read-error']}（${hex(base.code)}）` };
      const parsed = parseBaseMessage(base.text);
      if (!parsed.ok) return { ok: false, failure: 'read-error', message: parsed.error.message };
      return { ok: true, card: parsed.card, photo: await photoOf(base.photo) };
    },
    async close() {
      const sdt = await bindingOnce();
      if (sdt && port !== null) await forgetPort(sdt, port);
    },
  };
}

function readerName(port: number): string {
  return port > 1000 ? `身份证阅读器已连接（USB 端口 ${port}）` : `身份证阅读器已连接（串口 COM${port}）`;
}
