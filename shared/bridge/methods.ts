/**
 * The preload's method name for each bridge channel, kept free of zod so the sandboxed
 * preload (which may only require 'electron') bundles this map and nothing else.
 * contract.ts re-exports it; adding a channel there means adding its method here.
 */
import type { BridgeChannel } from './contract';

/** Name of the global the preload exposes: `window.chuanyu`. */
export const BRIDGE_GLOBAL_NAME = 'chuanyu';

/** Preload method name for each channel: one named method per channel. */
export const BRIDGE_METHODS = {
  appInfo: 'app:info',
  getSettings: 'settings:get',
  saveIdentity: 'settings:saveIdentity',
  saveDocuments: 'settings:saveDocuments',
  savePrinter: 'settings:savePrinter',
  saveCamera: 'settings:saveCamera',
  saveHolidayYear: 'settings:saveHolidayYear',
  removeHolidayYear: 'settings:removeHolidayYear',
  pushEvents: 'sync:push',
  pullChanges: 'sync:pull',
  waitForChanges: 'sync:waitForChanges',
  leaseDocumentNumbers: 'sync:leaseDocumentNumbers',
  fetchCase: 'sync:fetchCase',
  lastCaseNumber: 'sync:lastCaseNumber',
  checkDelivered: 'sync:checkDelivered',
  printPdf: 'print:pdf',
  listPrinters: 'print:printers',
  printDestination: 'print:destination',
  choosePrinter: 'print:choosePrinter',
  openPrintsFolder: 'print:openFolder',
  journalAppend: 'journal:append',
  journalAcknowledge: 'journal:acknowledge',
  journalPending: 'journal:pending',
  journalStatus: 'journal:status',
  sealReceipt: 'receipt:seal',
  scanUploadBegin: 'scans:uploadBegin',
  scanUploadChunk: 'scans:uploadChunk',
  scanUploadComplete: 'scans:uploadComplete',
  scanInfo: 'scans:info',
  scanFetchChunk: 'scans:fetchChunk',
  scanJournalWrite: 'scans:journalWrite',
  scanJournalSeal: 'scans:journalSeal',
  scanJournalRelease: 'scans:journalRelease',
  scanJournalList: 'scans:journalList',
  scanJournalRead: 'scans:journalRead',
  peopleStatus: 'people:status',
  bootstrapAdmin: 'people:bootstrap',
  signIn: 'people:signIn',
  signOut: 'people:signOut',
  lockScreen: 'people:lock',
  unlockScreen: 'people:unlock',
  listAccounts: 'accounts:list',
  createAccount: 'accounts:create',
  updateAccount: 'accounts:update',
  listAudit: 'accounts:audit',
  hallCases: 'hall:cases',
  hallExportCases: 'hall:exportCases',
  hallWarnings: 'hall:warnings',
  hallWorkload: 'hall:workload',
  hallDashboard: 'hall:dashboard',
  hallMonthlyReport: 'hall:monthlyReport',
  hallFollowUps: 'hall:followUps',
  mySupervisions: 'hall:mySupervisions',
  issueEnrollmentTicket: 'workstations:issueTicket',
  listWorkstations: 'workstations:list',
  revokeWorkstation: 'workstations:revoke',
  resetWorkstationKey: 'workstations:resetKey',
  listWorkstationActions: 'workstations:actions',
  idCardStatus: 'idcard:status',
  readIdCard: 'idcard:read',
  setIdCardReaderMode: 'idcard:setMode',
} as const satisfies Record<string, BridgeChannel>;

export type BridgeMethod = keyof typeof BRIDGE_METHODS;
