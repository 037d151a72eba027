/**
 * The sandboxed preload (bundled to dist/electron/preload.cjs): exposes `window.chuanyu`,
 * one named method per bridge channel, each a plain ipcRenderer.invoke. Nothing else of
 * Electron reaches the page. Only 'electron' may be required here, so this file imports the
 * zod-free method map and types only; validation happens in main.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { BridgeApi } from '../../shared/bridge/contract';
import { BRIDGE_GLOBAL_NAME, BRIDGE_METHODS } from '../../shared/bridge/methods';

const bridge = {
  appInfo: (input) => ipcRenderer.invoke(BRIDGE_METHODS.appInfo, input),
  getSettings: (input) => ipcRenderer.invoke(BRIDGE_METHODS.getSettings, input),
  saveIdentity: (input) => ipcRenderer.invoke(BRIDGE_METHODS.saveIdentity, input),
  saveDocuments: (input) => ipcRenderer.invoke(BRIDGE_METHODS.saveDocuments, input),
  savePrinter: (input) => ipcRenderer.invoke(BRIDGE_METHODS.savePrinter, input),
  saveCamera: (input) => ipcRenderer.invoke(BRIDGE_METHODS.saveCamera, input),
  saveHolidayYear: (input) => ipcRenderer.invoke(BRIDGE_METHODS.saveHolidayYear, input),
  removeHolidayYear: (input) => ipcRenderer.invoke(BRIDGE_METHODS.removeHolidayYear, input),
  pushEvents: (input) => ipcRenderer.invoke(BRIDGE_METHODS.pushEvents, input),
  pullChanges: (input) => ipcRenderer.invoke(BRIDGE_METHODS.pullChanges, input),
  waitForChanges: (input) => ipcRenderer.invoke(BRIDGE_METHODS.waitForChanges, input),
  leaseDocumentNumbers: (input) => ipcRenderer.invoke(BRIDGE_METHODS.leaseDocumentNumbers, input),
  fetchCase: (input) => ipcRenderer.invoke(BRIDGE_METHODS.fetchCase, input),
  lastCaseNumber: (input) => ipcRenderer.invoke(BRIDGE_METHODS.lastCaseNumber, input),
  checkDelivered: (input) => ipcRenderer.invoke(BRIDGE_METHODS.checkDelivered, input),
  printPdf: (input) => ipcRenderer.invoke(BRIDGE_METHODS.printPdf, input),
  listPrinters: (input) => ipcRenderer.invoke(BRIDGE_METHODS.listPrinters, input),
  journalAppend: (input) => ipcRenderer.invoke(BRIDGE_METHODS.journalAppend, input),
  journalAcknowledge: (input) => ipcRenderer.invoke(BRIDGE_METHODS.journalAcknowledge, input),
  journalPending: (input) => ipcRenderer.invoke(BRIDGE_METHODS.journalPending, input),
  journalStatus: (input) => ipcRenderer.invoke(BRIDGE_METHODS.journalStatus, input),
  sealReceipt: (input) => ipcRenderer.invoke(BRIDGE_METHODS.sealReceipt, input),
  scanUploadBegin: (input) => ipcRenderer.invoke(BRIDGE_METHODS.scanUploadBegin, input),
  scanUploadChunk: (input) => ipcRenderer.invoke(BRIDGE_METHODS.scanUploadChunk, input),
  scanUploadComplete: (input) => ipcRenderer.invoke(BRIDGE_METHODS.scanUploadComplete, input),
  scanInfo: (input) => ipcRenderer.invoke(BRIDGE_METHODS.scanInfo, input),
  scanFetchChunk: (input) => ipcRenderer.invoke(BRIDGE_METHODS.scanFetchChunk, input),
  scanJournalWrite: (input) => ipcRenderer.invoke(BRIDGE_METHODS.scanJournalWrite, input),
  scanJournalSeal: (input) => ipcRenderer.invoke(BRIDGE_METHODS.scanJournalSeal, input),
  scanJournalRelease: (input) => ipcRenderer.invoke(BRIDGE_METHODS.scanJournalRelease, input),
  scanJournalList: (input) => ipcRenderer.invoke(BRIDGE_METHODS.scanJournalList, input),
  scanJournalRead: (input) => ipcRenderer.invoke(BRIDGE_METHODS.scanJournalRead, input),
  peopleStatus: (input) => ipcRenderer.invoke(BRIDGE_METHODS.peopleStatus, input),
  bootstrapAdmin: (input) => ipcRenderer.invoke(BRIDGE_METHODS.bootstrapAdmin, input),
  signIn: (input) => ipcRenderer.invoke(BRIDGE_METHODS.signIn, input),
  signOut: (input) => ipcRenderer.invoke(BRIDGE_METHODS.signOut, input),
  lockScreen: (input) => ipcRenderer.invoke(BRIDGE_METHODS.lockScreen, input),
  unlockScreen: (input) => ipcRenderer.invoke(BRIDGE_METHODS.unlockScreen, input),
  listAccounts: (input) => ipcRenderer.invoke(BRIDGE_METHODS.listAccounts, input),
  createAccount: (input) => ipcRenderer.invoke(BRIDGE_METHODS.createAccount, input),
  updateAccount: (input) => ipcRenderer.invoke(BRIDGE_METHODS.updateAccount, input),
  listAudit: (input) => ipcRenderer.invoke(BRIDGE_METHODS.listAudit, input),
  hallCases: (input) => ipcRenderer.invoke(BRIDGE_METHODS.hallCases, input),
  hallExportCases: (input) => ipcRenderer.invoke(BRIDGE_METHODS.hallExportCases, input),
  hallWarnings: (input) => ipcRenderer.invoke(BRIDGE_METHODS.hallWarnings, input),
  hallWorkload: (input) => ipcRenderer.invoke(BRIDGE_METHODS.hallWorkload, input),
  hallDashboard: (input) => ipcRenderer.invoke(BRIDGE_METHODS.hallDashboard, input),
  hallMonthlyReport: (input) => ipcRenderer.invoke(BRIDGE_METHODS.hallMonthlyReport, input),
  hallFollowUps: (input) => ipcRenderer.invoke(BRIDGE_METHODS.hallFollowUps, input),
  mySupervisions: (input) => ipcRenderer.invoke(BRIDGE_METHODS.mySupervisions, input),
  idCardStatus: (input) => ipcRenderer.invoke(BRIDGE_METHODS.idCardStatus, input),
  readIdCard: (input) => ipcRenderer.invoke(BRIDGE_METHODS.readIdCard, input),
  setIdCardReaderMode: (input) => ipcRenderer.invoke(BRIDGE_METHODS.setIdCardReaderMode, input),
} satisfies BridgeApi;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL_NAME, bridge);
