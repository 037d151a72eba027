/**
 * A freshly initialised PGlite data directory costs 2–20 s to create (initdb in WASM; the
 * slow end on a busy 2-core machine) but about 1.5 s to reopen. Suites therefore copy one
 * pristine, un-migrated data directory, built once per machine and PGlite version and
 * shared by the test workers (a lock file holding the builder's pid makes one worker build it
 * while the others wait for it to appear).
 * Hubs opening a copy still run every migration, exactly as on a new installation.
 */
import { PGlite } from '@electric-sql/pglite';
import { existsSync, readFileSync, watch } from 'node:fs';
import { cp, mkdtemp, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const pglitePackage = new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url);
const pgliteVersion = (JSON.parse(readFileSync(pglitePackage, 'utf8')) as { version: string }).version;
const TEMPLATE_DIR = join(tmpdir(), `hub-test-pglite-template-${pgliteVersion}`);
const LOCK_FILE = `${TEMPLATE_DIR}.lock`;
/** A lock older than any build is left over, even if its pid now names an unrelated process. */
const STALE_LOCK_MS = 180_000;

async function buildTemplate(): Promise<void> {
  const building = await mkdtemp(`${TEMPLATE_DIR}.building-`);
  const db = await PGlite.create(building);
  await db.close();
  await rename(building, TEMPLATE_DIR);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the lock was left by a builder that is gone (killed run), so it can be taken over. */
async function isLockAbandoned(): Promise<boolean> {
  const [holder, age] = await Promise.all([
    readFile(LOCK_FILE, 'utf8').then((text) => Number(text), () => Number.NaN),
    stat(LOCK_FILE).then((info) => Date.now() - info.mtimeMs, () => 0),
  ]);
  // A lock with no pid yet was just created: its holder is writing it.
  if (Number.isNaN(holder) || holder === 0) return age > STALE_LOCK_MS;
  return !isRunning(holder) || age > STALE_LOCK_MS;
}

/**
 * Resolves when the template or the lock changes in tmpdir: the builder renames the template
 * into place and then removes the lock, and each is a directory event. The watcher is opened
 * before the caller looks again, so no change falls between the look and the wait.
 */
function watchTemplateChanges(): { changed: Promise<void>; close(): void } {
  const names = new Set([basename(TEMPLATE_DIR), basename(LOCK_FILE)]);
  let signal: () => void = () => {};
  const changed = new Promise<void>((resolve) => {
    signal = resolve;
  });
  const watcher = watch(tmpdir(), (_event, name) => {
    // Some platforms omit the name: then any change is worth a fresh look.
    if (name === null || names.has(name)) signal();
  });
  return { changed, close: () => watcher.close() };
}

async function ensureTemplate(): Promise<string> {
  for (;;) {
    const watcher = watchTemplateChanges();
    try {
      if (existsSync(TEMPLATE_DIR)) return TEMPLATE_DIR;
      const lock = await open(LOCK_FILE, 'wx').catch(() => undefined);
      if (lock) {
        try {
          await lock.writeFile(String(process.pid));
          if (!existsSync(TEMPLATE_DIR)) await buildTemplate();
        } finally {
          await lock.close();
          await rm(LOCK_FILE, { force: true });
        }
        continue;
      }
      // Another worker is building it: wait for its rename or its unlock, not for a clock.
      if (await isLockAbandoned()) {
        await rm(LOCK_FILE, { force: true });
        continue;
      }
      await watcher.changed;
    } finally {
      watcher.close();
    }
  }
}

/** Fills `dataDir` (created if missing) with a pristine PGlite cluster. */
export async function seedPgliteDataDir(dataDir: string): Promise<void> {
  await cp(await ensureTemplate(), dataDir, { recursive: true });
}
