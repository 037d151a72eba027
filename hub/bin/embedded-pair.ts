/**
 * Runs BOTH province hubs (四川 51 and 重庆 50) in one process with embedded PGlite, for
 * development, demos and a single machine. Each hub forwards to the other over loopback.
 *
 *   tsx hub/bin/embedded-pair.ts --data .data/hubs [--port-51 N] [--port-50 N] [--parent-pid PID]
 *
 * HUB_CRYPTO_SUITE=sm2-sm3 runs the pair with 国密 (hub/README.md, "Crypto suite").
 *
 * Each province has its own generated enrollment code and peer secret (pair-files.ts).
 * Prints one JSON line {"hubs":{"51":url,"50":url},"enrollmentCodes":{"51":...,"50":...}} once
 * both listen (and writes it, with the pid, to DIR/hubs.json). Exits on SIGTERM/SIGINT and when the
 * process that started it dies, so a crashed app never leaves hubs holding the data dir.
 */
import { parseArgs } from 'node:util';
import { cryptoSuiteSchema, DEFAULT_CRYPTO_SUITE } from '../../shared/cryptography/crypto-suite';
import type { ProvinceCode } from '../../shared/domain/region/provinces';
import { startHub, type HubHandle } from '../start-hub';
import { exitOnSignals, failUsage, parsePort } from './cli';
import { loadOrCreatePairSecrets, provinceDataDir, removeHubsFile, restrictTree, writeHubsFile } from './pair-files';

const USAGE = 'usage: embedded-pair.ts --data DIR [--port-51 N] [--port-50 N] [--host 127.0.0.1] [--parent-pid PID]';
const PARENT_CHECK_MS = 1_000;

function readOptions() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: '.data/hubs' },
      host: { type: 'string', default: '127.0.0.1' },
      'port-51': { type: 'string' },
      'port-50': { type: 'string' },
      'parent-pid': { type: 'string' },
    },
    strict: true,
  });
  const parentPid = values['parent-pid'] === undefined ? process.ppid : Number(values['parent-pid']);
  if (!Number.isInteger(parentPid) || parentPid <= 0) throw new Error('--parent-pid must be a process id');
  return {
    dataDir: values.data,
    host: values.host,
    ports: { '51': parsePort(values['port-51'], '--port-51'), '50': parsePort(values['port-50'], '--port-50') },
    parentPid,
    // Both provinces of the pair run one suite (HUB_CRYPTO_SUITE, as for serve.ts).
    cryptoSuite: cryptoSuiteSchema.parse(process.env.HUB_CRYPTO_SUITE || DEFAULT_CRYPTO_SUITE),
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; only ESRCH means gone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function main(): Promise<void> {
  let options: ReturnType<typeof readOptions>;
  try {
    options = readOptions();
  } catch (error) {
    failUsage(error, USAGE);
  }
  const { dataDir, host, ports, parentPid, cryptoSuite } = options;
  const secrets = await loadOrCreatePairSecrets(dataDir);
  const urls: Partial<Record<ProvinceCode, string>> = {};
  const hubs: HubHandle[] = [];

  const databaseDir = (province: ProvinceCode) => provinceDataDir(dataDir, province);
  const shutdown = async () => {
    await Promise.allSettled(hubs.map((hub) => hub.close()));
    await removeHubsFile(dataDir);
    await Promise.all([restrictTree(databaseDir('51')), restrictTree(databaseDir('50'))]);
  };
  const stop = exitOnSignals(shutdown);
  // The parent may die without signalling us (crash, kill -9): poll for it, and also
  // watch the IPC channel when started with one.
  const startPpid = process.ppid;
  setInterval(() => {
    if (process.ppid !== startPpid || !isAlive(parentPid)) void stop();
  }, PARENT_CHECK_MS).unref();
  process.on('disconnect', () => void stop());

  await Promise.all([restrictTree(databaseDir('51')), restrictTree(databaseDir('50'))]);
  const start = (province: ProvinceCode, peer: ProvinceCode) =>
    startHub({
      province,
      host,
      port: ports[province],
      database: { engine: 'pglite', dataDir: databaseDir(province) },
      enrollmentCode: secrets[province].enrollmentCode,
      cryptoSuite,
      // Each hub checks its own secret and presents the other's when it forwards.
      peerSecret: secrets[province].peerSecret,
      peerSecretToPresent: secrets[peer].peerSecret,
      peerUrl: () => urls[peer],
      // Both hubs of the pair share one operator token, when one is given.
      adminToken: process.env.HUB_ADMIN_TOKEN || undefined,
    }).then((hub) => {
      hubs.push(hub);
      urls[province] = hub.url;
      return hub;
    });
  const started = await Promise.allSettled([start('51', '50'), start('50', '51')]);
  const [sichuan, chongqing] = started;
  if (sichuan?.status !== 'fulfilled' || chongqing?.status !== 'fulfilled') {
    await shutdown();
    throw started.find((result) => result.status === 'rejected')?.reason;
  }
  const announced = {
    hubs: { '51': sichuan.value.url, '50': chongqing.value.url },
    enrollmentCodes: { '51': secrets['51'].enrollmentCode, '50': secrets['50'].enrollmentCode },
  };
  await writeHubsFile(dataDir, { pid: process.pid, ...announced });
  console.log(JSON.stringify(announced));
}

main().catch((error: unknown) => {
  console.error('embedded hub pair failed:', error);
  process.exit(1);
});
