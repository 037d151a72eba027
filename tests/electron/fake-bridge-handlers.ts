/** Bridge handlers whose calls the tests can count; each returns a minimal valid answer. */
import { vi } from 'vitest';
import type { BridgeHandlers, SettingsView } from '../../shared/bridge/contract';

const ADMIN = { id: '01JD0000000000000000000ADM', hallCode: '51010401', username: 'admin01', name: '周管理', roles: ['admin' as const], active: true };
const SESSION = { account: ADMIN, mode: 'online' as const, signedInAt: '2026-12-01T00:00:00.000Z', locked: false };
const EMPTY_SETTINGS: SettingsView = { identity: null, hubUrl: '', enrolled: false, workstationId: null, printer: null, documents: null, holidayYears: [], camera: null, cryptoSuite: 'ecdsa-p256-sha256' };

const NO_READER = { mode: 'none' as const, device: 'none' as const, connected: false, message: '身份证阅读器已关闭' };

export function fakeBridgeHandlers() {
  return {
    'app:info': vi.fn(async () => ({ shell: 'electron' as const, version: '0.1.0', dataDir: '/data', enrollment: 'code' as const })),
    'settings:get': vi.fn(async () => EMPTY_SETTINGS),
    'settings:saveIdentity': vi.fn(async () => EMPTY_SETTINGS),
    'settings:saveDocuments': vi.fn(async () => EMPTY_SETTINGS),
    'settings:savePrinter': vi.fn(async () => EMPTY_SETTINGS),
    'settings:saveCamera': vi.fn(async () => EMPTY_SETTINGS),
    'settings:saveHolidayYear': vi.fn(async () => EMPTY_SETTINGS),
    'settings:removeHolidayYear': vi.fn(async () => EMPTY_SETTINGS),
    'sync:push': vi.fn(async () => ({ results: [] })),
    'sync:pull': vi.fn(async () => ({ changes: [], nextCursor: '0', hasMore: false })),
    'sync:waitForChanges': vi.fn(async () => ({ news: false })),
    'sync:leaseDocumentNumbers': vi.fn(async () => ({ hallCode: '51010401', kind: 'notify' as const, year: 2026, from: 1, to: 50 })),
    'sync:fetchCase': vi.fn(async () => ({ events: [] })),
    'sync:lastCaseNumber': vi.fn(async () => ({ prefix: '510104010320261207', lastSequence: 0 })),
    'sync:checkDelivered': vi.fn(async () => ({ epoch: 'epoch-1', head: '0', missing: [] })),
    'print:pdf': vi.fn(async () => ({ outcome: 'saved' as const, printer: null, savedPath: '/tmp/x.pdf', jobId: null })),
    'print:printers': vi.fn(async () => ({ printers: [] })),
    'journal:append': vi.fn(async () => ({ pending: 0 })),
    'journal:acknowledge': vi.fn(async () => ({ pending: 0 })),
    'journal:pending': vi.fn(async () => ({ events: [], problems: [] })),
    'journal:status': vi.fn(async () => ({ writable: true, reason: null, pendingEvents: 0, bytes: 0, maxBytes: 1 })),
    'receipt:seal': vi.fn(async () => ({ qr: 'CYTB2:x' })),
    'scans:uploadBegin': vi.fn(async () => ({ status: 'complete' as const })),
    'scans:uploadChunk': vi.fn(async () => ({ offset: 0, stored: true })),
    'scans:uploadComplete': vi.fn(async () => ({ status: 'complete' as const })),
    'scans:info': vi.fn(async () => ({ sha256: '0'.repeat(64), bytes: 1, mimeType: 'image/png' as const, chunkSize: 1 })),
    'scans:fetchChunk': vi.fn(async () => ({ dataBase64: '' })),
    'scans:journalWrite': vi.fn(async () => ({ written: 0 })),
    'scans:journalSeal': vi.fn(async () => ({ pending: 0 })),
    'scans:journalRelease': vi.fn(async () => ({ pending: 0 })),
    'scans:journalList': vi.fn(async () => ({ entries: [] })),
    'scans:journalRead': vi.fn(async () => ({ dataBase64: '' })),
    'people:status': vi.fn(async () => ({ session: null, hallHasAccounts: null, knownPeople: [] })),
    'people:bootstrap': vi.fn(async () => SESSION),
    'people:signIn': vi.fn(async () => SESSION),
    'people:signOut': vi.fn(async () => ({ signedOut: true })),
    'people:lock': vi.fn(async () => ({ ...SESSION, locked: true })),
    'people:unlock': vi.fn(async () => SESSION),
    'accounts:list': vi.fn(async () => ({ accounts: [ADMIN] })),
    'accounts:create': vi.fn(async () => ADMIN),
    'accounts:update': vi.fn(async () => ADMIN),
    'accounts:audit': vi.fn(async () => ({ records: [] })),
    'hall:cases': vi.fn(async () => ({ rows: [], total: 0, nextCursor: null })),
    'hall:exportCases': vi.fn(async () => ({ fileName: '大厅办件.xlsx', rows: 0, dataBase64: '' })),
    'hall:warnings': vi.fn(async () => ({ today: '2026-12-01', soonUntil: '2026-12-02', receiving: { dueSoon: [], overdue: [] }, handling: { dueSoon: [], overdue: [] } })),
    'hall:workload': vi.fn(async () => ({ rows: [] })),
    'hall:dashboard': vi.fn(async () => ({ volume: [], byMatter: [], byMode: [], totals: { opened: 0, accepted: 0, decided: 0, decidedOnTime: 0, notified: 0, refused: 0, averageWorkingDays: null }, overdueByMatter: [], ratings: [] })),
    'hall:monthlyReport': vi.fn(async () => ({ month: '2026-11', totals: { opened: 0, accepted: 0, notified: 0, refused: 0, decided: 0, decidedOnTime: 0, decidedLate: 0 }, byMatter: [], byWindow: [], ratings: [] })),
    'hall:followUps': vi.fn(async () => ({ rows: [] })),
    'hall:mySupervisions': vi.fn(async () => ({ supervisions: [] })),
    'workstations:issueTicket': vi.fn(async () => ({ ticket: 'ABCDEFGHJKMNPQRS', hallCode: '51010401', window: 4, expiresAt: '2026-01-02T00:00:00.000Z' })),
    'workstations:list': vi.fn(async () => ({ workstations: [] })),
    'workstations:revoke': vi.fn(async () => ({ done: true as const })),
    'workstations:resetKey': vi.fn(async () => ({ done: true as const })),
    'workstations:actions': vi.fn(async () => ({ actions: [] })),
    'idcard:status': vi.fn(async () => NO_READER),
    'idcard:read': vi.fn(async () => ({ ok: false as const, failure: 'no-reader' as const, message: '未连接身份证阅读器' })),
    'idcard:setMode': vi.fn(async () => NO_READER),
  } satisfies BridgeHandlers;
}
