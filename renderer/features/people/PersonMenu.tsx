/** The signed-in person in the header: name and roles, 锁屏, and 交接班 (sign out for the next person). */
import { Button, Space, Tag } from 'antd';
import type { SessionView } from '../../../shared/bridge/people-channels';
import { roleNames } from '../../../shared/domain/case/staff';
import type { PersonControls } from './PeopleGate';

export function PersonMenu({ session, controls }: { session: SessionView; controls: PersonControls }) {
  return (
    <Space style={{ marginLeft: 16 }}>
      <span style={{ color: '#fff' }} data-testid="signed-in-person">
        {session.account.name}（{roleNames(session.account.roles)}）
      </span>
      {session.mode === 'offline' && (
        <Tag color="orange" data-testid="offline-sign-in">
          离线登录
        </Tag>
      )}
      <Button size="small" onClick={controls.lock}>
        锁屏
      </Button>
      <Button size="small" onClick={controls.signOut} data-testid="sign-out">
        交接班
      </Button>
    </Space>
  );
}
