/**
 * Between the workstation's set-up and its screens: nobody works here without signing in.
 * Shows the first-account form while the hall has no accounts, the sign-in form, or the lock
 * screen; once someone is signed in, renders the workstation for them and locks it when idle.
 */
import { Result, Spin } from 'antd';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { PeopleStatus, SessionView } from '../../../shared/bridge/people-channels';
import { provinceName } from '../../../shared/domain/region/provinces';
import type { WorkstationIdentity } from '../../../shared/domain/region/workstation';
import { bridge } from '../../bridge/bridge';
import { readPeopleStatus } from '../../workstation/early-requests';
import { markStart } from '../../workstation/start-marks';
import { BootstrapAdminPage } from './BootstrapAdminPage';
import { LockScreen } from './LockScreen';
import { SignInPage } from './SignInPage';
import { useIdleLock } from './use-idle-lock';

export interface PersonControls {
  /** 交接班: sign out; the next person signs in at the same workstation. */
  signOut(): void;
  lock(): void;
}

export function PeopleGate({
  identity,
  children,
}: {
  identity: WorkstationIdentity;
  children: (session: SessionView, controls: PersonControls) => ReactNode;
}) {
  const [status, setStatus] = useState<PeopleStatus | { error: string } | null>(null);
  const [session, setSession] = useState<SessionView | null>(null);

  const load = useCallback(async () => {
    const result = await readPeopleStatus();
    markStart('people-status-read');
    if (!result.ok) return setStatus({ error: result.error.message });
    setStatus(result.value);
    setSession(result.value.session);
  }, []);
  useEffect(() => void load(), [load]);

  const signOut = useCallback(() => {
    setSession(null);
    setStatus(null);
    void bridge()
      .signOut({})
      .finally(() => void load());
  }, [load]);
  const lock = useCallback(() => {
    void bridge()
      .lockScreen({})
      .then((result) => result.ok && setSession(result.value));
  }, []);
  const active = session !== null && !session.locked;
  useIdleLock(lock, active);

  if (status === null) return <Spin fullscreen tip="正在加载…" />;
  if ('error' in status) return <Result status="error" title="无法读取登录状态" subTitle={status.error} />;
  const place = `${provinceName(identity.province)} · ${identity.hall.name} · ${identity.window}号窗口`;
  if (!session) {
    return status.hallHasAccounts === false ? (
      <BootstrapAdminPage hallName={identity.hall.name} onSignedIn={setSession} />
    ) : (
      <SignInPage status={status} place={place} onSignedIn={setSession} />
    );
  }
  if (session.locked) return <LockScreen session={session} onUnlocked={setSession} onSignOut={signOut} />;
  return <>{children(session, { signOut, lock })}</>;
}
