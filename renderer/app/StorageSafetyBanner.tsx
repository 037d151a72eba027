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
