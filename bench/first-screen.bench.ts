/**
 * The real app's first screen in a new tab: a browser-mode workstation host
 * (electron/browser-host/run.ts) serving the built renderer (dist/renderer: run
 * `npm run build:renderer` first, or pass --app-dir), a real hub pair, Debian Chromium. Each
 * run opens a new tab of the same browser profile and times navigation start -> the intake
 * form interactive (新建办件's 办理事项 field visible and enabled), with an empty store and with
 * N cases. The N-case store is written through the product's own data layer
 * (bench/first-screen/store-writer.ts, served by the same host on the same port, so it fills
 * the same origin's IndexedDB and the same disk journal) once, and kept in --store-dir for
 * later runs of the bench: writing 100k cases event by event takes minutes.
 * Several builds can be compared side by side (--app-dir more than once, e.g. a copy of
 * main's build and this branch's): each round opens one tab of each, restarting the host on
 * the same port (same origin, same store) for each build. After one untimed warm-up tab per
 * build (HTTP and code caches filled, as on a window in use), each timed tab reports the
 * breakdown of its start (bench/first-screen/start-timings.ts); --trace adds one traced tab
 * per build and store with the main thread's work by kind, --profile one profiled tab with the
 * code that ran (self time by bundle file and function).
 * Goal: <= 1 s. Figures only, no verdicts.
 *
 *   npx tsx bench/first-screen.bench.ts [--cases 100000] [--queued 100] [--runs 7] [--app-dir dist/renderer]... [--store-dir DIR] [--trace] [--profile]
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'vite';
import { z } from 'zod';
import type { WorkstationIdentity } from '../shared/domain/region/workstation';
import { STAFF_ROLES } from '../shared/domain/case/staff';
import { ENROLLMENT_CODE, HubPair } from '../tests/e2e/support/hub-pair';
import { freePort, startProcess, type RunningProcess } from '../tests/e2e/support/processes';
import { callBridge, redeemLaunchAddress, type LaunchSession } from '../tests/e2e/support/workstations';
import { formatCpuProfile, profileFirstScreen } from './first-screen/cpu-profile';
import { formatMainThread, traceFirstScreen } from './first-screen/main-thread-trace';
import { formatCpuTimes, formatStartTimings, readCpuTime, readStartTimings, type StartTimings } from './first-screen/start-timings';
import type { FirstScreenStoreWriter } from './first-screen/store-writer';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    queued: { type: 'string', default: '100' },
    runs: { type: 'string', default: '7' },
    'app-dir': { type: 'string', multiple: true, default: [fileURLToPath(new URL('../dist/renderer/', import.meta.url))] },
    'store-dir': { type: 'string' },
    trace: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
const CASES = Number(values.cases);
const QUEUED = Math.min(Number(values.queued), CASES);
const RUNS = Number(values.runs);
const APP_DIRS = values['app-dir'].map((dir) => resolve(dir));
const STORE_DIR = resolve(values['store-dir'] ?? join(tmpdir(), `chuanyu-first-screen-store-${CASES}-${QUEUED}`));
for (const dir of APP_DIRS)
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} holds no built renderer: run \`npm run build:renderer\` first`);

/** Each store is its own window of the bench hall: a window enrols at a hub once. */
const identityOf = (window: string): WorkstationIdentity => ({
  province: '51',
  hall: { division: '510104', code: '51010445', name: '锦江区政务服务中心', phone: '028-86000000' },
  window,
  clerk: '李明',
});
const ACCOUNT = { name: '李明', username: 'clerk01', password: 'first-screen-2026' };
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What a kept store needs to be opened again: its origin's port (IndexedDB is per origin). */
const storeManifestSchema = z.object({
  port: z.number().int().positive(),
  cases: z.number().int(),
  window: z.string(),
  fillMs: z.number(),
});
type StoreManifest = z.infer<typeof storeManifestSchema>;

const median = (samples: readonly number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN;

/** One window's host on a fixed port (so the origin, and with it the IndexedDB, stays the same across restarts). */
async function startHost(
  hubs: HubPair,
  profileDir: string,
  port: number,
  rendererDir: string,
): Promise<{ host: RunningProcess; session: LaunchSession }> {
  const host = await startProcess(
    'electron/browser-host/run.ts',
    [
      '--profile-dir',
      profileDir,
      '--port',
      String(port),
      '--hub-urls',
      JSON.stringify(hubs.urls()),
      '--enrollment-code',
      ENROLLMENT_CODE,
      '--renderer-dir',
      rendererDir,
    ],
    /listening on (\S+)/,
  );
  return { host, session: await redeemLaunchAddress(host.url) };
}

let hallHasAccount = false;

/** A new window saves its identity and signs up (or in, at the hall's second window); a kept one signs in. */
async function signIn(session: LaunchSession, identity: WorkstationIdentity, isNew: boolean): Promise<string> {
  if (!isNew) {
    await callBridge(session, 'people:signIn', { username: ACCOUNT.username, password: ACCOUNT.password });
    return '';
  }
  const saved = await callBridge<{ workstationId: string | null }>(session, 'settings:saveIdentity', identity);
  if (hallHasAccount) await callBridge(session, 'people:signIn', { username: ACCOUNT.username, password: ACCOUNT.password });
  else await callBridge(session, 'people:bootstrap', { ...ACCOUNT, roles: [...STAFF_ROLES] });
  hallHasAccount = true;
  return saved.workstationId ?? '';
}

async function useSession(context: BrowserContext, session: LaunchSession): Promise<void> {
  await context.addCookies([{ ...session.cookie, url: session.url, httpOnly: true, sameSite: 'Strict' }]);
}

/** ms from navigation start to the intake form interactive (新建办件's 办理事项 field visible and enabled). */
async function untilInteractive(page: Page): Promise<number> {
  const ready = await page.waitForFunction(
    () => {
      const field = document.querySelector<HTMLInputElement>('input#matterCode');
      return field && !field.disabled && field.getClientRects().length > 0 ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  return Number(await ready.jsonValue());
}

/** One new tab to the intake form interactive, with the breakdown of its start. */
async function timeFirstScreen(context: BrowserContext, url: string): Promise<StartTimings> {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log(`pageerror: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'commit' });
  const timings = await readStartTimings(page, await untilInteractive(page));
  const cpu = await readCpuTime(cdp);
  await page.close();
  return { ...timings, ...cpu };
}

/** Writes `cases` cases into the window's store through the store-writer page. */
async function fillStore(
  context: BrowserContext,
  session: LaunchSession,
  identity: WorkstationIdentity,
  workstationId: string,
  cases: number,
): Promise<number> {
  const page = await context.newPage();
  page.setDefaultTimeout(0);
  await page.goto(session.url);
  await page.waitForFunction(() => document.title === 'ready');
  const actor = { clerk: ACCOUNT.name, workstationId, province: identity.province, hallCode: identity.hall.code, window: identity.window };
  const fillMs = await page.evaluate(
    ([who, pulled, queued]) => (window as unknown as { storeWriter: FirstScreenStoreWriter }).storeWriter.fill(who, pulled, queued),
    [actor, cases - QUEUED, QUEUED] as const,
  );
  const stored = await page.evaluate(() => (window as unknown as { storeWriter: FirstScreenStoreWriter }).storeWriter.count());
  if (stored !== cases) throw new Error(`the store holds ${stored} cases, not ${cases}`);
  await page.close();
  return fillMs;
}

/**
 * The store's browser profile and host profile live in `dir`; a manifest there says it is
 * complete. Without one, the store is written first (through the writer page on the same port).
 */
async function measure(
  hubs: HubPair,
  cases: number,
  window: string,
  dir: string,
): Promise<{ runs: Map<string, StartTimings[]>; manifest: StoreManifest }> {
  const manifestFile = join(dir, 'store.json');
  const kept = existsSync(manifestFile) ? storeManifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8'))) : null;
  if (!kept) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest: StoreManifest = kept ?? { port: await freePort(), cases, window, fillMs: 0 };
  const identity = identityOf(manifest.window);
  const profileDir = join(dir, 'host-profile');
  const context = await chromium.launchPersistentContext(join(dir, 'chromium'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    if (!kept) {
      const writerDir = mkdtempSync(join(tmpdir(), 'first-screen-writer-'));
      await build({
        root: fileURLToPath(new URL('./first-screen/', import.meta.url)),
        logLevel: 'error',
        build: { outDir: writerDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
      });
      const { host, session } = await startHost(hubs, profileDir, manifest.port, writerDir);
      try {
        const workstationId = await signIn(session, identity, true);
        await useSession(context, session);
        if (cases > 0) manifest.fillMs = await fillStore(context, session, identity, workstationId, cases);
      } finally {
        await host.stop();
        rmSync(writerDir, { recursive: true, force: true });
      }
      writeFileSync(manifestFile, JSON.stringify(manifest));
    }
    const runs = new Map<string, StartTimings[]>(APP_DIRS.map((app) => [app, []]));
    // Round 0 is the untimed warm-up (and the traced tab); rounds 1..RUNS are timed.
    for (let round = 0; round <= RUNS; round += 1) {
      for (const app of APP_DIRS) {
        const { host, session } = await startHost(hubs, profileDir, manifest.port, app);
        try {
          await signIn(session, identity, false);
          await useSession(context, session);
          const timings = await timeFirstScreen(context, session.url);
          if (round > 0) runs.get(app)?.push(timings);
          else if (values.trace)
            console.log(
              `  ${app}, ${cases} cases, traced tab:\n${formatMainThread(await traceFirstScreen(context, session.url, untilInteractive))}`,
            );
          if (round === 0 && values.profile)
            console.log(
              `  ${app}, ${cases} cases, profiled tab:\n${formatCpuProfile(await profileFirstScreen(context, session.url, untilInteractive))}`,
            );
        } finally {
          await host.stop();
        }
      }
    }
    return { runs, manifest };
  } finally {
    await context.close();
  }
}

const loadAverage = () =>
  loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ');
console.log(
  `load average ${loadAverage()} on ${cpus().length} cores; ${RUNS} timed new tabs per store and build; builds: ${APP_DIRS.join(', ')}`,
);
const hubs = await HubPair.start();
const emptyDir = mkdtempSync(join(tmpdir(), 'first-screen-empty-'));
try {
  const stores = [
    [0, '3', emptyDir],
    [CASES, '6', STORE_DIR],
  ] as const;
  // The empty store always runs first: its window creates the hall's account at these hubs,
  // which the kept store's window signs in with. --cases 0 times the empty store alone.
  for (const [cases, window, dir] of stores.filter(([cases], i) => i === 0 || cases > 0)) {
    const { runs, manifest } = await measure(hubs, cases, window, dir);
    const written =
      cases > 0
        ? ` (store ${dir}, written once in ${(manifest.fillMs / 1000).toFixed(0)} s: ${cases - QUEUED} pulled, ${QUEUED} queued with the journal)`
        : '';
    console.log(`${String(cases).padStart(6)} cases${written}; load average now ${loadAverage()}`);
    for (const [app, timings] of runs) {
      const times = timings.map((run) => run['interactive'] ?? Number.NaN);
      console.log(
        `  first screen, ${app}: median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}`,
      );
      console.log(formatStartTimings(timings));
      console.log(formatCpuTimes(timings));
    }
  }
} finally {
  await hubs.stop();
  rmSync(emptyDir, { recursive: true, force: true });
}
