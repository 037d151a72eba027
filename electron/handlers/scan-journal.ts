/**
 * The disk journal of scans not yet held by the hub, the scans' counterpart of
 * event-journal.ts: a scan attached to a case is copied here (in the profile directory)
 * and stays until the hub confirms it, so a full or wiped IndexedDB cannot lose it.
 *
 *   journal/scans/<sha256>.part             bytes being written (offset 0 starts afresh)
 *   journal/scans/<sha256>.scan             the bytes, once they hashed to their name
 *   journal/scans/<sha256>.<caseId>.json    one entry per case the scan belongs to
 *
 * An entry is written only after its .scan exists, so an entry always has its bytes; the
 * bytes go when the last entry naming them is released. Calls are serialised.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendFile, open, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scanJournalEntrySchema, type ScanJournalEntry } from '../../shared/bridge/scan-channels';
import { BridgeError } from '../../shared/bridge/contract';
import { ensurePrivateDir, PRIVATE_FILE } from '../private-files';

export interface ScanJournal {
  /** Writes bytes at `offset` of the scan's pending copy; returns its size after the write. */
  write(sha256: string, offset: number, data: Uint8Array): Promise<number>;
  /** Checks the pending copy hashes to the entry's sha256, then records the entry. */
  seal(entry: ScanJournalEntry): Promise<number>;
  release(caseId: string, sha256: string): Promise<number>;
  entries(): Promise<ScanJournalEntry[]>;
  read(sha256: string, offset: number, length: number): Promise<Uint8Array>;
}

export function createScanJournal(dataDir: string): ScanJournal {
  const dir = join(dataDir, 'journal', 'scans');
  const bytesFile = (sha256: string) => join(dir, `${sha256}.scan`);
  const partFile = (sha256: string) => join(dir, `${sha256}.part`);
  const entryFile = (sha256: string, caseId: string) => join(dir, `${sha256}.${caseId}.json`);

  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const sizeOf = (file: string) =>
    stat(file).then(
      (info) => info.size,
      () => undefined,
    );

  async function hashOf(file: string): Promise<string> {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  }

  async function entryNames(): Promise<string[]> {
    const names = await readdir(dir).catch(() => [] as string[]);
    return names.filter((name) => name.endsWith('.json'));
  }

  return {
    write: (sha256, offset, data) =>
      serial(async () => {
        await ensurePrivateDir(dir);
        const file = partFile(sha256);
        if (offset === 0) await writeFile(file, data, PRIVATE_FILE);
        else {
          const size = await sizeOf(file);
          if (size !== offset)
            throw new BridgeError('JOURNAL_OFFSET', `扫描件磁盘副本写入位置不连续（应为 ${size ?? 0}，收到 ${offset}），请从头写入`);
          await appendFile(file, data, PRIVATE_FILE);
        }
        return (await sizeOf(file)) ?? 0;
      }),

    seal: (entry) =>
      serial(async () => {
        await ensurePrivateDir(dir);
        const part = partFile(entry.sha256);
        if ((await sizeOf(part)) !== undefined) {
          if ((await hashOf(part)) !== entry.sha256) {
            await unlink(part);
            throw new BridgeError('JOURNAL_HASH_MISMATCH', '扫描件磁盘副本与其SHA-256不符，已丢弃，请重新写入');
          }
          await rename(part, bytesFile(entry.sha256));
        } else if ((await sizeOf(bytesFile(entry.sha256))) !== entry.bytes) {
          throw new BridgeError('JOURNAL_MISSING', '扫描件磁盘副本不存在，请先写入');
        }
        const target = entryFile(entry.sha256, entry.caseId);
        await writeFile(`${target}.tmp`, JSON.stringify(entry), PRIVATE_FILE);
        await rename(`${target}.tmp`, target);
        return (await entryNames()).length;
      }),

    release: (caseId, sha256) =>
      serial(async () => {
        await unlink(entryFile(sha256, caseId)).catch(() => undefined);
        const names = await entryNames();
        if (!names.some((name) => name.startsWith(`${sha256}.`))) await unlink(bytesFile(sha256)).catch(() => undefined);
        return names.length;
      }),

    entries: () =>
      serial(async () => {
        const entries: ScanJournalEntry[] = [];
        for (const name of await entryNames()) {
          const parsed = scanJournalEntrySchema.safeParse(JSON.parse(await readFile(join(dir, name), 'utf8').catch(() => 'null')));
          if (parsed.success && (await sizeOf(bytesFile(parsed.data.sha256))) === parsed.data.bytes) entries.push(parsed.data);
        }
        return entries;
      }),

    read: (sha256, offset, length) =>
      serial(async () => {
        const handle = await open(bytesFile(sha256), 'r').catch(() => {
          throw new BridgeError('JOURNAL_MISSING', '磁盘上没有该扫描件的副本');
        });
        try {
          const buffer = Buffer.alloc(length);
          const { bytesRead } = await handle.read(buffer, 0, length, offset);
          return buffer.subarray(0, bytesRead);
        } finally {
          await handle.close();
        }
      }),
  };
}
