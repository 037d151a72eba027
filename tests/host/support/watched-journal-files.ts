/**
 * The real journal file operations, watched: counts what the journal reads and lets a test
 * make the disk fail the way real disks do (a full disk half-way through a write).
 */
import { nodeJournalFiles, type AppendableFile, type JournalFiles } from '../../../electron/handlers/journal/journal-files';

export interface WatchedJournalFiles extends JournalFiles {
  /** Paths read so far, in order. */
  readonly reads: string[];
  /** Paths rewritten whole (compaction), in order. */
  readonly rewrites: string[];
  /** The next append writes this many bytes of its data, then fails with ENOSPC. */
  failNextAppendAfter(bytes: number): void;
  /** While full, every write fails with ENOSPC before writing anything. */
  setDiskFull(full: boolean): void;
  /** Appends wait at the disk until released; `reached` resolves when one is waiting there. */
  holdAppends(): { reached: Promise<void>; release(): void };
}

function diskFull(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

export function watchedJournalFiles(): WatchedJournalFiles {
  const reads: string[] = [];
  const rewrites: string[] = [];
  let failAfter: number | null = null;
  let full = false;
  let gate: { open: Promise<void>; arrived(): void } | null = null;

  const watch = (file: AppendableFile): AppendableFile => ({
    async appendDurably(bytes) {
      if (full) throw diskFull();
      if (gate) {
        gate.arrived();
        await gate.open;
      }
      if (failAfter !== null) {
        const partial = bytes.subarray(0, failAfter);
        failAfter = null;
        await file.appendDurably(partial);
        throw diskFull();
      }
      await file.appendDurably(bytes);
    },
    truncate: (size) => file.truncate(size),
    close: () => file.close(),
  });

  return {
    ...nodeJournalFiles,
    reads,
    rewrites,
    async read(path) {
      reads.push(path);
      return nodeJournalFiles.read(path);
    },
    async replaceDurably(path, bytes) {
      if (full) throw diskFull();
      rewrites.push(path);
      return nodeJournalFiles.replaceDurably(path, bytes);
    },
    async openForAppend(path) {
      const opened = await nodeJournalFiles.openForAppend(path);
      return { ...opened, file: watch(opened.file) };
    },
    failNextAppendAfter(bytes) {
      failAfter = bytes;
    },
    setDiskFull(value) {
      full = value;
    },
    holdAppends() {
      let release = () => {};
      let arrived = () => {};
      const reached = new Promise<void>((resolve) => (arrived = resolve));
      const open = new Promise<void>((resolve) => {
        release = () => {
          gate = null;
          resolve();
        };
      });
      gate = { open, arrived };
      return { reached, release };
    },
  };
}
