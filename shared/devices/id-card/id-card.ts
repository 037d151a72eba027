/**
 * A 居民身份证 as a reader gives it, the ways a read can fail, and the reader every device
 * (the SDTAPI adapter, the simulator, "none") implements. The zod schemas are what crosses
 * the bridge, so the host's answer is checked at the renderer's door like any other.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应为 YYYY-MM-DD' });

export const idCardSchema = z.object({
  name: z.string().min(1).max(15),
  /** GB/T 2261.1 code as stored ("1"/"2") and its name (男/女). */
  sexCode: z.string().regex(/^\d$/),
  sex: z.string().min(1),
  /** GB/T 3304 code as stored ("01") and its full name (汉族). */
  ethnicityCode: z.string().regex(/^\d{2}$/),
  ethnicity: z.string().min(1),
  birthDate: isoDate,
  address: z.string().min(1).max(35),
  idNumber: z.string().regex(/^\d{17}[\dX]$/, { message: '公民身份号码格式不正确' }),
  issuer: z.string().min(1).max(15),
  validFrom: isoDate,
  /** null: 长期 (no end date; issued to people aged 46 and over). */
  validTo: isoDate.nullable(),
});
export type IdCard = z.infer<typeof idCardSchema>;

/** The decoded 102×126 photo as an image data URL; null with the reason when there is none. */
export const idCardPhotoSchema = z.union([
  z.object({
    kind: z.literal('image'),
    dataUrl: z
      .string()
      .regex(/^data:image\/(bmp|png);base64,[A-Za-z0-9+/]+=*$/)
      .max(200_000),
  }),
  z.object({ kind: z.literal('none'), reason: z.string().min(1) }),
]);
export type IdCardPhoto = z.infer<typeof idCardPhotoSchema>;

export const ID_CARD_FAILURES = [
  /** No reader configured, the driver DLL missing, or no device on any port. */
  'no-reader',
  /** The reader answers but no card lies on it (or it could not be selected). */
  'no-card',
  /** The card was found but reading or parsing its data failed; try again. */
  'read-error',
] as const;
export type IdCardFailureKind = (typeof ID_CARD_FAILURES)[number];

export const idCardReadSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), card: idCardSchema, photo: idCardPhotoSchema }),
  z.object({ ok: z.literal(false), failure: z.enum(ID_CARD_FAILURES), message: z.string().min(1) }),
]);
export type IdCardRead = z.infer<typeof idCardReadSchema>;

/** 自动: the SDTAPI reader where the platform has one; 模拟器: the built-in demo cards; 无: off. */
export const ID_CARD_READER_MODES = ['auto', 'simulator', 'none'] as const;
export const idCardReaderModeSchema = z.enum(ID_CARD_READER_MODES, { message: '读卡器只能选 自动、模拟器 或 无' });
export type IdCardReaderMode = z.infer<typeof idCardReaderModeSchema>;

export const idCardReaderStatusSchema = z.object({
  mode: idCardReaderModeSchema,
  /** Which device answers: the SDTAPI reader, the simulator, or none. */
  device: z.enum(['sdtapi', 'simulator', 'none']),
  connected: z.boolean(),
  /** What the clerk reads beside the 读卡 button, in Chinese. */
  message: z.string(),
});
export type IdCardReaderStatus = z.infer<typeof idCardReaderStatusSchema>;

/** One reader device. `read` never throws for a device problem: it answers a typed failure. */
export interface IdCardReader {
  readonly device: IdCardReaderStatus['device'];
  /** Finds the device (scanning ports for SDTAPI); false with the reason when there is none. */
  connect(): Promise<{ connected: boolean; message: string }>;
  read(): Promise<IdCardRead>;
  /** Releases the port; the next read connects again. */
  close(): Promise<void>;
}

export const ID_CARD_FAILURE_MESSAGES: Readonly<Record<IdCardFailureKind, string>> = {
  'no-reader': '未连接身份证阅读器',
  'no-card': '请将身份证放在阅读器上',
  'read-error': '读卡失败，请将身份证重新放置后再读',
};
