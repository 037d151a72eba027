/**
 * The file operations the disk journal needs, and nothing more. The journal talks to this
 * interface rather than to node:fs so tests can count reads and inject the failures a real
 * disk produces (a full disk mid-write, a directory that cannot be written).
 */
import { open, readFile, readdir, rename, rm, appendFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ensurePrivateDir, PRIVATE_FILE, PRIVATE_FILE_MODE } from '../../private-files';

/** A file kept open for appending; every append is on disk before it resolves. */
export interface AppendableFile {
  appendDurably(bytes: Uint8Array): Promise<void>;
  /** Cuts the file back to `size` bytes (undoes a partial append). */
  truncate(size: number): Promise<void>;
  close(): Promise<void>;
}

export interface JournalFiles {
  /** Creates the directory (and its parents) when missing. */
  ensureDir(dir: string): Promise<void>;
  /** File names in `dir`; none when the directory does not exist yet. */
  list(dir: string): Promise<string[]>;
  read(path: string): Promise<Buffer>;
  /** Opens (creating when missing) for appending; says how long the file is now. */
  openForAppend(path: string): Promise<{ file: AppendableFile; size: number }>;
  /** Replaces the file's content all at once: a crash leaves the old or the new file, never half. */
  replaceDurably(path: string, bytes: Uint8Array): Promise<void>;
  /** A plain append without waiting for the disk (for records whose loss is harmless). */
  appendLoosely(path: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes the file; a file already gone is fine. */
  remove(path: string): Promise<void>;
  /** Makes a directory's new or removed entries durable, where the OS allows it. */
  syncDir(dir: string): Promise<void>;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

class NodeAppendableFile implements AppendableFile {
  constructor(private readonly handle: FileHandle) {}

  async appendDurably(bytes: Uint8Array): Promise<void> {
    // A file deleted while open (a clean-up tool, an administrator) would swallow the events.
    if ((await this.handle.stat()).nlink === 0) {
      throw Object.assign(new Error('journal segment was deleted while open'), { code: 'ENOENT' });
    }
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await this.handle.write(bytes, written, bytes.length - written, null);
      written += bytesWritten;
    }
    await this.handle.datasync();
  }

  async truncate(size: number): Promise<void> {
    await this.handle.truncate(size);
    await this.handle.datasync();
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

export const nodeJournalFiles: JournalFiles = {
  // The journal holds applicants' personal data: owner-only directories and files.
  ensureDir: (dir) => ensurePrivateDir(dir),

  async list(dir) {
    try {
      return await readdir(dir);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
  },

  read: (path) => readFile(path),

  async openForAppend(path) {
    const handle = await open(path, 'a', PRIVATE_FILE_MODE);
    try {
      const { size } = await handle.stat();
      return { file: new NodeAppendableFile(handle), size };
    } catch (error) {
      await handle.close();
      throw error;
    }
  },

  async replaceDurably(path, bytes) {
    const temp = `${path}.tmp`;
    const handle = await open(temp, 'w', PRIVATE_FILE_MODE);
    try {
      await handle.writeFile(bytes);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    await nodeJournalFiles.syncDir(dirname(path));
  },

  appendLoosely: (path, text) => appendFile(path, text, PRIVATE_FILE),

  rename: (from, to) => rename(from, to),

  remove: (path) => rm(path, { force: true }),

  async syncDir(dir) {
    // Windows cannot open a directory for fsync; its file system journals entries itself.
    let handle: FileHandle | undefined;
    try {
      handle = await open(dir, 'r');
      await handle.sync();
    } catch (error) {
      if (!['EISDIR', 'EPERM', 'EACCES', 'EINVAL'].includes(errorCode(error) ?? '')) throw error;
    } finally {
      await handle?.close();
    }
  },
};

export { errorCode };
