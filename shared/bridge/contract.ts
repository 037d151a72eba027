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
import { printChannels, savePrinterSchema } from './print-channels';
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

/** null = the system's default camera. */
export const saveCameraSchema = z.object({ camera: cameraChoiceSchema.nullable() });

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
  ...printChannels,
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
  [M in BridgeMethod]: (input: BridgeInput<(typeof BRIDGE_METHODS)[M]>) => Promise<BridgeResult<BridgeOutput<(typeof BRIDGE_METHODS)[M]>>>;
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
export async function dispatchBridgeCall(handlers: BridgeHandlers, channel: string, rawInput: unknown): Promise<BridgeResult<unknown>> {
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
