/**
 * The sync benches' world: a Sichuan hub and a Chongqing hub (hub/bin/serve.ts, forwarding to
 * each other) on fresh PGlite directories or PostgreSQL databases, and one browser-mode
 * workstation host (electron/browser-host/run.ts) per province serving a bench page.
 */
import { join } from 'node:path';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import { freePort, startProcess, type RunningProcess } from '../../tests/e2e/support/processes';
import { createBenchDatabase, type BenchDatabase, type EngineName } from '../forward-outage/databases';

const ENROLLMENT_CODE = 'sync-bench-enrollment';
const PEER_SECRET = 'sync-bench-peer-secret-0123456789';

export const SICHUAN: WorkstationIdentity = {
  province: '51',
  hall: { division: '510104', code: '51010401', name: '锦江区政务服务中心', phone: '028-86000000' },
  window: '3',
  clerk: '李明',
};
export const CHONGQING: WorkstationIdentity = {
  province: '50',
  hall: { division: '500103', code: '50010301', name: '渝中区政务服务中心', phone: '023-63000000' },
  window: '5',
  clerk: '王芳',
};

export interface TwoProvinces {
  /** The Sichuan host's page address, then the Chongqing host's. */
  urls: [string, string];
  stop(): Promise<void>;
}

/** `dir` holds the hosts' profiles; `rendererDir` is the built bench page the hosts serve. */
export async function startTwoProvinces(
  engine: EngineName,
  adminUrl: string | undefined,
  dir: string,
  rendererDir: string,
): Promise<TwoProvinces> {
  const databases: BenchDatabase[] = await Promise.all([createBenchDatabase(engine, adminUrl), createBenchDatabase(engine, adminUrl)]);
  const ports = [await freePort(), await freePort()];
  const hubUrl = (index: number) => `http://127.0.0.1:${ports[index]}`;
  const hubs = await Promise.all(
    (['51', '50'] as const).map((province, index) => {
      const config = databases[index]!.config;
      return startProcess(
        'hub/bin/serve.ts',
        [
          '--province',
          province,
          '--port',
          String(ports[index]),
          '--peer-url',
          hubUrl(1 - index),
          ...(config.engine === 'pglite' ? ['--data', config.dataDir ?? ''] : []),
        ],
        /listening on (\S+)/,
        {
          HUB_PEER_SECRET: PEER_SECRET,
          HUB_ENROLLMENT_CODE: ENROLLMENT_CODE,
          HUB_DATABASE_URL: config.engine === 'postgres' ? config.connectionString : '',
        },
      );
    }),
  );
  const hubUrls = JSON.stringify({ '51': hubUrl(0), '50': hubUrl(1) });
  const hosts: RunningProcess[] = await Promise.all(
    ['sc', 'cq'].map((name) =>
      startProcess(
        'electron/browser-host/run.ts',
        [
          '--profile-dir',
          join(dir, `profile-${engine}-${name}`),
          '--hub-urls',
          hubUrls,
          '--enrollment-code',
          ENROLLMENT_CODE,
          '--renderer-dir',
          rendererDir,
        ],
        /listening on (\S+)/,
      ),
    ),
  );
  return {
    urls: [hosts[0]!.url, hosts[1]!.url],
    async stop() {
      await Promise.all([...hosts, ...hubs].map((process) => process.stop()));
      await Promise.all(databases.map((database) => database.drop()));
    },
  };
}
