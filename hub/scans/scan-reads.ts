/**
 * Serving scans to the workstations of a case's two halls (scan-access.ts), chunk by chunk
 * so the handling window can show progress and a large file never sits whole in memory.
 */
import type { ScanInfo } from '../../shared/sync/scan-protocol';
import type { Queryable } from '../db/database';
import { HubHttpError } from '../http/errors';
import type { Workstation } from '../store/workstations';
import { belongsToCase, findCaseRoute, mayFetch } from './scan-access';
import { findScan, type ScanRow } from './scan-records';
import type { ScanStorage } from './scan-storage';

export interface ScanReads {
  info(workstation: Workstation, caseId: string, sha256: string): Promise<ScanInfo>;
  readChunk(workstation: Workstation, caseId: string, sha256: string, offset: number): Promise<Uint8Array>;
}

export function createScanReads(db: Queryable, storage: ScanStorage): ScanReads {
  async function servable(workstation: Workstation, caseId: string, sha256: string): Promise<ScanRow> {
    const route = await findCaseRoute(db, caseId);
    if (!route) throw new HubHttpError(404, 'CASE_NOT_FOUND', '交换平台上还没有该办件，请稍后再试');
    if (!belongsToCase(route, { kind: 'workstation', workstation })) {
      throw new HubHttpError(403, 'SCAN_FORBIDDEN', '本窗口所在大厅不是该办件的收件地或办理地，无权查看其扫描件');
    }
    const scan = (await mayFetch(db, sha256, caseId, workstation)) ? await findScan(db, sha256) : undefined;
    if (!scan) throw new HubHttpError(404, 'SCAN_NOT_FOUND', '交换平台尚未收到该扫描件（收件地窗口联网后会自动上传），请稍后再试');
    return scan;
  }

  return {
    async info(workstation, caseId, sha256) {
      const { bytes, mimeType, chunkSize } = await servable(workstation, caseId, sha256);
      return { sha256, bytes, mimeType, chunkSize };
    },
    async readChunk(workstation, caseId, sha256, offset) {
      const scan = await servable(workstation, caseId, sha256);
      if (offset % scan.chunkSize !== 0 || offset >= scan.bytes) {
        throw new HubHttpError(400, 'BAD_CHUNK', `分块偏移量 ${offset} 无效（分块大小 ${scan.chunkSize} 字节，文件 ${scan.bytes} 字节）`);
      }
      const data = await storage.readChunk(sha256, offset);
      if (!data) throw new Error(`verified scan ${sha256} lacks its chunk at ${offset}`);
      return data;
    },
  };
}
