/**
 * The bridge between renderer and host: channel name -> input schema -> output schema.
 * Both ends implement exactly this: Electron (preload + ipcMain, electron/main) and the
 * browser-mode host (HTTP on 127.0.0.1, electron/browser-host). The renderer only sees
 * `BridgeApi` and never knows which end answers.
 *
 * Adding a channel? Also: a handler in electron/handlers, its method in BRIDGE_METHODS (methods.ts),
 * and a test through the browser-mode host.
 */
import { z } from 'zod';
import { documentSettingsInputSchema, documentSettingsSchema } from '../domain/document-settings';
import { holidayYearSchema, holidayYearsSchema, removeHolidayYearSchema } from '../domain/calendar/holiday-year';
import { workstationIdentitySchema } from '../domain/region/workstation';
import { cameraChoiceSchema } from '../domain/scans/camera-choice';
import { cryptoSuiteSchema } from '../cryptography/crypto-suite';
import { caseEventSchema, ulidSchema } from '../domain/case/case-events';
import { deliveryCheckRequestSchema, deliveryCheckResponseSchema } from '../sync/delivery-protocol';
import {
  caseLogQuerySchema,
  caseLogResponseSchema,
  changesQuerySchema,
  changesWaitQuerySchema,
  changesWaitResponseSchema,
  lastCaseNumberQuerySchema,
  lastCaseNumberResponseSchema,
  changesResponseSchema,
  documentNumberLeaseRequestSchema,
  documentNumberLeaseSchema,
  MAX_PUSH_BATCH,
  pushRequestSchema,
  pushResponseSchema,
} from '../sync/protocol';
import type { BRIDGE_METHODS, BridgeMethod } from './methods';
import { hallChannels } from './hall-channels';
import { idCardChannels } from './idcard-channels';
import { peopleChannels } from './people-channels';
import { scanChannels } from './scan-channels';
import { workstationAdminChannels } from './workstation-admin-channels';
import { ticketSchema } from '../sync/enrollment-ticket-protocol';
import { findUncleanText, formatTextPath } from '../util/clean-text';

export { BRIDGE_METHODS, type BridgeMethod } from './methods';

const empty = z.object({}).strict();

export const settingsViewSchema = z.object({
  identity: workstationIdentitySchema.nullable(),
  hubUrl: z.string(),
  enrolled: z.boolean(),
  workstationId: z.string().nullable(),
  printer: z.string().nullable(),
  /** null until saved in 设置; the renderer then uses defaults from the hall's place. */
  documents: documentSettingsSchema.nullable(),
  /** 法定节假日安排 entered in 设置; the renderer merges them with the bundled seed (holiday-schedule.ts). */
  holidayYears: holidayYearsSchema,
  /** The document camera (高拍仪) last chosen at this window; null until one is chosen. */
  camera: cameraChoiceSchema.nullable(),
  /** The hub's announced suite: the renderer hashes new events with it (crypto-suite.ts). */
  cryptoSuite: cryptoSuiteSchema,
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

export const appInfoSchema = z.object({
  shell: z.enum(['electron', 'browser']),
  version: z.string(),
  dataDir: z.string(),
  /**
   * How this host enrolls at its hub: 'code' when it holds the province's enrollment code
   * (the embedded demo pair), 'ticket' when the setup wizard must ask for a 注册票据.
   */
  enrollment: z.enum(['code', 'ticket']),
});

/** A PDF is at most a few hundred KB; the cap keeps a runaway renderer from flooding the host. */
export const MAX_PDF_BYTES = 8 * 1024 * 1024;

/** A bare file name (no path, no characters Windows or CUPS choke on) ending in .pdf. */
function isSafePdfFileName(name: string): boolean {
  const hasControl = Array.from(name).some((char) => char.charCodeAt(0) < 0x20);
  return !hasControl && /^[^/\\:*?"<>|]{1,120}\.pdf$/.test(name) && !name.startsWith('.');
}

export const printRequestSchema = z.object({
  /** File name without directory, e.g. 受理回执-5101040101202611290001.pdf */
  fileName: z.string().refine(isSafePdfFileName, { message: '文件名不合法' }),
  pdfBase64: z
    .string()
    .max(Math.ceil((MAX_PDF_BYTES * 4) / 3) + 4, { message: 'PDF 文件过大' })
    .refine((text) => text.startsWith('JVBERi0'), { message: '内容不是 PDF 文件' }),
});
export const printResultSchema = z.object({
  outcome: z.enum(['printed', 'saved']),
  printer: z.string().nullable(),
  savedPath: z.string(),
  jobId: z.string().nullable(),
});
/** A printer as the OS names it: CUPS queue or Windows printer (spaces and \\server\name allowed). */
export const printerNameSchema = z
  .string()
  .trim()
  .min(1, { message: '请选择打印机' })
  .max(127, { message: '打印机名称过长' })
  .refine((name) => Array.from(name).every((char) => char.charCodeAt(0) >= 0x20) && !name.startsWith('-'), { message: '打印机名称不合法' });
/** null = the system's default camera. */
export const saveCameraSchema = z.object({ camera: cameraChoiceSchema.nullable() });
/** null = the system's default printer. */
export const savePrinterSchema = z.object({ printer: printerNameSchema.nullable() });
export const printersSchema = z.object({
  printers: z.array(z.object({ name: z.string(), description: z.string(), isDefault: z.boolean() })),
});
export type PrinterList = z.infer<typeof printersSchema>;

export type PrintRequest = z.infer<typeof printRequestSchema>;
export type PrintResult = z.infer<typeof printResultSchema>;

/** Unsynced local events, also written to a disk journal: IndexedDB can fail (quota, a
 * corrupt backing store) and a clerk's accepted case must survive that. */
export const journalAppendSchema = z.object({ events: z.array(caseEventSchema).min(1).max(MAX_PUSH_BATCH) });
export const journalAcknowledgeSchema = z.object({ eventIds: z.array(ulidSchema).min(1).max(5_000) });

/** Something in the journal that could not be read: reported, never skipped in silence. */
export const journalProblemSchema = z.object({
  kind: z.enum([
    /** The last line of a segment is incomplete: a power cut or crash during an append. */
    'torn-tail',
    /** A line that is not a valid case event (disk damage, an edit by hand). */
    'damaged-line',
    /** A whole segment file could not be read. */
    'unreadable-segment',
    /** The journal directory itself could not be read, or the host could not be reached. */
    'unreadable-journal',
  ]),
  /** Full path of the file concerned (the directory for 'unreadable-journal'; '' when unknown). */
  file: z.string(),
  /** 1-based line in that file; null when the whole file is concerned. */
  line: z.number().int().positive().nullable(),
  /** What the damaged line seems to belong to, when those fields could still be made out. */
  eventId: z.string().nullable(),
  caseId: z.string().nullable(),
  /** Why, in Chinese, for the clerk or the administrator. */
  reason: z.string(),
});
export type JournalProblem = z.infer<typeof journalProblemSchema>;
export const journalPendingSchema = z.object({ events: z.array(caseEventSchema), problems: z.array(journalProblemSchema) });
export type JournalReading = z.infer<typeof journalPendingSchema>;
/** Whether the journal can take new events right now, and how full it is. */
export const journalStatusSchema = z.object({
  writable: z.boolean(),
  /** Why not, in Chinese; null when writable. */
  reason: z.string().nullable(),
  pendingEvents: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  maxBytes: z.number().int().positive(),
});
export type JournalStatus = z.infer<typeof journalStatusSchema>;

/**
 * The first set-up (or a hall move): the identity, and the 注册票据 a hall administrator
 * issued for it when the host holds no enrollment code; the host enrolls with it at once.
 */
export const saveIdentitySchema = workstationIdentitySchema.and(z.object({ ticket: ticketSchema.optional() }));

export const bridgeContract = {
  'app:info': { input: empty, output: appInfoSchema },
  'settings:get': { input: empty, output: settingsViewSchema },
  'settings:saveIdentity': { input: saveIdentitySchema, output: settingsViewSchema },
  'settings:saveDocuments': { input: documentSettingsInputSchema, output: settingsViewSchema },
  'settings:savePrinter': { input: savePrinterSchema, output: settingsViewSchema },
  'settings:saveCamera': { input: saveCameraSchema, output: settingsViewSchema },
  'settings:saveHolidayYear': { input: holidayYearSchema, output: settingsViewSchema },
  'settings:removeHolidayYear': { input: removeHolidayYearSchema, output: settingsViewSchema },
  'sync:push': { input: pushRequestSchema, output: pushResponseSchema },
  'sync:pull': { input: changesQuerySchema, output: changesResponseSchema },
  /** Resolves when the hub's feed has news after `cursor` (or after `waitMs` without). */
  'sync:waitForChanges': { input: changesWaitQuerySchema, output: changesWaitResponseSchema },
  'sync:leaseDocumentNumbers': { input: documentNumberLeaseRequestSchema, output: documentNumberLeaseSchema },
  'sync:fetchCase': { input: caseLogQuerySchema, output: caseLogResponseSchema },
  'sync:lastCaseNumber': { input: lastCaseNumberQuerySchema, output: lastCaseNumberResponseSchema },
  /** Which acknowledged events the hub lacks (a restore), with its feed epoch and head. */
  'sync:checkDelivered': { input: deliveryCheckRequestSchema, output: deliveryCheckResponseSchema },
  'print:pdf': { input: printRequestSchema, output: printResultSchema },
  'print:printers': { input: empty, output: printersSchema },
  'journal:append': { input: journalAppendSchema, output: z.object({ pending: z.number().int() }) },
  'journal:acknowledge': { input: journalAcknowledgeSchema, output: z.object({ pending: z.number().int() }) },
  'journal:pending': { input: empty, output: journalPendingSchema },
  'journal:status': { input: empty, output: journalStatusSchema },
  'receipt:seal': {
    input: z.object({ caseNumber: z.string().regex(/^\d{22}$/), queryPassword: z.string().regex(/^\d{6}$/) }),
    /** `verifyUrl`: the sealed code on this workstation's hub's public receipt page (hub/routes/receipt-check.ts). */
    output: z.object({ qr: z.string(), verifyUrl: z.string().optional() }),
  },
  ...scanChannels,
  ...peopleChannels,
  ...hallChannels,
  ...workstationAdminChannels,
  ...idCardChannels,
} as const;

export type BridgeChannel = keyof typeof bridgeContract;
export type BridgeInput<C extends BridgeChannel> = z.input<(typeof bridgeContract)[C]['input']>;
export type BridgeParsedInput<C extends BridgeChannel> = z.output<(typeof bridgeContract)[C]['input']>;
export type BridgeOutput<C extends BridgeChannel> = z.output<(typeof bridgeContract)[C]['output']>;

/** Errors cross the bridge as data, with a Chinese message the UI can show as is. */
export interface BridgeFailure {
  code: string;
  message: string;
}
export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeFailure };

export type BridgeApi = {
  [M in BridgeMethod]: (
    input: BridgeInput<(typeof BRIDGE_METHODS)[M]>,
  ) => Promise<BridgeResult<BridgeOutput<(typeof BRIDGE_METHODS)[M]>>>;
};

/** The host's side: one async function per channel, given already-parsed input. */
export type BridgeHandlers = {
  [C in BridgeChannel]: (input: BridgeParsedInput<C>) => Promise<BridgeOutput<C>>;
};

/** Thrown by handlers for failures the clerk should read. */
export class BridgeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

/** Parses unknown input for a channel and runs its handler; never throws. */
export async function dispatchBridgeCall(
  handlers: BridgeHandlers,
  channel: string,
  rawInput: unknown,
): Promise<BridgeResult<unknown>> {
  if (!Object.hasOwn(bridgeContract, channel)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `未知的调用：${channel}` } };
  }
  const name = channel as BridgeChannel;
  const [unclean] = findUncleanText(rawInput, 1);
  if (unclean) return { ok: false, error: { code: 'BAD_INPUT', message: `${formatTextPath(unclean.path) || '输入'}${unclean.message}` } };
  const parsed = bridgeContract[name].input.safeParse(rawInput);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, error: { code: 'BAD_INPUT', message: first ? first.message : '输入不合法' } };
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof BridgeError) return { ok: false, error: { code: error.code, message: error.message } };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL', message: `处理失败：${detail}` } };
  }
}
