/**
 * Files of an embedded hub pair under its data directory:
 * - pair.json  the generated peer secret and enrollment code, reused on every start so
 *              enrolled workstations and queued forwards keep working (mode 0600);
 * - hubs.json  where the running pair listens, for the app and tests to find it; written
 *              once both hubs listen, removed on a clean shutdown (mode 0600: it names the
 *              enrollment code too);
 * - 51/, 50/   each hub's PGlite database.
 * The directory is the user's only (0700 on POSIX). PGlite creates its files world-writable
 * (0666) whatever the umask, so its tree is tightened before it opens and after it closes;
 * files it adds while running stay unreachable for others behind the 0700 directory.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const pairSecretsSchema = z.object({ peerSecret: z.string().min(16), enrollmentCode: z.string().min(8) });
export type PairSecrets = z.infer<typeof pairSecretsSchema>;

export interface HubsFile {
  pid: number;
  hubs: { '51': string; '50': string };
  enrollmentCode: string;
}

const OWNER_ONLY_DIR = 0o700;
const OWNER_ONLY_FILE = 0o600;
const isPosix = process.platform !== 'win32';

export async function loadOrCreatePairSecrets(dataDir: string): Promise<PairSecrets> {
  await mkdir(dataDir, { recursive: true, mode: OWNER_ONLY_DIR });
  if (isPosix) await chmod(dataDir, OWNER_ONLY_DIR);
  const path = join(dataDir, 'pair.json');
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  if (existing !== undefined) {
    const parsed = pairSecretsSchema.safeParse(JSON.parse(existing));
    if (!parsed.success) throw new Error(`${path} is not a valid pair file; fix or delete it`);
    return parsed.data;
  }
  const secrets: PairSecrets = {
    peerSecret: randomBytes(32).toString('base64url'),
    // Typed in by an administrator at enrollment: digits only, easy to read out.
    enrollmentCode: Array.from(randomBytes(12), (byte) => String(byte % 10)).join(''),
  };
  await writeFileAtomic(path, `${JSON.stringify(secrets, null, 2)}\n`, OWNER_ONLY_FILE);
  return secrets;
}

export async function writeHubsFile(dataDir: string, hubs: HubsFile): Promise<void> {
  await writeFileAtomic(join(dataDir, 'hubs.json'), `${JSON.stringify(hubs, null, 2)}\n`, OWNER_ONLY_FILE);
}

export async function removeHubsFile(dataDir: string): Promise<void> {
  await rm(join(dataDir, 'hubs.json'), { force: true });
}

/** Readers never see a half-written file: write a temp file, then rename over. */
async function writeFileAtomic(path: string, text: string, mode: number): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, text, { mode });
  await rename(temp, path);
}

/** Makes every directory under `dir` (itself included) 0700 and every file 0600; POSIX only. */
export async function restrictTree(dir: string): Promise<void> {
  if (!isPosix) return;
  await mkdir(dir, { recursive: true, mode: OWNER_ONLY_DIR });
  await chmod(dir, OWNER_ONLY_DIR);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await restrictTree(path);
    else if (entry.isFile()) await chmod(path, OWNER_ONLY_FILE);
  }
}
