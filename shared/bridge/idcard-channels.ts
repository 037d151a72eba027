/**
 * The bridge channels for the counter's 居民身份证 reader (host side: electron/devices/id-card/).
 *
 *   idcard:status   which device answers and whether it is connected (found on a port)
 *   idcard:read     one read: the card and its photo, or a typed failure (no reader, no card, read error)
 *   idcard:setMode  设置's choice 自动 / 模拟器 / 无 (administrator), answered with the new status
 */
import { z } from 'zod';
import { idCardReadSchema, idCardReaderModeSchema, idCardReaderStatusSchema } from '../devices/id-card/id-card';

const empty = z.object({}).strict();

export const idCardChannels = {
  'idcard:status': { input: empty, output: idCardReaderStatusSchema },
  'idcard:read': { input: empty, output: idCardReadSchema },
  'idcard:setMode': { input: z.object({ mode: idCardReaderModeSchema }).strict(), output: idCardReaderStatusSchema },
} as const;
