/**
 * Files of an embedded hub pair under its data directory:
 * - pair.json  the generated peer secret and enrollment code, reused on every start so
 *              enrolled workstations and queued forwards keep working (mode 0600);
 * - hubs.json  where the running pair listens, for the app and tests to find it; written
 *              once both hubs listen, removed on a clean shutdown.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const pairSecretsSchema = z.object({ peerSecret: z.string().min(16), enrollmentCode: z.string().min(8) });
export type PairSecrets = z.infer<typeof pairSecretsSchema>;

export interface HubsFile {
  pid: number;
  hubs: { '51': string; '50': string };
  enrollmentCode: string;
}

export async function loadOrCreatePairSecrets(dataDir: string): Promise<PairSecrets> {
  await mkdir(dataDir, { recursive: true });
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
  await writeFileAtomic(path, `${JSON.stringify(secrets, null, 2)}\n`, 0o600);
  return secrets;
}

export async function writeHubsFile(dataDir: string, hubs: HubsFile): Promise<void> {
  await writeFileAtomic(join(dataDir, 'hubs.json'), `${JSON.stringify(hubs, null, 2)}\n`, 0o644);
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
