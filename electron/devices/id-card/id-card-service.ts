/**
 * The host's ID-card reader: picks the device the 设置 choice names (自动 / 模拟器 / 无),
 * keeps it between reads, and runs one reader call at a time (the 读卡 key and the
 * "place the card" poll may ask together; SDTAPI ports are not re-entrant).
 */
import type { IdCardRead, IdCardReader, IdCardReaderMode, IdCardReaderStatus } from '../../../shared/devices/id-card/id-card';
import { createSimulatorReader } from './simulator-reader';

export interface IdCardServiceOptions {
  mode: () => IdCardReaderMode;
  /** The hardware reader for 自动; absent where there is none (browser mode, Linux, macOS). */
  createHardwareReader?: () => IdCardReader;
}

export interface IdCardService {
  status(): Promise<IdCardReaderStatus>;
  read(): Promise<IdCardRead>;
}

export const READER_OFF_MESSAGE = '身份证阅读器已关闭（可在“设置”中开启）';
export const NO_HARDWARE_MESSAGE = '本机没有身份证阅读器接口（SDTAPI 读卡器仅在 Windows 桌面版中使用）；可手工录入或用扫码式读卡器输入号码';

export function createIdCardService(options: IdCardServiceOptions): IdCardService {
  let current: { mode: IdCardReaderMode; reader: IdCardReader | null } | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function readerFor(mode: IdCardReaderMode): Promise<IdCardReader | null> {
    if (current?.mode === mode) return current.reader;
    await current?.reader?.close();
    const reader = mode === 'simulator' ? createSimulatorReader() : mode === 'auto' ? (options.createHardwareReader?.() ?? null) : null;
    current = { mode, reader };
    return reader;
  }

  const offMessage = (mode: IdCardReaderMode) => (mode === 'none' ? READER_OFF_MESSAGE : NO_HARDWARE_MESSAGE);

  return {
    status: () =>
      serial(async () => {
        const mode = options.mode();
        const reader = await readerFor(mode);
        if (!reader) return { mode, device: 'none', connected: false, message: offMessage(mode) };
        const { connected, message } = await reader.connect();
        return { mode, device: reader.device, connected, message };
      }),
    read: () =>
      serial(async () => {
        const mode = options.mode();
        const reader = await readerFor(mode);
        if (!reader) return { ok: false, failure: 'no-reader', message: offMessage(mode) };
        return reader.read();
      }),
  };
}
