/**
 * Changes made at this workstation that the hall's audit must hear of (设置, 节假日安排),
 * kept on disk until the hub has them: an administrator may change 设置 while offline.
 * <profile>/people/audit-outbox.json, oldest first.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { auditRecordSchema, type AuditRecord } from '../../../shared/sync/staff-protocol';

export interface AuditOutbox {
  add(record: AuditRecord): Promise<void>;
  /** Sends the records in order; stops at the first failure (and throws it). */
  flush(send: (record: AuditRecord) => Promise<unknown>): Promise<void>;
  pending(): Promise<AuditRecord[]>;
}

export function createAuditOutbox(dataDir: string): AuditOutbox {
  const directory = join(dataDir, 'people');
  const file = join(directory, 'audit-outbox.json');
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const load = async (): Promise<AuditRecord[]> => {
    const text = await readFile(file, 'utf8').catch(() => null);
    const parsed = z.array(auditRecordSchema).safeParse(text === null ? [] : JSON.parse(text));
    return parsed.success ? parsed.data : [];
  };
  const save = async (records: AuditRecord[]) => {
    await mkdir(directory, { recursive: true, mode: 0o700 });
    await writeFile(`${file}.tmp`, JSON.stringify(records), { mode: 0o600 });
    await rename(`${file}.tmp`, file);
  };
  return {
    add: (record) => serial(async () => save([...(await load()), record])),
    pending: () => serial(load),
    flush: (send) =>
      serial(async () => {
        const records = await load();
        while (records.length > 0) {
          await send(records[0] as AuditRecord);
          records.shift();
          await save(records);
        }
      }),
  };
}
