import { Alert, Button } from 'antd';
import { useState } from 'react';
import { eventJournal } from '../data/event-journal';
import { useJournalHealth, useJournalHealthChecks } from './use-journal-health';

/**
 * The red banner while the disk journal is not protecting new cases: what went wrong, what it
 * means for cases taken meanwhile, and a way to check again once it is fixed.
 */
export function JournalHealthBanner() {
  useJournalHealthChecks();
  const health = useJournalHealth();
  const [checking, setChecking] = useState(false);
  if (health.state !== 'failing') return null;
  const since = new Date(health.since).toLocaleTimeString('zh-CN');
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="journal-failing"
      message="磁盘日志未在保护新办件"
      description={
        <>
          <div>{health.reason}</div>
          <div>
            自 {since}{' '}
            起新办理的办件只保存在本机浏览器数据库中，同步到交换平台之前若该数据库损坏或被清除将无法恢复；新建办件时受理、一次性告知和不予受理会先请您确认。请联系管理员排除故障，并保持交换平台连接以尽快同步。
          </div>
        </>
      }
      action={
        <Button
          size="small"
          loading={checking}
          onClick={() => {
            setChecking(true);
            void eventJournal.checkHealth().finally(() => setChecking(false));
          }}
        >
          重新检查
        </Button>
      }
    />
  );
}
