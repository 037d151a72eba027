/**
 * The programs other parts start: hub/bin/embedded-pair.ts (the app's built-in pair of
 * hubs) and hub/bin/serve.ts (one hub). Run as real child processes, the way the app's
 * launcher runs them, through Node with the tsx loader.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreatePairSecrets } from '../../hub/bin/pair-files';
import type { HubHandle } from '../../hub/start-hub';
import {
  acceptedEvent,
  allChanges,
  createTestDatabase,
  describeEachEngine,
  forwardedEvent,
  identityFor,
  newHall,
  push,
  request,
  routingFor,
  type EnrolledWorkstation,
  type TestDatabase,
} from './fixtures';
import { seedPgliteDataDir } from './pglite-template';

const TSX = ['--import', 'tsx'];

function run(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [...TSX, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
}

/** The first stdout line matching `pattern`; rejects if the process exits first. */
function lineMatching(child: ChildProcess, pattern: RegExp): Promise<string> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => pattern.test(line) && resolve(line));
    child.once('exit', (code) => reject(new Error(`exited with ${code} before announcing itself:\n${stderr}`)));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

/** Paths under `dir` that are not 0700 (directories) or 0600 (files). */
async function looseModes(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const loose: string[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if ((await modeOf(path)) !== (entry.isDirectory() ? 0o700 : 0o600)) loose.push(path);
  }
  return loose;
}

/** Minimal handle so the HTTP fixtures work against a hub in another process. */
const remote = (url: string) => ({ url }) as HubHandle;

async function enrollRemote(url: string, enrollmentCode: string, identity: EnrolledWorkstation['identity']): Promise<EnrolledWorkstation> {
  const workstationId = ulid();
  const { body } = await request<{ token: string }>(`${url}/v1/enroll`, { json: { enrollmentCode, workstationId, identity } });
  const actor = {
    clerk: identity.clerk,
    workstationId,
    province: identity.province,
    hallCode: identity.hall.code,
    window: identity.window,
  };
  return { token: body.token, identity, actor };
}

describe('embedded-pair', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hub-pair-'));
    await Promise.all([seedPgliteDataDir(join(dataDir, '51')), seedPgliteDataDir(join(dataDir, '50'))]);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('starts both hubs, announces them, forwards between them by itself and exits when its parent dies', async () => {
    // Started the way the app starts it, by a parent that then dies without a word (as
    // after kill -9), so the pair must notice on its own.
    const parent = spawn(
      process.execPath,
      [
        '-e',
        `const c = require('node:child_process').spawn(process.execPath, ${JSON.stringify([...TSX, 'hub/bin/embedded-pair.ts', '--data', dataDir])}, { stdio: ['ignore', 'inherit', 'inherit'] });
         console.log('pid ' + c.pid); setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const pairPid = Number((await lineMatching(parent, /^pid \d+$/)).slice(4));
      const announced = JSON.parse(await lineMatching(parent, /^\{/)) as {
        hubs: { '51': string; '50': string };
        enrollmentCodes: { '51': string; '50': string };
      };
      const codes = announced.enrollmentCodes;
      expect(codes['51']).toMatch(/^\d{12}$/);
      expect(codes['50']).toMatch(/^\d{12}$/);
      expect(codes['51']).not.toBe(codes['50']);
      expect(JSON.parse(await readFile(join(dataDir, 'hubs.json'), 'utf8'))).toEqual({ pid: pairPid, ...announced });
      // Each province keeps its own secrets in its own data directory.
      const stored = async (province: '51' | '50') =>
        JSON.parse(await readFile(join(dataDir, province, 'province-secrets.json'), 'utf8')) as {
          peerSecret: string;
          enrollmentCode: string;
        };
      const [sichuanSecrets, chongqingSecrets] = [await stored('51'), await stored('50')];
      expect([sichuanSecrets.enrollmentCode, chongqingSecrets.enrollmentCode]).toEqual([codes['51'], codes['50']]);
      expect(sichuanSecrets.peerSecret).not.toBe(chongqingSecrets.peerSecret);
      if (process.platform !== 'win32') {
        // These files name the enrollment codes and peer secrets: the user's only.
        const secretFiles = [
          dataDir,
          join(dataDir, 'hubs.json'),
          join(dataDir, '51', 'province-secrets.json'),
          join(dataDir, '50', 'province-secrets.json'),
        ];
        expect(await Promise.all(secretFiles.map(modeOf))).toEqual([0o700, 0o600, 0o600, 0o600]);
      }
      expect((await request(`${announced.hubs['51']}/v1/health`)).body).toEqual({
        ok: true,
        province: '51',
        cryptoSuite: 'ecdsa-p256-sha256',
      });
      expect((await request(`${announced.hubs['50']}/v1/health`)).body).toEqual({
        ok: true,
        province: '50',
        cryptoSuite: 'ecdsa-p256-sha256',
      });

      // A province's code enrolls nothing at the other province's hub.
      const crossed = await request(`${announced.hubs['50']}/v1/enroll`, {
        json: { enrollmentCode: codes['51'], workstationId: ulid(), identity: identityFor('50', newHall('500103')) },
      });
      expect(crossed.status).toBe(403);
      // A hub checks its own secret, so the other province's secret forwards nothing into it.
      const forwardWith = (province: '51' | '50', secret: string) =>
        request(`${announced.hubs[province]}/v1/exchange/forward`, { token: secret, json: { events: [] } });
      expect((await forwardWith('51', chongqingSecrets.peerSecret)).status).toBe(401);
      expect((await forwardWith('50', sichuanSecrets.peerSecret)).status).toBe(401);
      const receiver = await enrollRemote(announced.hubs['51'], codes['51'], identityFor('51', newHall('510104')));
      const handler = await enrollRemote(announced.hubs['50'], codes['50'], identityFor('50', newHall('500103')));
      const accepted = await acceptedEvent(receiver.actor, routingFor(receiver.identity, { province: '50', division: '500103' }));
      const forwarded = await forwardedEvent(accepted, receiver.actor, '50');
      expect((await push(remote(announced.hubs['51']), receiver.token, [accepted, forwarded])).status).toBe(200);
      const arrived = async () => (await allChanges(remote(announced.hubs['50']), handler.token)).map((change) => change.event.id);
      await expect.poll(arrived, { timeout: 20_000 }).toEqual([accepted.id, forwarded.id]);

      parent.kill('SIGKILL');
      await expect.poll(() => isAlive(pairPid), { timeout: 15_000 }).toBe(false);
      expect(existsSync(join(dataDir, 'hubs.json'))).toBe(false);
      // PGlite writes its files 0666; the pair leaves its databases owner-only when it stops.
      if (process.platform !== 'win32') expect(await looseModes(dataDir)).toEqual([]);
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it("keeps each province's generated secrets for the next start and drops the shared ones of an older pair", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hub-pair-secrets-'));
    try {
      await writeFile(join(dir, 'pair.json'), JSON.stringify({ peerSecret: 'x'.repeat(43), enrollmentCode: '111122223333' }));
      const first = await loadOrCreatePairSecrets(dir);
      expect(existsSync(join(dir, 'pair.json'))).toBe(false);
      expect(first['51'].peerSecret.length).toBeGreaterThanOrEqual(32);
      expect(first['51'].peerSecret).not.toBe(first['50'].peerSecret);
      expect(first['51'].enrollmentCode).not.toBe(first['50'].enrollmentCode);
      expect(await loadOrCreatePairSecrets(dir)).toEqual(first);
      expect((await stat(join(dir, '51', 'province-secrets.json'))).mode & 0o077).toBe(0);
      // A province's file copied over the other's would make them one credential again.
      await copyFile(join(dir, '51', 'province-secrets.json'), join(dir, '50', 'province-secrets.json'));
      await expect(loadOrCreatePairSecrets(dir)).rejects.toThrow(/share a secret/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describeEachEngine('serve', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    // A new installation's database: the real entry point migrates it on its first start.
    database = await createTestDatabase(engine, 'empty');
  });
  afterAll(() => database?.drop());

  it('announces its address, answers, and stops on SIGTERM', async () => {
    const config = database.config;
    const dataArgs = config.engine === 'pglite' ? ['--data', config.dataDir ?? ''] : [];
    const env = config.engine === 'postgres' ? { HUB_DATABASE_URL: config.connectionString } : {};
    const hub = run(['hub/bin/serve.ts', '--province', '50', '--port', '0', ...dataArgs, '--enrollment-code', 'serve-test-code'], env);
    try {
      const line = await lineMatching(hub, /^hub 50 listening on /);
      const url = line.replace('hub 50 listening on ', '');
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await request(`${url}/v1/health`)).body).toEqual({ ok: true, province: '50', cryptoSuite: 'ecdsa-p256-sha256' });
    } finally {
      hub.kill('SIGTERM');
    }
    expect(await exited(hub)).toBe(0);
  });
});

describe('serve usage', () => {
  it('refuses to start without a database and explains how to run it', async () => {
    const hub = spawn(process.execPath, [...TSX, 'hub/bin/serve.ts', '--province', '51', '--enrollment-code', 'serve-test-code'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HUB_DATABASE_URL: '' },
    });
    let stderr = '';
    hub.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exited(hub)).toBe(2);
    expect(stderr).toMatch(/--data DIR/);
  });

  it('refuses a remote peer over plain http: the peer secret and every forwarded event would cross the network in clear', async () => {
    const args = [
      '--province',
      '51',
      '--data',
      '/nonexistent-never-opened',
      '--enrollment-code',
      'serve-test-code',
      '--peer-secret',
      'peer-secret-0000000000',
    ];
    const hub = spawn(process.execPath, [...TSX, 'hub/bin/serve.ts', ...args, '--peer-url', 'http://hub-50.example.gov.cn'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HUB_DATABASE_URL: '' },
    });
    let stderr = '';
    hub.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exited(hub)).toBe(2);
    expect(stderr).toContain('https');
  });
});
