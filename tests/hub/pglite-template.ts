/**
 * A freshly initialised PGlite data directory costs 2–20 s to create (initdb in WASM; the
 * slow end on a busy 2-core machine) but about 1.5 s to reopen, and running every hub
 * migration on it costs 15–35 s more on a busy machine. Suites therefore copy one of two
 * templates, each built once per machine and shared by the test workers (a lock file holding
 * the builder's pid makes one worker build it while the others wait for it to appear):
 * - pristine: un-migrated, for the suites about migrations and a new installation's start;
 * - migrated: every migration of this checkout applied (its name carries a digest of their
 *   SQL, so a changed or added migration builds a new one).
 */
import { PGlite } from '@electric-sql/pglite';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, watch } from 'node:fs';
import { cp, mkdir, mkdtemp, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from '../../hub/db/open-database';
import { migrationsDigest } from './migrations-digest';

const pglitePackage = new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url);
const pgliteVersion = (JSON.parse(readFileSync(pglitePackage, 'utf8')) as { version: string }).version;
const PRISTINE_DIR = join(tmpdir(), `hub-test-pglite-template-${pgliteVersion}`);
const MIGRATED_DIR = join(tmpdir(), `hub-test-pglite-migrated-${pgliteVersion}-${migrationsDigest()}`);
/** A lock older than any build is left over, even if its pid now names an unrelated process. */
const STALE_LOCK_MS = 180_000;

const execFileAsync = promisify(execFile);

/**
 * Copies a cluster (~40 MB in ~1,100 files) into `dataDir`, created if missing. fs.cp walks
 * the tree in JavaScript, about a second a copy on a busy machine, for the ~50 copies a test
 * run makes; cp(1) takes a tenth of that. Windows has no cp(1): fs.cp there.
 */
async function copyCluster(template: string, dataDir: string): Promise<void> {
  if (process.platform === 'win32') return cp(template, dataDir, { recursive: true });
  await mkdir(dataDir, { recursive: true });
  // "<template>/." copies the contents into the existing directory (GNU and BSD cp alike).
  await execFileAsync('cp', ['-R', `${template}/.`, dataDir]);
}

async function buildPristine(building: string): Promise<void> {
  const db = await PGlite.create(building);
  await db.close();
}

async function buildMigrated(building: string): Promise<void> {
  await copyCluster(await ensureTemplate(PRISTINE_DIR, buildPristine), building);
  await (await openDatabase({ engine: 'pglite', dataDir: building })).close();
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
async function isLockAbandoned(lockFile: string): Promise<boolean> {
  const [holder, age] = await Promise.all([
    readFile(lockFile, 'utf8').then(
      (text) => Number(text),
      () => Number.NaN,
    ),
    stat(lockFile).then(
      (info) => Date.now() - info.mtimeMs,
      () => 0,
    ),
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
function watchTemplateChanges(templateDir: string, lockFile: string): { changed: Promise<void>; close(): void } {
  const names = new Set([basename(templateDir), basename(lockFile)]);
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

/** The template's path once it exists, built into a scratch directory and renamed into place. */
async function ensureTemplate(templateDir: string, build: (building: string) => Promise<void>): Promise<string> {
  const lockFile = `${templateDir}.lock`;
  for (;;) {
    const watcher = watchTemplateChanges(templateDir, lockFile);
    try {
      if (existsSync(templateDir)) return templateDir;
      const lock = await open(lockFile, 'wx').catch(() => undefined);
      if (lock) {
        try {
          await lock.writeFile(String(process.pid));
          if (!existsSync(templateDir)) {
            const building = await mkdtemp(`${templateDir}.building-`);
            await build(building);
            await rename(building, templateDir);
          }
        } finally {
          await lock.close();
          await rm(lockFile, { force: true });
        }
        continue;
      }
      // Another worker is building it: wait for its rename or its unlock, not for a clock.
      if (await isLockAbandoned(lockFile)) {
        await rm(lockFile, { force: true });
        continue;
      }
      await watcher.changed;
    } finally {
      watcher.close();
    }
  }
}

/** Fills `dataDir` (created if missing) with a pristine, un-migrated PGlite cluster. */
export async function seedPgliteDataDir(dataDir: string): Promise<void> {
  await copyCluster(await ensureTemplate(PRISTINE_DIR, buildPristine), dataDir);
}

/** Fills `dataDir` (created if missing) with a PGlite cluster on which every migration ran. */
export async function seedMigratedPgliteDataDir(dataDir: string): Promise<void> {
  await copyCluster(await ensureTemplate(MIGRATED_DIR, buildMigrated), dataDir);
}
