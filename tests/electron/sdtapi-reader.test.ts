/**
 * The SDTAPI adapter against a fake of the DLL binding (the FFI seam): the port scan, the
 * find -> select -> read sequence on the open port, and each reader answer turned into the
 * typed result the counter shows.
 */
import { describe, expect, it } from 'vitest';
import { createSdtapiReader, NO_DECODER_REASON, NO_DEVICE_MESSAGE, NO_DRIVER_MESSAGE } from '../../electron/devices/id-card/sdtapi-reader';
import type { SdtapiBinding, WltDecoder } from '../../electron/devices/id-card/sdtapi-binding';
import { baseMessage, LI_YAN } from '../unit/devices/id-card-fixtures';

interface FakeDll {
  binding: SdtapiBinding;
  calls: string[];
}

function fakeDll(answers: { readerPort?: number; find?: number; select?: number; read?: number; text?: Uint8Array } = {}): FakeDll {
  const calls: string[] = [];
  const binding: SdtapiBinding = {
    openPort: (port) => {
      calls.push(`open ${port}`);
      return port === (answers.readerPort ?? 1001) ? 0x90 : 0x01;
    },
    closePort: (port) => {
      calls.push(`close ${port}`);
      return 0x90;
    },
    startFindIdCard: (port) => {
      calls.push(`find ${port}`);
      return answers.find ?? 0x9f;
    },
    selectIdCard: (port) => {
      calls.push(`select ${port}`);
      return answers.select ?? 0x90;
    },
    readBaseMsg: (port) => {
      calls.push(`read ${port}`);
      return { code: answers.read ?? 0x90, text: answers.text ?? baseMessage(LI_YAN), photo: new Uint8Array(1024).fill(7) };
    },
  };
  return { binding, calls };
}

const BMP = new Uint8Array([0x42, 0x4d, 1, 2, 3]);
const decoder: WltDecoder = { decode: (wlt) => (wlt.length === 1024 ? BMP : null) };

function reader(dll: FakeDll, withDecoder: WltDecoder | null = decoder) {
  return createSdtapiReader({ loadBinding: async () => dll.binding, loadDecoder: async () => withDecoder });
}

describe('SDTAPI reader over the DLL binding', () => {
  it('scans USB ports from 1001 and then serial ports until one opens', async () => {
    const dll = fakeDll({ readerPort: 3 });
    expect(await reader(dll).connect()).toEqual({ connected: true, message: '身份证阅读器已连接（串口 COM3）' });
    expect(dll.calls).toEqual([...Array.from({ length: 16 }, (_, index) => `open ${1001 + index}`), 'open 1', 'open 2', 'open 3']);
  });

  it('reads a card with find, select and read on the open port, and decodes the photo', async () => {
    const dll = fakeDll();
    const result = await reader(dll).read();
    expect(dll.calls).toEqual(['open 1001', 'find 1001', 'select 1001', 'read 1001']);
    expect(result).toMatchObject({ ok: true, card: { name: '李䶮', idNumber: '510104199003071237' } });
    expect(result.ok && result.photo).toEqual({ kind: 'image', dataUrl: `data:image/bmp;base64,${Buffer.from(BMP).toString('base64')}` });
  });

  it('opens the port once for many reads', async () => {
    const dll = fakeDll();
    const device = reader(dll);
    await device.read();
    await device.read();
    expect(dll.calls.filter((call) => call.startsWith('open'))).toEqual(['open 1001']);
  });

  it('says plainly when no photo decoder is installed, and still reads the card', async () => {
    const result = await reader(fakeDll(), null).read();
    expect(result.ok && result.photo).toEqual({ kind: 'none', reason: NO_DECODER_REASON });
  });

  it('answers no-card when the reader finds none, without selecting or reading', async () => {
    const dll = fakeDll({ find: 0x80 });
    expect(await reader(dll).read()).toEqual({ ok: false, failure: 'no-card', message: '请将身份证放在阅读器上' });
    expect(dll.calls).toEqual(['open 1001', 'find 1001']);
  });

  it('answers no-card when the card cannot be selected (moved away)', async () => {
    expect(await reader(fakeDll({ select: 0x81 })).read()).toMatchObject({ ok: false, failure: 'no-card' });
  });

  it('answers read-error with the reader code when reading fails', async () => {
    expect(await reader(fakeDll({ read: 0x41 })).read()).toEqual({
      ok: false,
      failure: 'read-error',
      message: '读卡失败，请将身份证重新放置后再读（0x41）',
    });
  });

  it('answers read-error with the parser message for a short text', async () => {
    expect(await reader(fakeDll({ text: new Uint8Array(200) })).read()).toEqual({
      ok: false,
      failure: 'read-error',
      message: '身份证文字信息应为256字节，读到200字节',
    });
  });

  it('closes and forgets a port that stops answering, and looks for the reader again next time', async () => {
    const dll = fakeDll({ find: 0x01 });
    const device = reader(dll);
    expect(await device.read()).toEqual({ ok: false, failure: 'no-reader', message: '身份证阅读器无响应（0x01），请检查连接后重试' });
    await device.read();
    expect(dll.calls).toEqual(['open 1001', 'find 1001', 'close 1001', 'open 1001', 'find 1001', 'close 1001']);
  });

  it('answers no-reader when no port opens', async () => {
    const dll = fakeDll({ readerPort: 9999 });
    expect(await reader(dll).read()).toEqual({ ok: false, failure: 'no-reader', message: NO_DEVICE_MESSAGE });
    expect(dll.calls).toHaveLength(32);
  });

  it('answers no-reader when the DLL cannot be loaded', async () => {
    const device = createSdtapiReader({
      loadBinding: async () => {
        throw new Error('sdtapi.dll not found');
      },
      loadDecoder: async () => null,
    });
    expect(await device.read()).toEqual({ ok: false, failure: 'no-reader', message: NO_DRIVER_MESSAGE });
  });

  it('closes the port it opened', async () => {
    const dll = fakeDll();
    const device = reader(dll);
    await device.connect();
    await device.close();
    expect(dll.calls).toEqual(['open 1001', 'close 1001']);
  });
});
