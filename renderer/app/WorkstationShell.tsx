import { Badge, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { hashAlgorithmOfSuite, type CryptoSuite } from '../../shared/cryptography/crypto-suite';
import type { DocumentSettings } from '../../shared/domain/document-settings';
import type { HolidayYear } from '../../shared/domain/calendar/holiday-year';
import { provinceName } from '../../shared/domain/region/provinces';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import { bridge } from '../bridge/bridge';
import { effectiveHolidays } from '../catalog/effective-holiday-calendar';
import { appPdfClient } from '../pdf/pdf-client';
import { secureLocalStore, type StorageSafety } from '../data/storage-safety';
import { afterFirstScreen } from '../workstation/after-first-screen';
import { JournalHealthBanner } from './JournalHealthBanner';
import { StorageSafetyBanner } from './StorageSafetyBanner';
import { topUpDocumentNumbers } from '../features/documents/document-number-supply';
import { IntakePage } from '../features/intake/IntakePage';
import { hallDocumentDefaults } from '../features/settings/hall-document-defaults';
import { startScanUploader } from '../sync/scan-uploader';
import { startSyncEngine, type SyncEngine } from '../sync/sync-engine';
import { ConflictNoticeBanner } from '../features/conflicts/ConflictNoticeBanner';
import { useSyncStatus } from '../workstation/use-sync-status';
import { markStart } from '../workstation/start-marks';
import { PendingEventsProvider, usePendingEvents } from '../workstation/pending-events-context';
import { WorkstationContext, type SignedInIdentity, type Workstation } from '../workstation/workstation-context';
import type { SessionView } from '../../shared/bridge/people-channels';
import { canAdminister, canSupervise } from '../../shared/domain/case/staff';
import { SupervisionBanner } from '../features/supervision/SupervisionBanner';
import { ApplicantRatingListener } from '../features/rating/ApplicantRatingListener';
import { draftIdFor } from '../data/drafts.repo';
import type { PersonControls } from '../features/people/PeopleGate';
import { PersonMenu } from '../features/people/PersonMenu';
import { focusWhenReady } from '../features/shortcuts/focus-when-ready';
import { ShortcutHelp } from '../features/shortcuts/ShortcutHelp';
import { useShortcuts } from '../features/shortcuts/use-shortcuts';

// The first screen is 新建办件: every other page is loaded when it is first opened, so the
// bundle a new tab parses before the intake form is only what that form needs (ECharts and
// exceljs, for supervisors, are the largest of the rest).
const SupervisionPage = lazy(async () => ({ default: (await import('../features/supervision/SupervisionPage')).SupervisionPage }));
const CaseListPage = lazy(async () => ({ default: (await import('../features/cases/CaseListPage')).CaseListPage }));
const SyncStatusPage = lazy(async () => ({ default: (await import('../features/sync-status/SyncStatusPage')).SyncStatusPage }));
const MatterGuidePage = lazy(async () => ({ default: (await import('../features/matter-guide/MatterGuidePage')).MatterGuidePage }));
const DailyReportPage = lazy(async () => ({ default: (await import('../features/daily-report/DailyReportPage')).DailyReportPage }));
const SettingsPage = lazy(async () => ({ default: (await import('../features/settings/SettingsPage')).SettingsPage }));
const AccountsPage = lazy(async () => ({ default: (await import('../features/people/AccountsPage')).AccountsPage }));
const WorkstationsPage = lazy(async () => ({ default: (await import('../features/people/WorkstationsPage')).WorkstationsPage }));

type PageKey = 'intake' | 'receiving' | 'handling' | 'sync' | 'guide' | 'report' | 'settings' | 'accounts' | 'workstations' | 'supervision';

// The sync status and the pending count change every round: only these small components
// subscribe to them, so the shell and the open screen do not re-render with each round.
function SyncTag() {
  const status = useSyncStatus();
  const pending = usePendingEvents();
  const label = status.online === null ? '正在连接交换平台' : status.online ? '交换平台在线' : '交换平台离线';
  const color = status.online === null ? 'default' : status.online ? 'green' : 'orange';
  return (
    <Space>
      <Tag color={color} data-testid="hub-status" title={status.lastError ?? undefined}>
        {label}
      </Tag>
      <span data-testid="outbox-count" style={{ color: '#fff' }}>
        待同步 {pending} 条
      </span>
    </Space>
  );
}

function SyncQueueMenuLabel() {
  const pending = usePendingEvents();
  return (
    <Badge count={pending} size="small" offset={[10, 0]}>
      同步队列
    </Badge>
  );
}

/** Leases 文书编号 blocks whenever the hub is reachable, so notices can be numbered offline. */
function DocumentNumberTopUp({ hallCode }: { hallCode: string }) {
  const { online } = useSyncStatus();
  useEffect(() => {
    if (online) void topUpDocumentNumbers(hallCode);
  }, [online, hallCode]);
  return null;
}

interface WorkstationShellProps {
  identity: WorkstationIdentity;
  /** Who is signed in; the shell is mounted afresh for each person. */
  session: SessionView;
  controls: PersonControls;
  workstationId: string;
  /** Saved in 设置; null until then, and the hall's defaults apply. */
  storedDocuments: DocumentSettings | null;
  /** 法定节假日安排 entered in 设置 (the seed covers the rest). */
  enteredHolidayYears: readonly HolidayYear[];
  /** The suite the hub last announced (kept by the host); new events hash with it. */
  cryptoSuite: CryptoSuite;
  /** 设置 saved something: the app re-reads the settings. */
  onSettingsSaved(): void;
}

export function WorkstationShell({
  identity: place,
  session,
  controls,
  workstationId,
  storedDocuments,
  enteredHolidayYears,
  cryptoSuite,
  onSettingsSaved,
}: WorkstationShellProps) {
  const person = session.account;
  // Every screen that prints or records "the clerk" now means the signed-in person.
  const identity = useMemo<SignedInIdentity>(() => ({ ...place, clerk: person.name }), [place, person.name]);
  const [page, setPage] = useState<PageKey>('intake');
  const navigate = useCallback((target: 'new-case' | 'find-case') => {
    setPage(target === 'new-case' ? 'intake' : 'receiving');
    focusWhenReady(target === 'new-case' ? 'input#matterCode' : 'input[data-testid="case-search"], [data-testid="case-search"] input');
  }, []);
  useShortcuts(navigate);
  const [sync, setSync] = useState<SyncEngine | null>(null);
  const [safety, setSafety] = useState<(StorageSafety & { error?: string }) | null>(null);
  const documents = useMemo(() => storedDocuments ?? hallDocumentDefaults(identity), [storedDocuments, identity]);
  const holidays = useMemo(() => effectiveHolidays(enteredHolidayYears), [enteredHolidayYears]);

  // Start the PDF worker once the first screen is up, so its fonts are loaded before the
  // first receipt is printed without slowing the intake form's first paint.
  useEffect(() => afterFirstScreen(() => void appPdfClient()), []);

  useEffect(() => {
    let engine: SyncEngine | undefined;
    let cancelled = false;
    // Restore journaled events before the first sync round, so they are pushed with the rest.
    void secureLocalStore(identity.hall.code)
      .then(setSafety, (error: unknown) =>
        setSafety({
          persisted: false,
          restoredEvents: 0,
          notRestored: { waiting: [], failed: [] },
          journalProblems: [],
          error: String(error),
        }),
      )
      .finally(() => {
        if (cancelled) return;
        markStart('store-secured');
        engine = startSyncEngine({ api: bridge(), myHallCode: identity.hall.code, firstRound: afterFirstScreen });
        setSync(engine);
      });
    return () => {
      cancelled = true;
      engine?.stop();
    };
  }, [identity.hall.code]);

  // Scans of stored cases go to the hub by their own loop (scans must not hold up events).
  useEffect(() => {
    const uploader = startScanUploader({ api: bridge() });
    return () => uploader.stop();
  }, []);

  const workstation = useMemo<Workstation | null>(
    () =>
      sync
        ? {
            identity,
            person,
            draftId: draftIdFor(person.id),
            documents,
            holidays,
            workstationId,
            sync,
            eventHashAlgorithm: hashAlgorithmOfSuite(cryptoSuite),
          }
        : null,
    [identity, person, documents, holidays, workstationId, sync, cryptoSuite],
  );
  if (!workstation) return null;

  const admin = canAdminister(person.roles);
  const items = [
    { key: 'intake', label: '新建办件' },
    { key: 'receiving', label: '本窗口受理' },
    { key: 'handling', label: '待办理（办理地）' },
    { key: 'guide', label: '办事指南查询' },
    { key: 'report', label: '业务日报表' },
    ...(canSupervise(person.roles) ? [{ key: 'supervision', label: '大厅监管' }] : []),
    { key: 'sync', label: <SyncQueueMenuLabel /> },
    // 设置 and accounts are the administrator's: a clerk does not see them (the host refuses too).
    ...(admin
      ? [
          { key: 'settings', label: '设置' },
          { key: 'accounts', label: '账号管理' },
          { key: 'workstations', label: '工作站注册' },
        ]
      : []),
  ];

  return (
    <WorkstationContext.Provider value={workstation}>
      <PendingEventsProvider>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#8e1b1b' }}>
            <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
              川渝通办窗口工作站
            </Typography.Title>
            <span style={{ color: '#fde8e8' }} data-testid="workstation-identity">
              {provinceName(identity.province)} · {identity.hall.name} · {identity.window}号窗口 · {identity.clerk}
            </span>
            <span style={{ marginLeft: 'auto' }}>
              <SyncTag />
            </span>
            <ShortcutHelp />
            <PersonMenu session={session} controls={controls} />
          </Layout.Header>
          <Layout>
            <Layout.Sider width={200} theme="light">
              <Menu
                mode="inline"
                selectedKeys={[page]}
                items={items}
                onClick={({ key }) => setPage(key as PageKey)}
                style={{ height: '100%' }}
              />
            </Layout.Sider>
            <Layout.Content style={{ padding: 24 }}>
              <DocumentNumberTopUp hallCode={identity.hall.code} />
              <JournalHealthBanner />
              <StorageSafetyBanner safety={safety} />
              <ConflictNoticeBanner />
              <SupervisionBanner />
              <ApplicantRatingListener />
              {page === 'intake' && <IntakePage key={person.id} />}
              <Suspense fallback={<Spin tip="正在加载…" />}>
                {page === 'receiving' && <CaseListPage side="receiving" />}
                {page === 'handling' && <CaseListPage side="handling" />}
                {page === 'sync' && <SyncStatusPage />}
                {page === 'guide' && <MatterGuidePage />}
                {page === 'report' && <DailyReportPage />}
                {page === 'settings' && admin && <SettingsPage onSaved={onSettingsSaved} />}
                {page === 'accounts' && admin && <AccountsPage />}
                {page === 'workstations' && admin && <WorkstationsPage />}
                {page === 'supervision' && canSupervise(person.roles) && <SupervisionPage />}
              </Suspense>
            </Layout.Content>
          </Layout>
        </Layout>
      </PendingEventsProvider>
    </WorkstationContext.Provider>
  );
}
