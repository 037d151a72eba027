/**
 * Why the disk journal could not do something, said so a clerk or an administrator can act
 * on it. These messages reach the red banner and the 受理 confirmation as they are.
 */
import { BridgeError } from '../../../shared/bridge/contract';
import { errorCode } from './journal-files';

function whyInChinese(error: unknown): string {
  const code = errorCode(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return '磁盘空间已满';
    case 'EACCES':
    case 'EPERM':
      return '没有写入权限';
    case 'EROFS':
      return '磁盘为只读';
    case 'ENOTDIR':
    case 'EEXIST':
      return '日志目录被同名文件占用';
    case 'EIO':
      return '磁盘读写错误';
    case 'ENOENT':
      return '日志文件或目录已被删除';
    case 'EMFILE':
    case 'ENFILE':
      return '打开的文件过多';
    default:
      return `系统错误 ${code ?? (error instanceof Error ? error.message : String(error))}`;
  }
}

/** A write that did not reach the disk; nothing the journal already held is lost by it. */
export function journalWriteError(error: unknown, where: string): BridgeError {
  return new BridgeError('JOURNAL_WRITE_FAILED', `磁盘日志写入失败：${whyInChinese(error)}（${where}）`);
}

export function journalReadReason(error: unknown): string {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  if (code === 'EIO') return '磁盘读写错误';
  return whyInChinese(error);
}

/** The size bound: the journal refuses new events rather than dropping unsynced ones. */
export function journalFullError(pendingEvents: number, bytes: number, maxBytes: number): BridgeError {
  const mb = (value: number) => (value / 1024 / 1024).toFixed(1);
  return new BridgeError(
    'JOURNAL_FULL',
    `磁盘日志已满：已保存 ${pendingEvents} 个未同步事件（${mb(bytes)} MB，上限 ${mb(maxBytes)} MB），新事件未写入磁盘日志。请连接交换平台同步后再办理，或联系管理员。`,
  );
}
