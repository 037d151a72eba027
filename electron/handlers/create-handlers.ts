/**
 * The host's bridge handlers, shared by both ends: Electron's ipcMain (electron/main) and
 * the browser-mode HTTP host (electron/browser-host). Input arrives already parsed by
 * dispatchBridgeCall; anything the clerk should read is thrown as a BridgeError.
 */
import { BridgeError, type BridgeHandlers } from '../../shared/bridge/contract';
import type { ProvinceCode } from '../../shared/domain/region/provinces';
import type { SettingsService } from '../settings/settings-service';
import { renewalDue, termFromNow } from '../settings/token-term';
import { createHubClient, type HubClient } from './hub-client';
import { createEventJournal } from './event-journal';
import { cupsPrintBackend } from './cups-printers';
import type { PrintBackend } from './print-backend';
import { ensurePrivateDir } from '../private-files';
import { printPdf } from './print-pdf';
import { printsFolder } from './prints-folder';
import { choosePrintDestination } from './printer-choice';
import { createScanHandlers } from './scan-handlers';
import { createScanJournal } from './scan-journal';
import { hasWorkstationKey, loadWorkstationKey, type WorkstationKey } from './workstation-key';
import { sealAlgorithmOfSuite } from '../../shared/cryptography/crypto-suite';
import { formatSealedQr, receiptSealMessage } from '../../shared/domain/seal/receipt-seal';
import { receiptVerifyUrl } from '../../shared/domain/seal/receipt-verify-url';
import { enrollmentProofMessage } from '../../shared/sync/enrollment-proof';
import type { EnrollResponse } from '../../shared/sync/protocol';
import type { EnrollmentCodes } from '../../shared/sync/enrollment-codes';
import { PROVINCE_CODES } from '../../shared/domain/region/provinces';
import { createAuditOutbox } from './people/audit-outbox';
import { createOfflineVerifiers } from './people/offline-verifiers';
import { createPeopleService, type WithStaffHub } from './people/people-service';
import { createStaffHubClient } from './people/staff-hub-client';
import { createHallHandlers } from './people/hall-handlers';
import { createWorkstationAdminHandlers } from './people/workstation-admin-handlers';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import type { IdCardReader } from '../../shared/devices/id-card/id-card';
import { createIdCardService } from '../devices/id-card/id-card-service';

export interface HostContext {
  shell: 'electron' | 'browser';
  version: string;
  dataDir: string;
  settings: SettingsService;
  /** Hub per province; a deployment that runs one hub lists the same URL for both. */
  hubUrls: Record<ProvinceCode, string>;
  /** Enrollment code per province hub, where the host knows one (embedded hubs); else tickets only. */
  enrollmentCodes: EnrollmentCodes;
  /** How PDFs reach paper; CUPS unless the host knows better (Electron on Windows). */
  printing?: PrintBackend;
  /** The hardware ID-card reader (SDTAPI, Electron on Windows); without it 自动 means none. */
  createIdCardReader?: () => IdCardReader;
}

export function createHandlers(context: HostContext): BridgeHandlers {
  const { settings } = context;
  const printing = context.printing ?? cupsPrintBackend;
  const printsDir = printsFolder(context.dataDir);
  const printDestination = async () =>
    choosePrintDestination(settings.read().printer, await printing.listPrinters(), printing.osNamesDefault);
  const journal = createEventJournal(context.dataDir);
  // Loaded lazily: browser-host tests and a first run without identity never need it.
  let key: WorkstationKey | undefined;
  // A first key is made in the suite the hub announced; an existing key is pinned and kept.
  const workstationKey = () => (key ??= loadWorkstationKey(context.dataDir, sealAlgorithmOfSuite(settings.read().cryptoSuite)));
  /** Before the first enrollment the hub has announced nothing yet: ask it, then make the key. */
  const keyForEnrollment = async (client: HubClient) => {
    if (!key && !hasWorkstationKey(context.dataDir)) {
      const { cryptoSuite } = await client.health();
      if (cryptoSuite) settings.saveCryptoSuite(cryptoSuite);
    }
    return workstationKey();
  };

  /**
   * Calls the province hub with this workstation's token. Enrolls on first use, so a
   * workstation set up offline enrolls when the hub appears, and once more when the hub no
   * longer knows the token (a hub rebuilt from scratch, or a different hub configured).
   * The URL is looked up per call: embedded hubs may listen on other ports after a restart.
   */
  /** The workstation's public key with a fresh proof of holding it, for enrolling or renewing. */
  const signedKey = async (client: HubClient, identity: WorkstationIdentity, workstationId: string) => {
    const { publicKey, sign } = await keyForEnrollment(client);
    const at = new Date().toISOString();
    const message = enrollmentProofMessage({
      province: identity.province,
      workstationId,
      hallCode: identity.hall.code,
      window: identity.window,
      publicKey,
      at,
    });
    return { publicKey, proof: { at, signature: Buffer.from(sign(message)).toString('base64') } };
  };

  /**
   * Enrolls with a 注册票据 before the identity is saved: a ticket the hub refuses leaves the
   * settings as they were, so the wizard can be sent again with a corrected ticket.
   */
  async function enrollWithTicket(identity: WorkstationIdentity, ticket: string): Promise<EnrollResponse> {
    const hubUrl = context.hubUrls[identity.province];
    if (!hubUrl) throw new BridgeError('NO_HUB', '未配置本省的交换平台地址，无法使用注册票据注册');
    const client = createHubClient(hubUrl);
    const workstationId = settings.ensureWorkstationId();
    return client.enroll({ ticket, workstationId, identity, ...(await signedKey(client, identity, workstationId)) });
  }

  // One renewal at a time: a sync round and a print may both find the token due.
  let renewing: Promise<string> | undefined;

  async function withHub<T>(call: (client: HubClient, token: string) => Promise<T>): Promise<T> {
    const { identity, workstationId, hubToken, hubTokenTerm } = settings.read();
    if (!identity || !workstationId) throw new BridgeError('NOT_SET_UP', '请先完成工作站设置');
    const client = createHubClient(context.hubUrls[identity.province]);
    // Only the workstation's own province's code: the other province's hub has its own.
    const enrollmentCode = context.enrollmentCodes[identity.province];
    const enroll = async () => {
      if (!enrollmentCode) throw new BridgeError('NOT_ENROLLED', '工作站尚未在交换平台注册，请向大厅系统管理员申请注册票据');
      const enrolled = await client.enroll({
        enrollmentCode,
        workstationId,
        identity,
        ...(await signedKey(client, identity, workstationId)),
      });
      settings.saveHubToken(enrolled.token, termFromNow(enrolled.tokenExpiresAt, new Date()));
      if (enrolled.cryptoSuite) settings.saveCryptoSuite(enrolled.cryptoSuite);
      return enrolled.token;
    };
    // The token comes back renewed with the pinned key's signature: no ticket, no code, no person.
    const renew = () =>
      (renewing ??= (async () => {
        const renewed = await client.renew({ workstationId, identity, ...(await signedKey(client, identity, workstationId)) });
        settings.saveHubToken(renewed.token, termFromNow(renewed.expiresAt, new Date()));
        return renewed.token;
      })().finally(() => {
        renewing = undefined;
      }));
    let token = hubToken ?? (await enroll());
    // Renewed ahead of expiry; if the hub cannot renew now, the current token still works.
    if (hubToken && renewalDue(hubTokenTerm, new Date())) token = await renew().catch(() => token);
    try {
      return await call(client, token);
    } catch (error) {
      if (!(error instanceof BridgeError) || error.code !== 'HUB_UNAUTHORIZED') throw error;
      const renewed = await renew().catch(() => undefined);
      if (renewed !== undefined) return call(client, renewed);
      // Revoked, or never had a key: the hub's own message says what to do, unless a code re-enrolls.
      if (!enrollmentCode) throw error;
      return call(client, await enroll());
    }
  }

  const withStaffHub: WithStaffHub = (call) =>
    withHub((_client, token) => call(createStaffHubClient(context.hubUrls[settings.read().identity?.province ?? '51']), token));
  const people = createPeopleService({
    withStaffHub,
    verifiers: createOfflineVerifiers(context.dataDir),
    auditOutbox: createAuditOutbox(context.dataDir),
    hallCode: () => settings.read().identity?.hall.code ?? null,
  });
  const EDIT_SETTINGS = '修改设置';
  // The setup form asks for a ticket unless a code enrolls whichever province the clerk picks.
  const enrollsByCode = PROVINCE_CODES.every((province) => Boolean(context.enrollmentCodes[province]));
  const idCards = createIdCardService({ mode: () => settings.read().idCardReader, createHardwareReader: context.createIdCardReader });

  return {
    'app:info': async () => ({
      shell: context.shell,
      version: context.version,
      dataDir: context.dataDir,
      enrollment: enrollsByCode ? 'code' : 'ticket',
    }),
    'settings:get': async () => settings.view(),
    'settings:saveIdentity': async ({ ticket, ...identity }) => {
      const before = settings.read();
      // First run sets the hall and window before anyone can sign in; later only an administrator
      // may move it, or a ticket an administrator issued for the place, while not yet enrolled.
      const ticketOpensDoor = ticket !== undefined && before.hubToken === null;
      if (before.identity && !ticketOpensDoor) people.requireRole('admin', '修改工作站所在大厅和窗口');
      const enrolled = ticket === undefined ? null : await enrollWithTicket(identity, ticket);
      settings.saveIdentity(identity, context.hubUrls[identity.province]);
      if (enrolled) {
        settings.saveHubToken(enrolled.token, termFromNow(enrolled.tokenExpiresAt, new Date()));
        if (enrolled.cryptoSuite) settings.saveCryptoSuite(enrolled.cryptoSuite);
      }
      return settings.view();
    },
    'settings:saveDocuments': async (documents) => {
      people.requireRole('admin', EDIT_SETTINGS);
      settings.saveDocuments(documents);
      await people.audit('settings.documents', { documents: { ...documents, sealImage: documents.sealImage ? '(印章图片)' : null } });
      return settings.view();
    },
    'settings:savePrinter': async ({ printer }) => {
      people.requireRole('admin', EDIT_SETTINGS);
      const before = settings.read().printer;
      settings.savePrinter(printer);
      await people.audit('settings.printer', { before, after: printer });
      return settings.view();
    },
    // The clerk at the window picks the camera in the capture dialog: no administrator needed.
    'settings:saveCamera': async ({ camera }) => {
      people.requireRole('clerk', '选择高拍仪');
      settings.saveCamera(camera);
      return settings.view();
    },
    'settings:saveHolidayYear': async (entry) => {
      people.requireRole('admin', '录入节假日安排');
      const before = settings.read().holidayYears.find((saved) => saved.year === entry.year) ?? null;
      settings.saveHolidayYear(entry);
      await people.audit('settings.holidayYear.save', { year: entry.year, before, after: entry });
      return settings.view();
    },
    'settings:removeHolidayYear': async ({ year }) => {
      people.requireRole('admin', '删除节假日安排');
      const before = settings.read().holidayYears.find((entry) => entry.year === year);
      if (!before) {
        throw new BridgeError('NOT_FOUND', `没有录入过${year}年的节假日安排`);
      }
      settings.removeHolidayYear(year);
      await people.audit('settings.holidayYear.remove', { year, before });
      return settings.view();
    },
    ...people.handlers,
    ...createHallHandlers(people, withStaffHub),
    ...createWorkstationAdminHandlers(people),
    'sync:push': (request) =>
      withHub(async (client, token) => {
        const response = await client.push(token, request);
        // Every push brings the hub's suite: a change-over reaches the window at its next sync.
        if (response.cryptoSuite) settings.saveCryptoSuite(response.cryptoSuite);
        return response;
      }),
    'sync:pull': (query) => withHub((client, token) => client.pull(token, query)),
    'sync:waitForChanges': (query) => withHub((client, token) => client.waitForChanges(token, query)),
    'sync:leaseDocumentNumbers': (lease) => withHub((client, token) => client.leaseDocumentNumbers(token, lease)),
    'sync:fetchCase': ({ caseId }) => withHub((client, token) => client.fetchCaseLog(token, caseId)),
    'sync:lastCaseNumber': ({ date }) => withHub((client, token) => client.lastCaseNumber(token, date)),
    'sync:checkDelivered': (request) => withHub((client, token) => client.checkDelivered(token, request)),
    'print:pdf': async (request) => printPdf(request, printsDir, await printDestination(), printing),
    'print:printers': async () => ({ printers: await printing.listPrinters() }),
    'print:destination': printDestination,
    // The answer to "which printer?" at a print, when several are connected and none is the
    // default: any clerk may give it, once; changing it later is 设置's (an administrator's).
    'print:choosePrinter': async ({ printer }) => {
      people.requireRole('clerk', '选择打印机');
      const before = await printDestination();
      if (before.kind !== 'choose')
        throw new BridgeError('PRINTER_ALREADY_SET', '这台电脑的打印机已经确定，如需更换请由系统管理员在“设置”中修改');
      if (!before.printers.some((listed) => listed.name === printer))
        throw new BridgeError('NOT_FOUND', `这台电脑上没有名为“${printer}”的打印机`);
      settings.savePrinter(printer);
      await people.audit('settings.printer', { before: null, after: printer });
      return printDestination();
    },
    'print:openFolder': async () => {
      await ensurePrivateDir(printsDir);
      return { opened: await printing.openFolder(printsDir) };
    },
    'journal:append': async ({ events }) => ({ pending: await journal.append(events) }),
    'journal:acknowledge': async ({ eventIds }) => ({ pending: await journal.acknowledge(eventIds) }),
    'journal:pending': () => journal.pending(),
    'journal:status': () => journal.status(),
    'receipt:seal': async ({ caseNumber, queryPassword }) => {
      const { workstationId } = settings.read();
      if (!workstationId) throw new BridgeError('NOT_SET_UP', '请先完成工作站设置');
      const fields = { caseNumber, queryPassword, workstationId };
      const { algorithm, sign } = workstationKey();
      const qr = formatSealedQr(fields, sign(receiptSealMessage(fields, algorithm)), algorithm);
      const { hubUrl } = settings.read();
      // Upper case (scheme and host are case-insensitive; the hub also serves /R/) keeps the
      // QR in alphanumeric mode: a smaller code that phones read from paper more easily.
      return { qr, ...(hubUrl ? { verifyUrl: receiptVerifyUrl(new URL('/R', hubUrl).toString().toUpperCase(), qr) } : {}) };
    },
    ...createScanHandlers(withHub, createScanJournal(context.dataDir)),
    'idcard:status': () => idCards.status(),
    'idcard:read': () => idCards.read(),
    'idcard:setMode': async ({ mode }) => {
      people.requireRole('admin', '设置身份证阅读器');
      settings.saveIdCardReader(mode);
      return idCards.status();
    },
  };
}
