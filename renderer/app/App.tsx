import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SettingsView } from '../../shared/bridge/contract';
import { PeopleGate } from '../features/people/PeopleGate';
import { SetupPage } from '../features/setup/SetupPage';
import { useLargeFont } from '../workstation/display-preferences';
import { forgetEarlyAnswers, readSettings } from '../workstation/early-requests';
import { markStart } from '../workstation/start-marks';
import { appTheme } from './theme';
import { WorkstationShell } from './WorkstationShell';

/**
 * Honours the system's "reduce motion" setting: antd's dropdown and drawer animations are
 * dropped, which some clerks need and which also keeps a fast typist from racing them.
 */
const REDUCED_MOTION = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
// antd's pickers take month and weekday names from dayjs: Chinese with the zh_CN locale.
dayjs.locale('zh-cn');

type Loaded = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; settings: SettingsView };

export function App() {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const largeFont = useLargeFont();
  const theme = useMemo(() => appTheme({ reducedMotion: REDUCED_MOTION, largeFont }), [largeFont]);

  const reload = useCallback(async () => {
    const result = await readSettings();
    markStart('settings-read');
    if (!result.ok || !result.value.identity || !result.value.workstationId) forgetEarlyAnswers();
    setLoaded(result.ok ? { kind: 'ready', settings: result.value } : { kind: 'error', message: result.error.message });
  }, []);

  useEffect(() => {
    // The first settings read starts the app; later reloads come from the setup and 设置 pages.
    void reload();
  }, [reload]);

  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        {loaded.kind === 'loading' && <Spin fullscreen tip="正在加载…" />}
        {loaded.kind === 'error' && <Result status="error" title="无法读取工作站设置" subTitle={loaded.message} />}
        {loaded.kind === 'ready' && <Ready settings={loaded.settings} reload={reload} />}
      </AntApp>
    </ConfigProvider>
  );
}

/** Set up: people sign in, then work. Not set up: the first-run form. */
function Ready({ settings, reload }: { settings: SettingsView; reload(): Promise<void> }) {
  const { identity, workstationId } = settings;
  if (!identity || !workstationId) return <SetupPage onSaved={reload} />;
  return (
    <PeopleGate identity={identity}>
      {(session, controls) => (
        <WorkstationShell
          // A shift change mounts a fresh shell: nothing of the last person's screens stays.
          key={session.account.id}
          identity={identity}
          session={session}
          controls={controls}
          workstationId={workstationId}
          storedDocuments={settings.documents}
          enteredHolidayYears={settings.holidayYears}
          cryptoSuite={settings.cryptoSuite}
          onSettingsSaved={() => void reload()}
        />
      )}
    </PeopleGate>
  );
}
