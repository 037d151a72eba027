/**
 * The print log: every receipt printed, with its copy number (reprints are marked 补打 on
 * the paper) and the SHA-256 of the exact PDF that went to the printer.
 */
import { db, type PrintLogRecord } from './db';

export const printLogRepo = {
  async nextCopyNumber(caseId: string, kind: PrintLogRecord['kind']): Promise<number> {
    return (await db.printLog.where('[caseId+kind]').equals([caseId, kind]).count()) + 1;
  },
  record: (entry: Omit<PrintLogRecord, 'id'>) => db.printLog.add(entry),
  forCase: (caseId: string) => db.printLog.where('[caseId+kind]').between([caseId, ''], [caseId, '\uffff']).toArray(),
};
