import { Alert } from 'antd';
import type { StorageSafety } from '../data/storage-safety';

/** Tells the clerk when the offline store is at risk, and when the journal saved the day. */
export function StorageSafetyBanner({ safety }: { safety: (StorageSafety & { error?: string }) | null }) {
  if (!safety) return null;
  if (safety.error) {
    return <Alert type="error" showIcon style={{ marginBottom: 16 }} message="本机数据检查失败" description={safety.error} />;
  }
  return (
    <>
      {safety.restoredEvents > 0 && (
        <Alert type="success" showIcon closable style={{ marginBottom: 16 }} message={`已从磁盘日志恢复 ${safety.restoredEvents} 个未保存的办件事件，稍后自动同步`} />
      )}
      {safety.notRestored.waiting.length + safety.notRestored.failed.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable
          style={{ marginBottom: 16 }}
          data-testid="journal-not-restored"
          message={`磁盘日志中有 ${safety.notRestored.waiting.length + safety.notRestored.failed.length} 个办件事件暂未恢复`}
          description="其中等待交换平台送回办件前序记录的，会在同步后自动恢复；其余请在“同步队列”的异常列表中查看原因并处理。其他办件已正常恢复。"
        />
      )}
      {!safety.persisted && (
        <Alert
          type="warning"
          showIcon
          closable
          style={{ marginBottom: 16 }}
          data-testid="storage-not-persistent"
          message="浏览器未授予持久存储：磁盘空间紧张时本机数据可能被清理。未同步的办件另有磁盘日志保护，请保持交换平台连接以尽快同步。"
        />
      )}
    </>
  );
}
