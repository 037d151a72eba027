/**
 * A freshly initialised PGlite data directory costs 2–20 s to create (initdb in WASM; the
 * slow end on a busy 2-core machine) but about 1.5 s to reopen. Suites therefore copy one
 * pristine, un-migrated data directory, built once per machine and PGlite version and
 * shared by the test workers (a lock file makes one worker build it while the others wait).
 * Hubs opening a copy still run every migration, exactly as on a new installation.
 */
import { PGlite } from '@electric-sql/pglite';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, open, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pglitePackage = new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url);
const pgliteVersion = (JSON.parse(readFileSync(pglitePackage, 'utf8')) as { version: string }).version;
const TEMPLATE_DIR = join(tmpdir(), `hub-test-pglite-template-${pgliteVersion}`);
const LOCK_FILE = `${TEMPLATE_DIR}.lock`;
const STALE_LOCK_MS = 180_000;

async function buildTemplate(): Promise<void> {
  const building = await mkdtemp(`${TEMPLATE_DIR}.building-`);
  const db = await PGlite.create(building);
  await db.close();
  await rename(building, TEMPLATE_DIR);
}

async function ensureTemplate(): Promise<string> {
  for (;;) {
    if (existsSync(TEMPLATE_DIR)) return TEMPLATE_DIR;
    const lock = await open(LOCK_FILE, 'wx').catch(() => undefined);
    if (lock) {
      try {
        if (!existsSync(TEMPLATE_DIR)) await buildTemplate();
      } finally {
        await lock.close();
        await rm(LOCK_FILE, { force: true });
      }
      continue;
    }
    // Another worker is building it; a lock left by a killed run is taken over.
    const lockAge = await stat(LOCK_FILE).then((info) => Date.now() - info.mtimeMs, () => 0);
    if (lockAge > STALE_LOCK_MS) await rm(LOCK_FILE, { force: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Fills `dataDir` (created if missing) with a pristine PGlite cluster. */
export async function seedPgliteDataDir(dataDir: string): Promise<void> {
  await cp(await ensureTemplate(), dataDir, { recursive: true });
}
