/**
 * Files of an embedded hub pair under its data directory:
 * - 51/, 50/   each hub's PGlite database, and in it `province-secrets.json`: that province's
 *              own generated peer secret (what the other hub presents when it forwards here)
 *              and enrollment code, reused on every start so enrolled workstations and queued
 *              forwards keep working (mode 0600). Each province gets its own, so the code a
 *              四川 workstation holds enrolls nothing at the 重庆 hub, and a forward into one
 *              hub cannot be made with the secret the other one checks;
 * - hubs.json  where the running pair listens and each province's enrollment code, for the
 *              app and tests to find it; written once both hubs listen, removed on a clean
 *              shutdown (mode 0600: it names the codes too).
 * The directory is the user's only (0700 on POSIX). PGlite creates its files world-writable
 * (0666) whatever the umask, so its tree is tightened before it opens and after it closes;
 * files it adds while running stay unreachable for others behind the 0700 directory.
 * An older pair kept one peer secret and code for both provinces in `pair.json`; it is
 * deleted at start (tokens already issued stay valid; the old code enrolls nothing more).
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { ProvinceCode } from '../../shared/domain/region/provinces';
import type { EnrollmentCodes } from '../../shared/sync/enrollment-codes';

const provinceSecretsSchema = z.object({ peerSecret: z.string().min(16), enrollmentCode: z.string().min(8) });
export type ProvinceSecrets = z.infer<typeof provinceSecretsSchema>;
export type PairSecrets = Record<ProvinceCode, ProvinceSecrets>;

export interface HubsFile {
  pid: number;
  hubs: { '51': string; '50': string };
  enrollmentCodes: EnrollmentCodes;
}

const OWNER_ONLY_DIR = 0o700;
const OWNER_ONLY_FILE = 0o600;
const isPosix = process.platform !== 'win32';
export const PROVINCE_SECRETS_FILE = 'province-secrets.json';

export const provinceDataDir = (dataDir: string, province: ProvinceCode) => join(dataDir, province);

function generateProvinceSecrets(): ProvinceSecrets {
  return {
    peerSecret: randomBytes(32).toString('base64url'),
    // Typed in by an administrator at enrollment: digits only, easy to read out.
    enrollmentCode: Array.from(randomBytes(12), (byte) => String(byte % 10)).join(''),
  };
}

async function ownerOnlyDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: OWNER_ONLY_DIR });
  if (isPosix) await chmod(dir, OWNER_ONLY_DIR);
}

/** The province's secrets from its data directory, generated there on the first start. */
export async function loadOrCreateProvinceSecrets(provinceDir: string): Promise<ProvinceSecrets> {
  await ownerOnlyDir(provinceDir);
  const path = join(provinceDir, PROVINCE_SECRETS_FILE);
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  if (existing !== undefined) {
    const parsed = provinceSecretsSchema.safeParse(JSON.parse(existing));
    if (!parsed.success) throw new Error(`${path} is not a valid secrets file; fix or delete it`);
    return parsed.data;
  }
  const secrets = generateProvinceSecrets();
  await writeFileAtomic(path, `${JSON.stringify(secrets, null, 2)}\n`, OWNER_ONLY_FILE);
  return secrets;
}

/** Both provinces' secrets; refuses a pair whose provinces share one (e.g. a copied file). */
export async function loadOrCreatePairSecrets(dataDir: string): Promise<PairSecrets> {
  await ownerOnlyDir(dataDir);
  await rm(join(dataDir, 'pair.json'), { force: true });
  const sichuan = await loadOrCreateProvinceSecrets(provinceDataDir(dataDir, '51'));
  const chongqing = await loadOrCreateProvinceSecrets(provinceDataDir(dataDir, '50'));
  if (sichuan.peerSecret === chongqing.peerSecret || sichuan.enrollmentCode === chongqing.enrollmentCode) {
    throw new Error(`the two provinces under ${dataDir} share a secret; delete one ${PROVINCE_SECRETS_FILE} to generate it anew`);
  }
  return { '51': sichuan, '50': chongqing };
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
