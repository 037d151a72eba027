/** The idle lock: only the signed-in person's password opens the screen; 换人 signs them out. */
import { Alert, Button, Card, Input, Space } from 'antd';
import { useState } from 'react';
import type { SessionView } from '../../../shared/bridge/people-channels';
import { bridge } from '../../bridge/bridge';

export function LockScreen({
  session,
  onUnlocked,
  onSignOut,
}: {
  session: SessionView;
  onUnlocked(session: SessionView): void;
  onSignOut(): void;
}) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const unlock = async () => {
    setBusy(true);
    const result = await bridge().unlockScreen({ password });
    setBusy(false);
    setPassword('');
    if (result.ok) return onUnlocked(result.value);
    setError(result.error.message);
    if (result.error.code === 'ACCOUNT_LOCKED') onSignOut();
  };
  return (
    <div style={{ maxWidth: 420, margin: '96px auto' }} data-testid="lock-screen">
      <Card title="屏幕已锁定">
        <p>
          当前登录：{session.account.name}（{session.account.username}）。长时间未操作，屏幕已锁定。
        </p>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.Password
            id="unlockPassword"
            placeholder="请输入密码解锁"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            onPressEnter={() => void unlock()}
          />
          <Space>
            <Button type="primary" loading={busy} onClick={() => void unlock()}>
              解锁
            </Button>
            <Button onClick={onSignOut}>换人登录</Button>
          </Space>
        </Space>
      </Card>
    </div>
  );
}
