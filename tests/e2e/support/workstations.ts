/**
 * Browser-mode workstation hosts (electron/browser-host/run.ts, bundled once per run by
 * support/process-bundles.ts) for one test, each with its own profile directory and its own
 * browser context (so its own IndexedDB). A window's identity is seeded the way the
 * first-run page stores it, through the host's settings:saveIdentity bridge channel;
 * enrollment at the hub then happens as in the app, on the first sync. Nobody works
 * unsigned-in, so a seeded window is signed in too: the hall's first account (every role,
 * named after the identity's clerk, people:bootstrap), or, at another window of a hall this
 * test already seeded, that same account. Only the walking skeleton walks the setup wizard
 * and the first-account form itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { PRINTS_FOLDER_NAME } from '../../../electron/handlers/prints-folder';
import type { WorkstationIdentity } from '../../../shared/domain/region/workstation';
import { STAFF_ROLES } from '../../../shared/domain/case/staff';
import { FIRST_PASSWORD } from '../pages/setup-page';
import { HOST_BUNDLE } from './process-bundles';
import { ENROLLMENT_CODE, type HubPair } from './hub-pair';
import { startProcess, type RunningProcess } from './processes';

export interface WorkstationOptions {
  /** The window's identity, or 'first-run' for a workstation that shows the setup page. */
  identity: WorkstationIdentity | 'first-run';
  /** CUPS queue the host prints to. */
  printer?: string;
  /** 'ticket': the host holds no enrollment code, as at a real hall; its wizard asks for a 注册票据. */
  enrollment?: 'code' | 'ticket';
  /** The browser's language, when not the config's zh-CN (e.g. 'en-US' for a browser set up in English). */
  locale?: string;
}

export interface Workstation {
  url: string;
  profileDir: string;
  /** Where the host keeps a copy of every PDF it printed. */
  printsDir: string;
  page: Page;
  /** Loads the app; with a seeded identity, waits for the workstation shell. */
  open(): Promise<void>;
}

/** A host's address and what its launch address gave the browser: the session cookie and the bridge token. */
export interface LaunchSession {
  url: string;
  cookie: { name: string; value: string };
  token: string;
}

/**
 * Plays the launcher's browser once: redeems the host's one-time launch address for its
 * session cookie, then reads the bridge token from the page served with that cookie.
 */
export async function redeemLaunchAddress(launchUrl: string): Promise<LaunchSession> {
  const redeemed = await fetch(launchUrl, { redirect: 'manual' });
  const [pair] = (redeemed.headers.get('set-cookie') ?? '').split(';');
  const [name, ...value] = (pair ?? '').split('=');
  if (redeemed.status !== 303 || !name) throw new Error(`the launch address ${launchUrl} set no session (HTTP ${redeemed.status})`);
  const cookie = { name, value: value.join('=') };
  const url = new URL('/', launchUrl).href;
  const html = await (await fetch(url, { headers: { cookie: `${cookie.name}=${cookie.value}` } })).text();
  const token = /<meta name="chuanyu-bridge-token" content="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error(`no bridge token in the page ${url} served`);
  return { url, cookie, token };
}

export async function callBridge<T>({ url, cookie, token }: LaunchSession, channel: string, input: unknown): Promise<T> {
  const response = await fetch(new URL(`bridge/${channel}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, cookie: `${cookie.name}=${cookie.value}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel} refused the seeded value: ${result.error?.message ?? response.status}`);
  return result.value as T;
}

/** The account a seeded window signs in with: the hall's first, created by its first window. */
export interface SeededAccount {
  name: string;
  username: string;
  password: string;
}

export class Workstations {
  readonly root = mkdtempSync(join(tmpdir(), 'chuanyu-e2e-stations-'));
  private readonly hosts: RunningProcess[] = [];
  private readonly contexts: BrowserContext[] = [];
  private readonly hallAccounts = new Map<string, SeededAccount>();

  constructor(
    private readonly hubs: HubPair,
    private readonly browser: Browser,
    /** The test, for the hall guard (support/hub-pair.ts). */
    private readonly owner: string,
  ) {}

  /** Starts the host and a browser page for it; the page is still blank (see `open`). */
  async start(name: string, options: WorkstationOptions): Promise<Workstation> {
    const profileDir = join(this.root, `profile-${name}`);
    const host = await startProcess(
      HOST_BUNDLE,
      [
        '--profile-dir',
        profileDir,
        '--hub-urls',
        JSON.stringify(this.hubs.urls()),
        ...(options.enrollment === 'ticket' ? [] : ['--enrollment-code', ENROLLMENT_CODE]),
        ...(options.printer ? ['--printer', options.printer] : []),
      ],
      /listening on (\S+)/,
    );
    this.hosts.push(host);
    // host.url is the launch address the host printed; the session it gives goes to this
    // station's browser context, as if the launcher had opened the page there.
    const session = await redeemLaunchAddress(host.url);
    const { identity } = options;
    if (identity !== 'first-run') {
      this.hubs.claimHall(identity.hall.code, this.owner);
      await callBridge(session, 'settings:saveIdentity', identity);
      await this.signInPerson(session, identity);
    }
    const context = await this.browser.newContext(options.locale ? { locale: options.locale } : {});
    await context.addCookies([{ ...session.cookie, url: session.url, httpOnly: true, sameSite: 'Strict' }]);
    this.contexts.push(context);
    const page = await context.newPage();
    // A render error would otherwise show only as a timeout further on.
    page.on('pageerror', (error) => console.log(`[${name}] pageerror: ${error.message}`));
    return {
      url: session.url,
      profileDir,
      printsDir: join(profileDir, PRINTS_FOLDER_NAME),
      page,
      open: async () => {
        await page.goto(session.url);
        if (identity !== 'first-run') await expect(page.getByTestId('workstation-identity')).toContainText(identity.hall.name);
      },
    };
  }

  /** The account seeded windows of this hall are signed in with (see the file's docblock). */
  accountOf(hallCode: string): SeededAccount | undefined {
    return this.hallAccounts.get(hallCode);
  }

  private async signInPerson(station: LaunchSession, identity: WorkstationIdentity): Promise<void> {
    const known = this.hallAccounts.get(identity.hall.code);
    if (known) {
      await callBridge(station, 'people:signIn', { username: known.username, password: known.password });
      return;
    }
    const account = { name: identity.clerk ?? '窗口人员', username: `clerk${identity.window.padStart(2, '0')}`, password: FIRST_PASSWORD };
    await callBridge(station, 'people:bootstrap', { ...account, roles: [...STAFF_ROLES] });
    this.hallAccounts.set(identity.hall.code, account);
  }

  /** `start` and `open` in one. */
  async open(name: string, options: WorkstationOptions): Promise<Workstation> {
    const station = await this.start(name, options);
    await station.open();
    return station;
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.contexts.map((context) => context.close()));
    await Promise.all(this.hosts.map((host) => host.stop()));
    rmSync(this.root, { recursive: true, force: true });
  }
}
