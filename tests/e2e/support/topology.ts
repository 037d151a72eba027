/**
 * The e2e world: a Sichuan hub and a Chongqing hub that forward to each other, and one
 * workstation host per province, each with its own profile directory.
 */
import { test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startProcess, type RunningProcess } from './processes';

const ENROLLMENT_CODE = 'e2e-enrollment-code';
const PEER_SECRET = 'e2e-peer-secret-0123456789';

export class Topology {
  readonly root = mkdtempSync(join(tmpdir(), 'chuanyu-e2e-'));
  private readonly hubs = new Map<'51' | '50', RunningProcess>();
  private readonly hosts: RunningProcess[] = [];
  private ports: Record<'51' | '50', number> = { '51': 0, '50': 0 };

  hubUrl(province: '51' | '50'): string {
    return `http://127.0.0.1:${this.ports[province]}`;
  }

  async startHubs(): Promise<void> {
    this.ports = { '51': await freePort(), '50': await freePort() };
    await Promise.all([this.startHub('51'), this.startHub('50')]);
  }

  /** Starts (or restarts, on the same data directory) one province's hub. */
  async startHub(province: '51' | '50'): Promise<void> {
    const peer = province === '51' ? '50' : '51';
    const hub = await startProcess(
      'hub/bin/serve.ts',
      ['--province', province, '--port', String(this.ports[province]), '--data', join(this.root, `hub-${province}`), '--peer-url', this.hubUrl(peer)],
      /listening on (\S+)/,
      { HUB_PEER_SECRET: PEER_SECRET, HUB_ENROLLMENT_CODE: ENROLLMENT_CODE },
    );
    this.hubs.set(province, hub);
  }

  async stopHub(province: '51' | '50'): Promise<void> {
    await this.hubs.get(province)?.stop();
    this.hubs.delete(province);
  }

  profileDir(name: string): string {
    return join(this.root, `profile-${name}`);
  }

  /** A workstation host with its own profile; returns the URL to open. */
  async startWorkstation(name: string, printer?: string): Promise<string> {
    const host = await startProcess(
      'electron/browser-host/run.ts',
      [
        '--profile-dir', this.profileDir(name),
        '--hub-urls', JSON.stringify({ '51': this.hubUrl('51'), '50': this.hubUrl('50') }),
        '--enrollment-code', ENROLLMENT_CODE,
        ...(printer ? ['--printer', printer] : []),
      ],
      /listening on (\S+)/,
    );
    this.hosts.push(host);
    return host.url;
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.hosts.map((host) => host.stop()), ...[...this.hubs.values()].map((hub) => hub.stop())]);
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * One topology per spec file: its two hubs start before the file's tests and everything it
 * started (hubs and workstation hosts) stops after them. Returns the accessor tests use.
 */
export function useTopology(): () => Topology {
  let world: Topology | undefined;
  test.beforeAll(async () => {
    world = new Topology();
    await world.startHubs();
  });
  test.afterAll(async () => {
    await world?.stopAll();
  });
  return () => {
    if (!world) throw new Error('useTopology: the topology starts in beforeAll');
    return world;
  };
}
