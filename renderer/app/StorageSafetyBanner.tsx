import { Alert } from 'antd';
import type { JournalProblem } from '../../shared/bridge/contract';
import type { StorageSafety } from '../data/storage-safety';
import { useDismissed } from './use-dismissed';
import { useJournalHealth } from './use-journal-health';

const PROBLEMS_SHOWN = 5;

function describeProblem(problem: JournalProblem): string {
  const where = problem.line === null ? problem.file : `${problem.file} 第 ${problem.line} 行`;
  const whose = problem.caseId ? `（办件 ${problem.caseId}）` : '';
  return `${where}${whose}：${problem.reason}`;
}

/**
 * Tells the clerk when the offline store is at risk, when the journal saved the day, and what
 * in the journal could not be read. Protection by the disk journal is mentioned only while
 * the host says the journal takes events.
 */
export function StorageSafetyBanner({ safety }: { safety: (StorageSafety & { error?: string }) | null }) {
  const journal = useJournalHealth();
  // Nothing a clerk can do about it: said once, and gone for good once closed.
  const [persistenceNoticeClosed, closePersistenceNotice] = useDismissed('storage-not-persistent');
  return (
    <>
      {safety?.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message="本机数据检查失败" description={safety.error} />}
      {safety && safety.journalProblems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable
          style={{ marginBottom: 16 }}
          data-testid="journal-problems"
          message={`磁盘日志中有 ${safety.journalProblems.length} 处无法读取，其中的事件未能恢复，请联系管理员检查`}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {safety.journalProblems.slice(0, PROBLEMS_SHOWN).map((problem) => (
                <li key={`${problem.file}:${problem.line ?? ''}`}>{describeProblem(problem)}</li>
              ))}
              {safety.journalProblems.length > PROBLEMS_SHOWN && <li>另有 {safety.journalProblems.length - PROBLEMS_SHOWN} 处</li>}
            </ul>
          }
        />
      )}
      {safety && !safety.error && safety.restoredEvents > 0 && (
        <Alert
          type="success"
          showIcon
          closable
          style={{ marginBottom: 16 }}
          message={`已从磁盘日志恢复 ${safety.restoredEvents} 个未保存的办件事件，稍后自动同步`}
        />
      )}
      {safety && safety.notRestored.waiting.length + safety.notRestored.failed.length > 0 && (
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
      {safety && !safety.error && !safety.persisted && !persistenceNoticeClosed && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: closePersistenceNotice, 'aria-label': '关闭提示' }}
          style={{ marginBottom: 16 }}
          data-testid="storage-not-persistent"
          message={`浏览器未授予持久存储：磁盘空间紧张时本机数据可能被清理。${
            journal.state === 'protecting' ? '未同步的办件另有磁盘日志保护，' : ''
          }请保持交换平台连接以尽快同步。`}
        />
      )}
    </>
  );
}
