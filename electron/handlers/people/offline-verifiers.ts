/**
 * What lets a person sign in at this workstation while the hub is out of reach: after each
 * online sign-in the host keeps a verifier of their password (scrypt, its own salt; never the
 * password, never the hub's hash), their account as the hub gave it, and an expiry
 * (OFFLINE_SIGN_IN_DAYS after that sign-in). Failed offline attempts lock like the hub does.
 * Stored in <profile>/people/offline-verifiers.json, readable by the OS account only.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { OFFLINE_SIGN_IN_DAYS, SIGN_IN_LOCKOUT, staffAccountSchema, type StaffAccount } from '../../../shared/domain/case/staff';

const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 2 ** 26 } as const;
const KEY_LENGTH = 32;

const derive = (password: string, salt: Buffer) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCallback(password.normalize('NFC'), salt, KEY_LENGTH, SCRYPT, (error, key) => (error ? reject(error) : resolve(key))),
  );

const entrySchema = z.object({
  account: staffAccountSchema,
  salt: z.string(),
  verifier: z.string(),
  cachedAt: z.string(),
  expiresAt: z.string(),
  failures: z.number().int().min(0),
  lockedUntil: z.string().nullable(),
});
type Entry = z.infer<typeof entrySchema>;
const fileSchema = z.object({ version: z.literal(1), entries: z.record(z.string(), entrySchema) });

export type OfflineCheck =
  | { kind: 'ok'; account: StaffAccount }
  | { kind: 'unknown' }
  | { kind: 'expired'; since: string }
  | { kind: 'locked'; until: string }
  | { kind: 'wrong'; attemptsLeft: number };

export interface OfflineVerifiers {
  remember(account: StaffAccount, password: string, now?: Date): Promise<void>;
  check(hallCode: string, username: string, password: string, now?: Date): Promise<OfflineCheck>;
  forget(hallCode: string, username: string): Promise<void>;
  known(hallCode: string, now?: Date): Promise<{ username: string; name: string; offlineUntil: string }[]>;
}

const keyOf = (hallCode: string, username: string) => `${hallCode}:${username}`;

export function createOfflineVerifiers(dataDir: string): OfflineVerifiers {
  const directory = join(dataDir, 'people');
  const file = join(directory, 'offline-verifiers.json');
  // One writer per profile: calls are chained so two sign-ins never interleave their writes.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function load(): Promise<Record<string, Entry>> {
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) return {};
    const parsed = fileSchema.safeParse(JSON.parse(text));
    // A damaged file costs only offline sign-in until the next online one.
    return parsed.success ? parsed.data.entries : {};
  }
  async function save(entries: Record<string, Entry>): Promise<void> {
    await mkdir(directory, { recursive: true, mode: 0o700 });
    const temporary = `${file}.tmp`;
    await writeFile(temporary, JSON.stringify({ version: 1, entries }), { mode: 0o600 });
    await rename(temporary, file);
  }

  return {
    remember: (account, password, now = new Date()) =>
      serial(async () => {
        const salt = randomBytes(16);
        const verifier = await derive(password, salt);
        const entries = await load();
        entries[keyOf(account.hallCode, account.username)] = {
          account,
          salt: salt.toString('base64'),
          verifier: verifier.toString('base64'),
          cachedAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + OFFLINE_SIGN_IN_DAYS * 86_400_000).toISOString(),
          failures: 0,
          lockedUntil: null,
        };
        await save(entries);
      }),
    check: (hallCode, username, password, now = new Date()) =>
      serial(async (): Promise<OfflineCheck> => {
        const entries = await load();
        const key = keyOf(hallCode, username);
        const entry = entries[key];
        if (!entry) return { kind: 'unknown' };
        if (entry.lockedUntil && entry.lockedUntil > now.toISOString()) return { kind: 'locked', until: entry.lockedUntil };
        if (entry.expiresAt <= now.toISOString()) return { kind: 'expired', since: entry.expiresAt };
        const expected = Buffer.from(entry.verifier, 'base64');
        const key2 = await derive(password, Buffer.from(entry.salt, 'base64'));
        if (key2.length === expected.length && timingSafeEqual(key2, expected)) {
          entries[key] = { ...entry, failures: 0, lockedUntil: null };
          await save(entries);
          return { kind: 'ok', account: entry.account };
        }
        const failures = entry.failures + 1;
        const locks = failures >= SIGN_IN_LOCKOUT.maxFailures;
        entries[key] = {
          ...entry,
          failures: locks ? 0 : failures,
          lockedUntil: locks ? new Date(now.getTime() + SIGN_IN_LOCKOUT.lockMinutes * 60_000).toISOString() : entry.lockedUntil,
        };
        await save(entries);
        const lockedUntil = entries[key]?.lockedUntil;
        return locks && lockedUntil
          ? { kind: 'locked', until: lockedUntil }
          : { kind: 'wrong', attemptsLeft: SIGN_IN_LOCKOUT.maxFailures - failures };
      }),
    forget: (hallCode, username) =>
      serial(async () => {
        const entries = await load();
        delete entries[keyOf(hallCode, username)];
        await save(entries);
      }),
    known: async (hallCode, now = new Date()) =>
      Object.values(await load())
        .filter((entry) => entry.account.hallCode === hallCode && entry.expiresAt > now.toISOString())
        .map((entry) => ({ username: entry.account.username, name: entry.account.name, offlineUntil: entry.expiresAt })),
  };
}
