/**
 * A Sichuan hub and a Chongqing hub that forward to each other, as real processes
 * (hub/bin/serve.ts on PGlite, bundled by support/process-bundles.ts). One pair serves every
 * spec a Playwright worker runs: each hub's data directory starts as a copy of the pristine
 * PGlite cluster the hub suites share (tests/hub/pglite-template.ts), so no spec waits for an
 * initdb, and the hub still runs every migration as on a new installation.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedPgliteDataDir } from '../../hub/pglite-template';
import { HUB_BUNDLE } from './process-bundles';
import { freePort, startProcess, type RunningProcess } from './processes';

export type HubProvince = '51' | '50';

export const ENROLLMENT_CODE = 'e2e-enrollment-code';
/** Each province's own: the hub checks its own and presents the other's, as a deployment with two keepers does. */
const PEER_SECRETS: Record<HubProvince, string> = { '51': 'e2e-peer-secret-sichuan-0123', '50': 'e2e-peer-secret-chongqing-456' };

export class HubPair {
  readonly root = mkdtempSync(join(tmpdir(), 'chuanyu-e2e-hubs-'));
  private readonly running = new Map<HubProvince, RunningProcess>();
  private ports: Record<HubProvince, number> = { '51': 0, '50': 0 };
  private readonly hallOwners = new Map<string, string>();

  static async start(): Promise<HubPair> {
    const pair = new HubPair();
    pair.ports = { '51': await freePort(), '50': await freePort() };
    await Promise.all((['51', '50'] as const).map((province) => seedPgliteDataDir(pair.dataDir(province))));
    await Promise.all([pair.startHub('51'), pair.startHub('50')]);
    return pair;
  }

  url(province: HubProvince): string {
    return `http://127.0.0.1:${this.ports[province]}`;
  }

  urls(): Record<HubProvince, string> {
    return { '51': this.url('51'), '50': this.url('50') };
  }

  private dataDir(province: HubProvince): string {
    return join(this.root, `hub-${province}`);
  }

  /**
   * Records that `owner` (a test) opens a window of this hall. Two tests on one pair with the
   * same hall would see each other's cases and share 文书编号 sequences, and a fresh browser
   * profile of the same window would mint case numbers the hub already holds.
   */
  claimHall(hallCode: string, owner: string): void {
    const previous = this.hallOwners.get(hallCode);
    if (previous && previous !== owner)
      throw new Error(`hall ${hallCode} is already used by «${previous}»: give «${owner}» its own (support/windows.ts)`);
    this.hallOwners.set(hallCode, owner);
  }

  /** Starts (or restarts, on the same port and data) one province's hub. */
  async startHub(province: HubProvince): Promise<void> {
    if (this.running.has(province)) return;
    const peer = province === '51' ? '50' : '51';
    const hub = await startProcess(
      HUB_BUNDLE,
      ['--province', province, '--port', String(this.ports[province]), '--data', this.dataDir(province), '--peer-url', this.url(peer)],
      /listening on (\S+)/,
      // Every spec of the worker reaches these hubs from 127.0.0.1: the credential limits
      // (per client address) are configured off, as in the hub suites.
      {
        HUB_PEER_SECRET: PEER_SECRETS[province],
        HUB_PEER_SECRET_TO_PRESENT: PEER_SECRETS[peer],
        HUB_ENROLLMENT_CODE: ENROLLMENT_CODE,
        HUB_CREDENTIAL_LIMITS: 'off',
      },
    );
    this.running.set(province, hub);
  }

  async stopHub(province: HubProvince): Promise<void> {
    await this.running.get(province)?.stop();
    this.running.delete(province);
  }

  /** A backup as the operations guide takes one of a PGlite hub: its data directory, copied while it is stopped. */
  async backupHub(province: HubProvince): Promise<void> {
    await this.stopHub(province);
    cpSync(this.dataDir(province), this.backupDir(province), { recursive: true });
    await this.startHub(province);
  }

  /** Puts the last backup back in place and marks the restore (hub/bin/mark-restored.ts), as the guide says. */
  async restoreHub(province: HubProvince): Promise<void> {
    await this.stopHub(province);
    rmSync(this.dataDir(province), { recursive: true, force: true });
    cpSync(this.backupDir(province), this.dataDir(province), { recursive: true });
    execFileSync(process.execPath, ['--import', 'tsx', 'hub/bin/mark-restored.ts', '--data', this.dataDir(province)], { stdio: 'pipe' });
    await this.startHub(province);
  }

  private backupDir(province: HubProvince): string {
    return join(this.root, `backup-${province}`);
  }

  /** After a spec that took a hub down: the next spec on this worker finds both up. */
  async ensureRunning(): Promise<void> {
    await Promise.all([this.startHub('51'), this.startHub('50')]);
  }

  async stop(): Promise<void> {
    await Promise.all([this.stopHub('51'), this.stopHub('50')]);
    rmSync(this.root, { recursive: true, force: true });
  }
}
